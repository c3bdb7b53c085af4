import type { TFunction } from 'i18next';

/** What a zod issue carries once it has crossed the validator (no input: it may be personal data). */
export interface RawIssue {
  code: string;
  message?: string;
  expected?: string;
  received?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  values?: unknown[];
  keys?: string[];
}

/**
 * A translated field message as a string that can travel through zod and AppError: `i18n:<key>` or
 * `i18n:<key>|<JSON params>` (numbers and codes only, never the rejected input).
 */
export function fieldKey(key: string, params?: Record<string, string | number>): string {
  return params ? `i18n:${key}|${JSON.stringify(params)}` : `i18n:${key}`;
}

/** Translates a message made by `fieldKey`; any other text is returned as it is. */
export function translateFieldKey(t: TFunction, message: string): string {
  if (!message.startsWith('i18n:')) return message;
  const bar = message.indexOf('|');
  if (bar < 0) return t(message.slice(5));
  return t(message.slice(5, bar), JSON.parse(message.slice(bar + 1)) as Record<string, unknown>);
}

/**
 * Turns a validation issue into a short message a person can act on, in the caller's language.
 * Schemas may set their own message as `i18n:<key>` to use a translated, domain-specific text.
 */
export function fieldMessage(t: TFunction, issue: RawIssue): string {
  if (issue.message?.startsWith('i18n:')) return translateFieldKey(t, issue.message);
  const n = (v: number | bigint | undefined) => Number(v ?? 0);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined' || issue.message?.includes('received undefined')) return t('fields.required');
      if (issue.expected === 'number' || issue.expected === 'int') return t('fields.not_a_number');
      return t('fields.wrong_type', { expected: issue.expected ?? '' });
    case 'too_small':
      if (issue.origin === 'string') return n(issue.minimum) <= 1 ? t('fields.required') : t('fields.too_short', { min: n(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t('fields.too_few_items', { min: n(issue.minimum) });
      return t('fields.too_small_number', { min: n(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('fields.too_long', { max: n(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t('fields.too_many_items', { max: n(issue.maximum) });
      return t('fields.too_big_number', { max: n(issue.maximum) });
    case 'invalid_value':
      return t('fields.one_of', { options: (issue.values ?? []).map(String).join(', ') });
    case 'invalid_format':
      if (issue.format === 'email') return t('fields.email');
      if (issue.format === 'uuid' || issue.format === 'guid') return t('fields.uuid');
      if (issue.format === 'date' || issue.format === 'datetime') return t('fields.date');
      return t('fields.pattern');
    case 'unrecognized_keys':
      return t('fields.unknown_keys', { keys: (issue.keys ?? []).join(', ') });
    default:
      return t('fields.invalid');
  }
}
