import { z } from 'zod';
import { normalisePhone } from '../../domain/registry.js';
import { normaliseNik, parseNik } from '../../domain/nik.js';
import { fieldKey } from './validation-messages.js';

/**
 * Field schemas shared by the registry and later modules: each trims, limits its length and explains
 * a refusal in the caller's language (messages under `fields.*` and `nik.*` in the server locales).
 */

/** A calendar date `YYYY-MM-DD` (birth date, issue date): stored as `date`, no time zone. */
export const isoDate = z.iso.date({ error: 'i18n:fields.date' });

/** An optional free text: empty or blank becomes null, so clearing a field in a form clears it. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
}

/** An Indonesian or international phone number, stored as digits from the country code (62812…). */
export const phone = z
  .string()
  .trim()
  .max(32)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const n = normalisePhone(v);
    if (!n) ctx.addIssue({ code: 'custom', message: 'i18n:fields.phone' });
    return n ?? v;
  });

function checkedNik(v: string, ctx: z.RefinementCtx): string {
  const parsed = parseNik(v);
  if (parsed.ok) return normaliseNik(v);
  const { error } = parsed;
  ctx.addIssue({ code: 'custom', message: fieldKey(`nik.${error.code}`, error.code === 'length' ? { length: error.length } : undefined) });
  return z.NEVER;
}

/** A NIK: spaces and dots typed between groups are dropped; malformed ones are refused with the reason. */
export const nik = z.string().max(40).transform(checkedNik);

/** A NIK that may be left out (family members). */
export const optionalNik = z
  .string()
  .max(40)
  .nullish()
  .transform((v, ctx) => (v && v.trim() ? checkedNik(v, ctx) : null));

export const uuidParam = z.uuid({ error: 'i18n:fields.uuid' });

/** The largest PostgreSQL `integer`: a larger number would overflow the column (a 500) instead of conflicting. */
export const MAX_INT = 2_147_483_647;

/**
 * The version of a record as read before changing it (optimistic concurrency): a stale one answers 409.
 * Bounded to the `integer` column, so that a huge number is a field error rather than a database error.
 */
export const versionField = z.number().int().min(1).max(MAX_INT);

/** The same in a query string (deletes carry it as `?version=`). */
export const versionQueryField = z.coerce.number().int().min(1).max(MAX_INT);
