import { and, asc, count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { countries, schemeRuleVersions, schemes, users } from '../../db/schema/index.js';
import { listPage } from '../../kit/list.js';

export type SchemeRow = typeof schemes.$inferSelect;
export type RuleVersionRow = typeof schemeRuleVersions.$inferSelect & { createdByName: string | null };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const versionColumns = {
  schemeId: schemeRuleVersions.schemeId,
  ruleVersion: schemeRuleVersions.ruleVersion,
  rules: schemeRuleVersions.rules,
  note: schemeRuleVersions.note,
  createdBy: schemeRuleVersions.createdBy,
  createdAt: schemeRuleVersions.createdAt,
  createdByName: users.name,
};

export const schemesRepository = {
  async list(db: Db, filter: { q?: string; active?: boolean }, page: number, pageSize: number) {
    const conditions: SQL[] = [];
    if (filter.q) {
      const like = `%${escapeLike(filter.q)}%`;
      conditions.push(or(ilike(schemes.code, like), ilike(schemes.nameId, like), ilike(schemes.nameEn, like))!);
    }
    if (filter.active !== undefined) conditions.push(eq(schemes.active, filter.active));
    const where = conditions.length ? and(...conditions) : undefined;
    return listPage(
      page,
      pageSize,
      (limit, offset) => db.select().from(schemes).where(where).orderBy(asc(schemes.sortOrder), asc(schemes.code)).limit(limit).offset(offset),
      async () => (await db.select({ n: count() }).from(schemes).where(where))[0]!.n,
    );
  },

  async byCode(db: Db, code: string): Promise<SchemeRow | undefined> {
    return (await db.select().from(schemes).where(eq(schemes.code, code)))[0];
  },

  async activeSchemes(db: Db): Promise<SchemeRow[]> {
    return db.select().from(schemes).where(eq(schemes.active, true)).orderBy(asc(schemes.sortOrder), asc(schemes.code));
  },

  async byIds(db: Db, ids: string[]): Promise<SchemeRow[]> {
    return ids.length ? db.select().from(schemes).where(inArray(schemes.id, ids)) : [];
  },

  async versions(db: Db, schemeId: string): Promise<RuleVersionRow[]> {
    return db
      .select(versionColumns)
      .from(schemeRuleVersions)
      .leftJoin(users, eq(users.id, schemeRuleVersions.createdBy))
      .where(eq(schemeRuleVersions.schemeId, schemeId))
      .orderBy(desc(schemeRuleVersions.ruleVersion));
  },

  async version(db: Db, schemeId: string, ruleVersion: number): Promise<RuleVersionRow | undefined> {
    return (
      await db
        .select(versionColumns)
        .from(schemeRuleVersions)
        .leftJoin(users, eq(users.id, schemeRuleVersions.createdBy))
        .where(and(eq(schemeRuleVersions.schemeId, schemeId), eq(schemeRuleVersions.ruleVersion, ruleVersion)))
    )[0];
  },

  async insertVersion(db: Db, values: typeof schemeRuleVersions.$inferInsert): Promise<void> {
    await db.insert(schemeRuleVersions).values(values);
  },

  async countryNames(db: Db, codes: string[]) {
    return codes.length
      ? db.select({ code: countries.code, nameId: countries.nameId, nameEn: countries.nameEn }).from(countries).where(inArray(countries.code, codes))
      : [];
  },
};
