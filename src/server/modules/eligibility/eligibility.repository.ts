import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { EligibilityPerson } from '../../../domain/placement/eligibility.js';
import type { RequirementRule, RuleSet } from '../../../domain/placement/rules.js';
import type { Db } from '../../db/client.js';
import { jobOrders, personDocuments, persons, qualifications, schemeRuleVersions, schemes } from '../../db/schema/index.js';

/** What the rules are evaluated against: the scheme's current rules, plus a job order's own. */
export interface EligibilityTarget {
  ruleSet: RuleSet;
  schemeId: string;
  schemeCode: string;
  /** Set when the target is a job order. */
  jobOrderId?: string;
  sswFieldCode?: string | null;
  targetRegionCode?: string | null;
}

/**
 * The facts the eligibility rules read, for many persons at once (matching reads thousands): three
 * queries whatever the number, never one per person. Persons not found (or merged away) are absent.
 */
async function factsOf(db: Db, personIds: readonly string[]): Promise<Map<string, EligibilityPerson>> {
  const out = new Map<string, EligibilityPerson>();
  if (personIds.length === 0) return out;
  const ids = [...personIds];
  const rows = await db
    .select({
      id: persons.id,
      birthDate: persons.birthDate,
      sex: persons.sex,
      education: persons.education,
      status: persons.status,
      regionCode: persons.originRegencyCode,
    })
    .from(persons)
    .where(and(inArray(persons.id, ids), isNull(persons.mergedIntoId)));
  for (const p of rows)
    out.set(p.id, {
      birthDate: p.birthDate,
      sex: p.sex,
      education: p.education,
      status: p.status,
      regionCode: p.regionCode,
      qualifications: [],
      documents: [],
    });
  const quals = await db
    .select({
      personId: qualifications.personId,
      kind: qualifications.kind,
      title: qualifications.title,
      level: qualifications.level,
      sswFieldCode: qualifications.sswFieldCode,
      startedOn: qualifications.startedOn,
      endedOn: qualifications.endedOn,
    })
    .from(qualifications)
    .where(and(inArray(qualifications.personId, ids), isNull(qualifications.deletedAt)));
  for (const { personId, ...q } of quals) out.get(personId)?.qualifications.push(q);
  const docs = await db
    .select({
      personId: personDocuments.personId,
      typeCode: personDocuments.typeCode,
      issuedOn: personDocuments.issuedOn,
      expiresOn: personDocuments.expiresOn,
      verifiedAt: personDocuments.verifiedAt,
    })
    .from(personDocuments)
    .where(and(inArray(personDocuments.personId, ids), isNull(personDocuments.deletedAt)));
  for (const { personId, verifiedAt, ...d } of docs) out.get(personId)?.documents.push({ ...d, verifiedAt: verifiedAt ? verifiedAt.toISOString() : null });
  return out;
}

export const eligibilityRepository = {
  factsOf,

  /** One person's facts, or undefined. The caller has already checked the person is in scope. */
  async factsOfOne(db: Db, personId: string): Promise<EligibilityPerson | undefined> {
    return (await factsOf(db, [personId])).get(personId);
  },

  /** A scheme's rules at its current version (or `version`), by code. */
  async schemeTarget(db: Db, schemeCode: string, version?: number): Promise<EligibilityTarget | undefined> {
    const [scheme] = await db
      .select({ id: schemes.id, code: schemes.code, ruleVersion: schemes.ruleVersion })
      .from(schemes)
      .where(eq(schemes.code, schemeCode));
    if (!scheme) return undefined;
    const ruleVersion = version ?? scheme.ruleVersion;
    const [rules] = await db
      .select({ rules: schemeRuleVersions.rules })
      .from(schemeRuleVersions)
      .where(and(eq(schemeRuleVersions.schemeId, scheme.id), eq(schemeRuleVersions.ruleVersion, ruleVersion)));
    if (!rules) return undefined;
    return { schemeId: scheme.id, schemeCode: scheme.code, ruleSet: { schemeCode: scheme.code, version: ruleVersion, rules: rules.rules } };
  },

  /**
   * A job order's rules (the caller has checked the order is in scope): its scheme's current rules followed by the order's extra rules (ids prefixed
   * `job.` so they never clash with the scheme's). The version is the scheme's rule version.
   */
  async jobOrderTarget(db: Db, jobOrderId: string): Promise<EligibilityTarget | undefined> {
    const [order] = await db
      .select({
        id: jobOrders.id,
        schemeCode: schemes.code,
        extraRules: jobOrders.extraRules,
        sswFieldCode: jobOrders.sswFieldCode,
        targetRegionCode: jobOrders.targetRegionCode,
      })
      .from(jobOrders)
      .innerJoin(schemes, eq(schemes.id, jobOrders.schemeId))
      .where(eq(jobOrders.id, jobOrderId));
    if (!order) return undefined;
    const scheme = await eligibilityRepository.schemeTarget(db, order.schemeCode);
    if (!scheme) return undefined;
    const extra: RequirementRule[] = order.extraRules.map((r) => (r.id.startsWith('job.') ? r : { ...r, id: `job.${r.id}` }));
    return {
      ...scheme,
      jobOrderId: order.id,
      sswFieldCode: order.sswFieldCode,
      targetRegionCode: order.targetRegionCode,
      ruleSet: { ...scheme.ruleSet, rules: [...scheme.ruleSet.rules, ...extra] },
    };
  },
};
