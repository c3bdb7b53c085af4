import { ruleSetSchema, type RequirementRule } from '../../../domain/placement/rules.js';
import type { Db } from '../../db/client.js';
import { schemes } from '../../db/schema/index.js';
import { recordChange, updateVersioned } from '../../kit/change.js';
import { transaction, type ActorContext } from '../../kit/context.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { fieldKey } from '../../lib/validation-messages.js';
import { auditSnapshot } from '../audit/audit.service.js';
import { loadReferenceNames, type ReferenceNames } from './schemes.names.js';
import { describeRules, presentRuleVersion, presentScheme, presentVersionSummary } from './schemes.presenter.js';
import { schemesRepository, type SchemeRow } from './schemes.repository.js';
import type { RuleVersionDto, SchemeDetailDto, SchemeDto, UpdateRulesInput, UpdateSchemeInput } from './schemes.schemas.js';

const validation = (fields: Record<string, string>) => new AppError(400, 'validation_failed', 'errors.validation', {}, fields);

async function schemeOr404(db: Db, code: string): Promise<SchemeRow> {
  const row = await schemesRepository.byCode(db, code);
  if (!row) throw notFound();
  return row;
}

export async function listSchemes(ctx: ActorContext, query: { q?: string; active?: 'true' | 'false'; page: number; pageSize: number }) {
  const active = query.active === undefined ? undefined : query.active === 'true';
  const { rows, total } = await schemesRepository.list(ctx.db, { q: query.q, active }, query.page, query.pageSize);
  return { items: rows.map((r) => presentScheme(r, ctx.actor, ctx.lang)), total, page: query.page, pageSize: query.pageSize };
}

export async function getScheme(ctx: ActorContext, code: string): Promise<SchemeDetailDto> {
  const scheme = await schemeOr404(ctx.db, code);
  const [versions, names, countryRows] = await Promise.all([
    schemesRepository.versions(ctx.db, scheme.id),
    loadReferenceNames(ctx.db),
    schemesRepository.countryNames(ctx.db, scheme.countryCodes),
  ]);
  const current = versions.find((v) => v.ruleVersion === scheme.ruleVersion);
  const countryName = new Map(countryRows.map((c) => [c.code, ctx.lang === 'en' ? c.nameEn : c.nameId]));
  return {
    ...presentScheme(scheme, ctx.actor, ctx.lang),
    countries: scheme.countryCodes.map((c) => ({ code: c, name: countryName.get(c) ?? c })),
    rules: describeRules(current?.rules ?? [], ctx.t, ctx.lang, names),
    ruleVersions: versions.map(presentVersionSummary),
  };
}

/** One version of a scheme's rules, current or historic: decisions name the version they used. */
export async function getRuleVersion(ctx: ActorContext, code: string, ruleVersion: number): Promise<RuleVersionDto> {
  const scheme = await schemeOr404(ctx.db, code);
  const v = await schemesRepository.version(ctx.db, scheme.id, ruleVersion);
  if (!v) throw notFound();
  return presentRuleVersion(scheme, v, ctx.t, ctx.lang, await loadReferenceNames(ctx.db));
}

/** JSON with keys sorted (jsonb does not keep key order), to compare rule sets. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** What the schema of one rule cannot check: the rule set as a whole and the codes it names. */
function checkRules(rules: RequirementRule[], schemeCode: string, ruleVersion: number, names: ReferenceNames): void {
  const fields: Record<string, string> = {};
  const set = ruleSetSchema.safeParse({ schemeCode, version: ruleVersion, rules });
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.id)) fields[`rules.${i}.id`] = fieldKey('schemes.rule_id_duplicate', { id: rule.id });
    seen.add(rule.id);
    if (rule.kind === 'documents') {
      const unknown = rule.typeCodes.filter((c) => !names.documentTypes.has(c));
      if (unknown.length) fields[`rules.${i}.typeCodes`] = fieldKey('schemes.document_type_unknown', { codes: unknown.join(', ') });
    }
    if ((rule.kind === 'skills_test' || rule.kind === 'work_experience') && rule.sswFieldCode && !names.sswFields.has(rule.sswFieldCode))
      fields[`rules.${i}.sswFieldCode`] = fieldKey('schemes.ssw_field_unknown', { code: rule.sswFieldCode });
  });
  if (!set.success && Object.keys(fields).length === 0) fields.rules = 'i18n:fields.invalid';
  if (Object.keys(fields).length) throw validation(fields);
}

/**
 * Writes a new version of a scheme's rules (ruleVersion + 1) and bumps the scheme's version. Old versions
 * stay readable. Refused when the scheme changed since it was read (409) or the rules are the same (400).
 */
export async function updateRules(ctx: ActorContext, code: string, input: UpdateRulesInput): Promise<SchemeDetailDto> {
  const scheme = await schemeOr404(ctx.db, code);
  if (scheme.version !== input.version) throw conflict();
  const names = await loadReferenceNames(ctx.db);
  const next = scheme.ruleVersion + 1;
  checkRules(input.rules, scheme.code, next, names);
  const current = await schemesRepository.version(ctx.db, scheme.id, scheme.ruleVersion);
  if (current && canonical(current.rules) === canonical(input.rules)) throw new AppError(400, 'no_change', 'schemes.no_change');
  await transaction(ctx, async (tx) => {
    await updateVersioned(tx.db, schemes, scheme.id, input.version, { ruleVersion: next, updatedAt: ctx.clock.now() });
    await schemesRepository.insertVersion(tx.db, {
      schemeId: scheme.id,
      ruleVersion: next,
      rules: input.rules,
      note: input.note,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
    });
    await recordChange(tx, {
      audit: {
        action: 'scheme.rules_update',
        outcome: 'success',
        officeId: null,
        resourceType: 'scheme',
        resourceId: scheme.id,
        details: {
          code: scheme.code,
          fromRuleVersion: scheme.ruleVersion,
          ruleVersion: next,
          note: input.note,
          before: current?.rules ?? [],
          after: input.rules,
        },
      },
    });
  });
  return getScheme(ctx, code);
}

/** Names, descriptions, countries and whether the scheme is offered; the rules change through `updateRules`. */
export async function updateScheme(ctx: ActorContext, code: string, input: UpdateSchemeInput): Promise<SchemeDto> {
  const scheme = await schemeOr404(ctx.db, code);
  const { version, ...changes } = input;
  const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<SchemeRow>;
  if (values.countryCodes) {
    values.countryCodes = [...new Set(values.countryCodes)];
    const known = new Set((await schemesRepository.countryNames(ctx.db, values.countryCodes)).map((c) => c.code));
    const unknown = values.countryCodes.filter((c) => !known.has(c));
    if (unknown.length) throw validation({ countryCodes: fieldKey('schemes.country_unknown', { codes: unknown.join(', ') }) });
  }
  const row = await transaction(ctx, async (tx) => {
    const row = await updateVersioned(tx.db, schemes, scheme.id, version, { ...values, updatedAt: ctx.clock.now() });
    await recordChange(tx, {
      audit: {
        action: 'scheme.update',
        outcome: 'success',
        officeId: null,
        resourceType: 'scheme',
        resourceId: scheme.id,
        details: { code: scheme.code, before: auditSnapshot(scheme), after: auditSnapshot(row) },
      },
    });
    return row;
  });
  return presentScheme(row, ctx.actor, ctx.lang);
}
