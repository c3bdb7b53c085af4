import { aliasedTable, and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, ne, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../db/client.js';
import { countries, duplicateDismissals, personDocuments, personNames, persons, personStatusChanges, regions, users } from '../../db/schema/index.js';
import { addMonths, birthDateRange, normalisePhone, type AgeBand } from '../../../domain/registry.js';
import { normaliseNik } from '../../../domain/nik.js';
import { offsetOf, parseSort } from '../../lib/pagination.js';

export type PersonRow = typeof persons.$inferSelect;

const origin = aliasedTable(regions, 'origin');

/** The columns a list needs, with the names of the regency of origin and the destination country. */
const summaryColumns = {
  id: persons.id,
  version: persons.version,
  officeId: persons.officeId,
  nik: persons.nik,
  fullName: persons.fullName,
  sex: persons.sex,
  birthDate: persons.birthDate,
  originRegencyCode: persons.originRegencyCode,
  originRegencyName: origin.name,
  status: persons.status,
  statusSince: persons.statusSince,
  destinationCountryCode: persons.destinationCountryCode,
  destinationCountryName: countries.nameId,
  destinationCountryNameEn: countries.nameEn,
  phone: persons.phone,
  createdAt: persons.createdAt,
};
export type PersonSummaryRow = {
  [K in keyof typeof summaryColumns]:
    (typeof summaryColumns)[K]['_']['data'] | (K extends 'originRegencyName' | 'destinationCountryName' | 'destinationCountryNameEn' ? null : never);
} & { score?: number };

export interface PersonFilters {
  q?: string;
  status?: PersonRow['status'];
  sex?: PersonRow['sex'];
  regency?: string;
  ageBand?: AgeBand;
  country?: string;
  /** 6m: a passport on file expires within six months from today (not yet expired), as the dashboard counts. */
  passportExpiring?: '6m';
  officeId?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

const scoped = (scope: 'all' | string): SQL | undefined => (scope === 'all' ? undefined : eq(persons.officeId, scope));

/** What kind of thing was typed in the search box. */
export function classifyQuery(
  q: string,
): { kind: 'nik'; value: string } | { kind: 'phone'; value: string } | { kind: 'passport'; value: string } | { kind: 'name'; value: string } {
  const compact = q.replace(/[\s.\-+()]/g, '');
  if (/^\d{16}$/.test(compact)) return { kind: 'nik', value: normaliseNik(compact) };
  if (/^\d{8,15}$/.test(compact)) return { kind: 'phone', value: normalisePhone(compact) ?? compact };
  if (/^[A-Za-z]{1,2}\d{6,8}$/.test(compact)) return { kind: 'passport', value: compact.toUpperCase() };
  return { kind: 'name', value: q.trim().toLowerCase().replace(/\s+/g, ' ') };
}

/**
 * Similarity a name must reach (pg_trgm word similarity): low enough for a typo or a swapped word order,
 * high enough to stay useful. At 0.5 a two-word query also matched names sharing about half its trigrams
 * (7,687 of a million for "nurhayati susanti", 1,386 at 0.6), each rechecked on the heap; see
 * docs/decisions/0007-registry-search.md.
 */
export const NAME_MATCH_THRESHOLD = 0.6;

/**
 * The threshold of the second, typo-tolerant pass for a one-word query of five letters or more (see
 * `nameMatcher`). A short word has few trigrams, and one wrong letter in its middle takes three of them
 * ("wahiu" keeps 3 of the 6 of "wahyu": 0.5), so 0.6 finds nothing; a multi-word query keeps the
 * stricter threshold because its other words carry a typo (decision 0007).
 */
export const SINGLE_WORD_THRESHOLD = 0.5;

/** A one-word search that finds fewer than this (less than a page) is tried again forgiving a typo. */
export const TYPO_PASS_BELOW = 25;

/** A word spelt with two neighbours swapped ranks a little below the word as typed (a real "Wahuy" first). */
const TRANSPOSED_SCORE = 0.95;

/**
 * Every spelling of a one-word query with two neighbouring letters swapped ("wahuy" → … "wahyu"), the
 * commonest slip in a short word: a swap in the middle of a five-letter word leaves only 2 of its 6
 * trigrams, so no threshold finds it, but one of these variants matches exactly. Words of 4 to 20
 * letters only: shorter ones are too short to tell a typo from another name.
 */
export function transpositions(word: string): string[] {
  const letters = [...word];
  if (letters.length < 4 || letters.length > 20 || /\s/.test(word)) return [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const v = [...letters];
    [v[i], v[i + 1]] = [v[i + 1]!, v[i]!];
    out.add(v.join(''));
  }
  out.delete(word);
  return [...out];
}

/** Whether a search gets the second, typo-tolerant pass when the first finds fewer than TYPO_PASS_BELOW. */
export const forgivesTypos = (q: string) => transpositions(q).length > 0;

const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a name query matches and ranks. Matches: word similarity of the query against the lowercased name,
 * through the trigram index (threshold NAME_MATCH_THRESHOLD). Rank: that similarity, and where a space is
 * plausibly added or dropped (a multi-word query with a short word such as "nur", "sri", "dwi", or one
 * long word), the similarity with the spaces taken out of both: "nur hasanah" is "Nurhasanah", and
 * "Hasanah …" no longer ranks above her. Restricted so, because each extra similarity costs about 2 µs a
 * match and a million names give thousands of matches (bench/registry.ts).
 *
 * With `typos` (the second pass of a one-word query that found less than a page): the word or any of its
 * transpositions matches, at SINGLE_WORD_THRESHOLD for five letters or more; a name holding a
 * transposition as a whole word ranks at TRANSPOSED_SCORE (one regular expression a row, not one
 * similarity per variant).
 */
export function nameMatcher(q: string, opts: { typos?: boolean } = {}) {
  const words = q.split(' ');
  const letters = [...q.replace(/ /g, '')].length;
  const variants = opts.typos ? transpositions(q) : [];
  const compact = q.replace(/ /g, '');
  const spacing = words.length > 1 ? words.some((w) => [...w].length <= 3) : letters >= 7;
  return {
    threshold: variants.length && letters >= 5 ? SINGLE_WORD_THRESHOLD : NAME_MATCH_THRESHOLD,
    matches: (name: SQL | AnyColumn): SQL =>
      variants.length
        ? sql`(${sql.join(
            [q, ...variants].map((v) => sql`${v} <% ${name}`),
            sql` or `,
          )})`
        : sql`${q} <% ${name}`,
    score: (name: SQL | AnyColumn): SQL<number> => {
      const parts = [sql`word_similarity(${q}, ${name})`];
      if (spacing) parts.push(sql`word_similarity(${compact}, replace(${name}, ' ', ''))`);
      if (variants.length) parts.push(sql`case when ${name} ~ ${`\\m(${variants.map(regexEscape).join('|')})\\M`} then ${TRANSPOSED_SCORE}::real else 0 end`);
      return parts.length === 1 ? (parts[0] as SQL<number>) : sql<number>`greatest(${sql.join(parts, sql`, `)})`;
    },
  };
}

/**
 * A name search with no other filter, the common case at the desk: ranks and counts the matches within
 * person_names alone (small rows, cheap to recheck), then reads the page's persons by id.
 */
async function rankedByName(
  db: Db,
  match: ReturnType<typeof nameMatcher>,
  scope: 'all' | string,
  page: number,
  pageSize: number,
): Promise<{ rows: PersonSummaryRow[]; total: number }> {
  const ranked = db
    .select({
      personId: personNames.personId,
      name: personNames.name,
      score: match.score(personNames.name).as('score'),
      matches: sql<number>`(count(*) over ())::int`.as('matches'),
    })
    .from(personNames)
    .where(and(match.matches(personNames.name), scope === 'all' ? undefined : eq(personNames.officeId, scope)))
    .orderBy(desc(sql`score`), asc(personNames.name), asc(personNames.personId))
    .limit(pageSize)
    .offset(offsetOf(page, pageSize))
    .as('ranked');
  const found = await db
    .select({ ...summaryColumns, score: sql<number>`${ranked.score}`.mapWith(Number), matches: sql<number>`${ranked.matches}`.mapWith(Number) })
    .from(ranked)
    .innerJoin(persons, eq(persons.id, ranked.personId))
    .leftJoin(origin, eq(origin.code, persons.originRegencyCode))
    .leftJoin(countries, eq(countries.code, persons.destinationCountryCode))
    .orderBy(desc(ranked.score), asc(ranked.name), asc(ranked.personId));
  if (found.length === 0 && page > 1) {
    const [total] = await db
      .select({ n: count() })
      .from(personNames)
      .where(and(match.matches(personNames.name), scope === 'all' ? undefined : eq(personNames.officeId, scope)));
    return { rows: [], total: total?.n ?? 0 };
  }
  return { rows: found.map(({ matches: _, ...row }) => row) as PersonSummaryRow[], total: found[0]?.matches ?? 0 };
}

export const personsRepository = {
  /**
   * The filtered, sorted, paginated list. A name search is ranked by trigram word similarity, so typos
   * and word order are forgiven; it runs in a transaction that sets the threshold for the GIN index.
   */
  async list(db: Db, scope: 'all' | string, f: PersonFilters, today: string): Promise<{ rows: PersonSummaryRow[]; total: number }> {
    const range = f.ageBand ? birthDateRange(f.ageBand, today) : undefined;
    const search = f.q ? classifyQuery(f.q) : undefined;
    const conditions: (SQL | undefined)[] = [
      isNull(persons.mergedIntoId),
      scoped(scope),
      f.officeId ? eq(persons.officeId, f.officeId) : undefined,
      f.status ? eq(persons.status, f.status) : undefined,
      f.sex ? eq(persons.sex, f.sex) : undefined,
      f.regency ? eq(persons.originRegencyCode, f.regency) : undefined,
      f.country ? eq(persons.destinationCountryCode, f.country) : undefined,
      range?.from ? gte(persons.birthDate, range.from) : undefined,
      range?.to ? lte(persons.birthDate, range.to) : undefined,
      f.passportExpiring
        ? inArray(
            persons.id,
            db
              .select({ id: personDocuments.personId })
              .from(personDocuments)
              .where(
                and(
                  eq(personDocuments.typeCode, 'passport'),
                  isNull(personDocuments.deletedAt),
                  gte(personDocuments.expiresOn, today),
                  lt(personDocuments.expiresOn, addMonths(today, 6)),
                ),
              ),
          )
        : undefined,
    ];
    if (search?.kind === 'nik') conditions.push(eq(persons.nik, search.value));
    if (search?.kind === 'phone') conditions.push(or(eq(persons.phone, search.value), eq(persons.whatsapp, search.value)));
    if (search?.kind === 'passport') {
      conditions.push(
        inArray(
          persons.id,
          db
            .select({ id: personDocuments.personId })
            .from(personDocuments)
            .where(and(eq(personDocuments.typeCode, 'passport'), sql`upper(${personDocuments.number}) = ${search.value}`, isNull(personDocuments.deletedAt))),
        ),
      );
    }
    const nameQuery = search?.kind === 'name' ? search.value : undefined;
    const onlyName = nameQuery !== undefined && !f.sort && !f.officeId && !f.status && !f.sex && !f.regency && !f.country && !f.passportExpiring && !range;

    /** One pass: with a name matcher, the matches ranked and counted in the same query. */
    const searchWith = async (tx: Db, match: ReturnType<typeof nameMatcher> | undefined) => {
      if (match) await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(match.threshold)}, true)`);
      if (match && onlyName) return rankedByName(tx, match, scope, f.page, f.pageSize);
      // Matches come from the narrow person_names table (merged persons have no row there).
      const where = and(
        ...conditions,
        match ? inArray(persons.id, tx.select({ id: personNames.personId }).from(personNames).where(match.matches(personNames.name))) : undefined,
      );
      const score = match ? match.score(sql`lower(${persons.fullName})`).mapWith(Number) : undefined;
      const { field, desc: descending } = parseSort(f.sort ?? (score ? '-score' : '-createdAt'));
      const column = { fullName: persons.fullName, birthDate: persons.birthDate, createdAt: persons.createdAt, status: persons.status }[field];
      const order =
        score && (field === 'score' || !column)
          ? [desc(score), asc(persons.fullName)]
          : [descending ? desc(column ?? persons.createdAt) : asc(column ?? persons.createdAt)];
      // A name search ranks every match anyway, so it counts them in the same pass (count over the window):
      // a second query would repeat the trigram index scan and the recheck, the bulk of its cost.
      const rows = await tx
        .select({ ...summaryColumns, ...(score ? { score, matches: sql<number>`count(*) over ()`.mapWith(Number) } : {}) })
        .from(persons)
        .leftJoin(origin, eq(origin.code, persons.originRegencyCode))
        .leftJoin(countries, eq(countries.code, persons.destinationCountryCode))
        .where(where)
        .orderBy(...order, asc(persons.id))
        .limit(f.pageSize)
        .offset(offsetOf(f.page, f.pageSize));
      if (score && (rows.length > 0 || f.page === 1)) {
        const matches = rows[0]?.matches ?? 0;
        return { rows: rows.map(({ matches: _, ...row }) => row) as PersonSummaryRow[], total: matches };
      }
      const [total] = await tx.select({ n: count() }).from(persons).where(where);
      return { rows: rows as PersonSummaryRow[], total: total?.n ?? 0 };
    };

    if (!nameQuery) return searchWith(db, undefined);
    return db.transaction(async (tx) => {
      const found = await searchWith(tx, nameMatcher(nameQuery));
      // One word that finds less than a page ("wahuy": nothing) is tried again forgiving a typo. Common
      // names find pages at once and never pay for the wider second pass.
      if (found.total >= TYPO_PASS_BELOW || !forgivesTypos(nameQuery)) return found;
      return searchWith(tx, nameMatcher(nameQuery, { typos: true }));
    });
  },

  async summaries(db: Db, ids: string[]): Promise<PersonSummaryRow[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .select(summaryColumns)
      .from(persons)
      .leftJoin(origin, eq(origin.code, persons.originRegencyCode))
      .leftJoin(countries, eq(countries.code, persons.destinationCountryCode))
      .where(inArray(persons.id, ids));
    return rows as PersonSummaryRow[];
  },

  /** One person within the caller's offices; merged records are returned too (the page points to the survivor). */
  async get(db: Db, id: string, scope: 'all' | string): Promise<PersonRow | undefined> {
    const [row] = await db
      .select()
      .from(persons)
      .where(and(eq(persons.id, id), scoped(scope)));
    return row;
  },

  async byNik(db: Db, nik: string): Promise<Pick<PersonRow, 'id' | 'fullName' | 'officeId'> | undefined> {
    const [row] = await db.select({ id: persons.id, fullName: persons.fullName, officeId: persons.officeId }).from(persons).where(eq(persons.nik, nik));
    return row;
  },

  async insert(db: Db, values: typeof persons.$inferInsert): Promise<PersonRow> {
    const [row] = await db.insert(persons).values(values).returning();
    return row!;
  },

  /** Updates when the version matches; undefined when someone else changed it first. */
  async update(db: Db, id: string, version: number, values: Partial<typeof persons.$inferInsert>): Promise<PersonRow | undefined> {
    const [row] = await db
      .update(persons)
      .set({ ...values, version: sql`${persons.version} + 1` })
      .where(and(eq(persons.id, id), eq(persons.version, version), isNull(persons.mergedIntoId)))
      .returning();
    return row;
  },

  async addStatusChange(db: Db, values: typeof personStatusChanges.$inferInsert) {
    await db.insert(personStatusChanges).values(values);
  },

  async statusHistory(db: Db, personId: string) {
    return db
      .select({
        fromStatus: personStatusChanges.fromStatus,
        toStatus: personStatusChanges.toStatus,
        effectiveOn: personStatusChanges.effectiveOn,
        note: personStatusChanges.note,
        changedBy: users.name,
        changedAt: personStatusChanges.changedAt,
      })
      .from(personStatusChanges)
      .leftJoin(users, eq(users.id, personStatusChanges.changedBy))
      .where(eq(personStatusChanges.personId, personId))
      .orderBy(desc(personStatusChanges.effectiveOn), desc(personStatusChanges.changedAt));
  },

  async mergedFrom(db: Db, personId: string) {
    return db.select({ id: persons.id, fullName: persons.fullName, nik: persons.nik }).from(persons).where(eq(persons.mergedIntoId, personId));
  },

  /** Names of regions by code (address chain, NIK region). */
  async regionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, codes));
    return new Map(rows.map((r) => [r.code, r.name]));
  },

  async regionExists(db: Db, code: string): Promise<boolean> {
    const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
    return Boolean(row);
  },

  async countryExists(db: Db, code: string): Promise<boolean> {
    const [row] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, code));
    return Boolean(row);
  },

  async countryName(db: Db, code: string | null): Promise<{ nameId: string; nameEn: string } | undefined> {
    if (!code) return undefined;
    const [row] = await db.select({ nameId: countries.nameId, nameEn: countries.nameEn }).from(countries).where(eq(countries.code, code));
    return row;
  },

  /** The newest passport number on file, for the masked display. */
  async passportNumber(db: Db, personId: string): Promise<string | null> {
    const [row] = await db
      .select({ number: personDocuments.number })
      .from(personDocuments)
      .where(and(eq(personDocuments.personId, personId), eq(personDocuments.typeCode, 'passport'), isNull(personDocuments.deletedAt)))
      .orderBy(desc(personDocuments.issuedOn), desc(personDocuments.createdAt))
      .limit(1);
    return row?.number ?? null;
  },

  /**
   * Persons who may be the same as this one: same birth date and regency of origin and a similar name,
   * or the same phone number. Merged records and dismissed pairs are left out.
   */
  async likelyDuplicatesOf(
    db: Db,
    person: Pick<PersonRow, 'id' | 'fullName' | 'birthDate' | 'originRegencyCode' | 'phone'>,
    scope: 'all' | string,
  ): Promise<string[]> {
    const name = person.fullName.toLowerCase();
    const rows = await db
      .select({ id: persons.id })
      .from(persons)
      .where(
        and(
          ne(persons.id, person.id),
          isNull(persons.mergedIntoId),
          scoped(scope),
          or(
            and(eq(persons.birthDate, person.birthDate), sql`similarity(lower(${persons.fullName}), ${name}) >= 0.4`),
            person.phone ? eq(persons.phone, person.phone) : undefined,
          ),
          sql`not exists (select 1 from ${duplicateDismissals} d where (d.person_a, d.person_b) = (least(${persons.id}, ${person.id}::uuid), greatest(${persons.id}, ${person.id}::uuid)))`,
        ),
      )
      .limit(10);
    return rows.map((r) => r.id);
  },

  /**
   * Likely duplicate pairs across the caller's offices for the review screen: same birth date and
   * regency of origin, and names at least 0.4 similar. Uses the (birth_date, origin) index.
   */
  async likelyDuplicatePairs(db: Db, scope: 'all' | string, page: number, pageSize: number) {
    const scopeSql = scope === 'all' ? sql`true` : sql`a.office_id = ${scope} and b.office_id = ${scope}`;
    const base = sql`
      from persons a
      join persons b on b.birth_date = a.birth_date and b.origin_regency_code is not distinct from a.origin_regency_code and b.id > a.id
      where a.merged_into_id is null and b.merged_into_id is null and ${scopeSql}
        and similarity(lower(a.full_name), lower(b.full_name)) >= 0.4
        and not exists (select 1 from duplicate_dismissals d where d.person_a = a.id and d.person_b = b.id)`;
    const found = await rows<{ a: string; b: string; score: number; same_phone: boolean }>(
      db,
      sql`select a.id as a, b.id as b, similarity(lower(a.full_name), lower(b.full_name)) as score, (a.phone is not null and a.phone = b.phone) as same_phone ${base} order by score desc, a.id, b.id limit ${pageSize} offset ${offsetOf(page, pageSize)}`,
    );
    const [total] = await rows<{ n: number }>(db, sql`select count(*)::int as n ${base}`);
    return { rows: found.map((r) => ({ a: r.a, b: r.b, score: Number(r.score), samePhone: Boolean(r.same_phone) })), total: total?.n ?? 0 };
  },

  async dismissPair(db: Db, a: string, b: string, userId: string | null, at: Date) {
    const [first, second] = a < b ? [a, b] : [b, a];
    await db.insert(duplicateDismissals).values({ personA: first, personB: second, dismissedBy: userId, dismissedAt: at }).onConflictDoNothing();
  },
};
