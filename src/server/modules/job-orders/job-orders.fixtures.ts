/**
 * Test fixtures for placement: the catalogue's schemes (inserted when the test template does not already
 * have them), an agency with a licence and a recruitment permit, an employer. Used by the job-orders,
 * matching and applications tests only.
 */
import { sql } from 'drizzle-orm';
import { schemeCatalogue } from '../../../domain/placement/catalogue.js';
import type { Database } from '../../db/client.js';
import { agencies, employers, recruitmentPermits, schemeRuleVersions, schemes } from '../../db/schema/index.js';

export async function ensureSchemes(database: Database): Promise<void> {
  for (const [i, s] of schemeCatalogue.entries()) {
    const [row] = await database.db
      .insert(schemes)
      .values({
        code: s.code,
        nameId: s.nameId,
        nameEn: s.nameEn,
        descriptionId: s.descriptionId,
        descriptionEn: s.descriptionEn,
        countryCodes: s.countryCodes,
        ruleVersion: 1,
        sortOrder: i,
      })
      .onConflictDoNothing()
      .returning();
    if (row) await database.db.insert(schemeRuleVersions).values({ schemeId: row.id, ruleVersion: 1, rules: s.ruleSet.rules }).onConflictDoNothing();
  }
}

let serial = 0;

/** An active agency of an office with a licence valid until `licenceValidUntil` and one permit. */
export async function seedAgency(
  database: Database,
  officeId: string,
  opts: { name?: string; quota?: number; licenceValidUntil?: string; permitValidUntil?: string; status?: 'active' | 'suspended' | 'revoked' } = {},
) {
  serial += 1;
  const [agency] = await database.db
    .insert(agencies)
    .values({
      officeId,
      name: opts.name ?? `PT Uji Penempatan ${serial}`,
      licenceNumber: `SIP3MI-UJI-${serial}-${Math.random().toString(36).slice(2, 8)}`,
      licenceValidUntil: opts.licenceValidUntil ?? '2030-12-31',
      status: opts.status ?? 'active',
    })
    .returning();
  const [permit] = await database.db
    .insert(recruitmentPermits)
    .values({
      agencyId: agency!.id,
      number: `SIP2MI-UJI-${serial}-${Math.random().toString(36).slice(2, 8)}`,
      validUntil: opts.permitValidUntil ?? '2027-12-31',
      quota: opts.quota ?? 50,
    })
    .returning();
  return { agencyId: agency!.id, permitId: permit!.id, permitNumber: permit!.number };
}

export async function seedEmployer(database: Database, officeId: string, name: string, countryCode: string): Promise<string> {
  const [row] = await database.db.insert(employers).values({ officeId, name, countryCode }).returning();
  return row!.id;
}

/** The scheme's id by code. */
export async function schemeId(database: Database, code: string): Promise<string> {
  const rows = (await database.db.execute(sql`select id from schemes where code = ${code}`)) as unknown as { rows: { id: string }[] };
  return rows.rows[0]!.id;
}
