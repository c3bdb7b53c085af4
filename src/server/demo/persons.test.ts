import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nikBirthDate, parseNik } from '../../domain/nik.js';
import { documentWarnings } from '../../domain/registry.js';
import { inTransaction, type Database } from '../db/client.js';
import { nameMatcher, personsRepository, transpositions, TYPO_PASS_BELOW } from '../modules/persons/persons.repository.js';
import { createTestDatabase } from '../test/harness.js';
import { DEMO_TODAY, seedDemoPersons } from './persons.js';
import { seedDemo } from './seed.js';

let first: Database;
let second: Database;
let added: number;

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await Promise.all([seedDemo(first), seedDemo(second)]);
  added = await seedDemoPersons(first);
  await seedDemoPersons(second);
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

const one = async <T>(db: Database, text: string) => (await db.query<T>(text))[0]!;

/** A digest of everything that identifies the demo registry, ids and timestamps included. */
async function digest(db: Database): Promise<string> {
  const parts = await Promise.all(
    [
      `select id, nik, full_name, sex, birth_date::text, status, status_since::text, address_region_code, destination_country_code, phone, created_at from persons order by id`,
      `select id, person_id, to_status, effective_on::text from person_status_changes order by id`,
      `select id, person_id, full_name, relation, emergency_contact from family_members order by id`,
      `select id, person_id, type_code, number, issued_on::text, expires_on::text, verified_at from person_documents order by id`,
      `select id, person_id, kind, title, level, ssw_field_code from qualifications order by id`,
      `select id, person_id, purpose, legal_basis, withdrawn_on::text from consents order by id`,
      `select person_id, at, kind, data from timeline_events order by person_id, at, kind, ref_id`,
    ].map(async (q) => JSON.stringify(await db.query(q))),
  );
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

describe('the demo registry', () => {
  it('is the same on every run: same seed, same rows, ids and timestamps', async () => {
    expect(added).toBe(300);
    const [a, b] = await Promise.all([digest(first), digest(second)]);
    expect(a).toBe(b);
    const [niksA, niksB] = await Promise.all(
      [first, second].map((db) => db.query<{ nik: string; full_name: string; status: string }>('select nik, full_name, status from persons order by nik')),
    );
    expect(niksA).toEqual(niksB);
  });

  it('adds nothing when the office already has persons', async () => {
    const before = await one<{ n: number }>(first, 'select count(*)::int as n from persons');
    expect(await seedDemoPersons(first)).toBe(0);
    expect(await one<{ n: number }>(first, 'select count(*)::int as n from persons')).toEqual(before);
  });

  it('looks like the office: mostly women, Malaysia then Japan, the status mix and the sending regencies', async () => {
    const women = await one<{ share: number }>(first, `select avg((sex = 'female')::int)::float as share from persons`);
    expect(women.share).toBeGreaterThanOrEqual(0.65);
    expect(women.share).toBeLessThanOrEqual(0.85);

    const destinations = await first.query<{ code: string; n: number }>(
      `select destination_country_code as code, count(*)::int as n from persons group by 1 order by 2 desc`,
    );
    expect(destinations.slice(0, 2).map((d) => d.code)).toEqual(['MY', 'JP']);
    expect(destinations[0]!.n / 300).toBeGreaterThan(0.65);

    const status = Object.fromEntries(
      (await first.query<{ status: string; n: number }>(`select status, count(*)::int as n from persons group by 1`)).map((r) => [r.status, r.n / 300]),
    );
    expect(status.cpmi).toBeGreaterThan(0.25);
    expect(status.cpmi).toBeLessThan(0.45);
    expect(status.pmi).toBeGreaterThan(0.35);
    expect(status.pmi).toBeLessThan(0.55);
    expect(status.purna).toBeGreaterThan(0.12);
    expect(status.purna).toBeLessThan(0.3);

    const regencies = await first.query<{ code: string; n: number }>(
      `select origin_regency_code as code, count(*)::int as n from persons group by 1 order by 2 desc, 1`,
    );
    expect(regencies).toHaveLength(17);
    const big = ['16.08', '16.02', '16.03', '16.04', '16.07', '16.71', '16.74'];
    expect(regencies.slice(0, 7).filter((r) => big.includes(r.code)).length).toBeGreaterThanOrEqual(6);
    // Every address is a real desa/kelurahan of the regency of origin.
    const addresses = await one<{ bad: number }>(
      first,
      `select count(*)::int as bad from persons p left join regions r on r.code = p.address_region_code where r.level is distinct from 4 or left(p.address_region_code, 5) <> p.origin_regency_code`,
    );
    expect(addresses.bad).toBe(0);
  });

  it('gives everyone a valid NIK that agrees with birth date and sex, mostly from the regency of the address', async () => {
    const rows = await first.query<{ nik: string; sex: string; birth_date: string; origin_regency_code: string; district_known: boolean }>(
      `select nik, sex, birth_date::text, origin_regency_code, exists (select 1 from regions r where r.code = substr(nik, 1, 2) || '.' || substr(nik, 3, 2) || '.' || substr(nik, 5, 2) and r.level = 3) as district_known from persons`,
    );
    let sameRegency = 0;
    for (const r of rows) {
      const parsed = parseNik(r.nik);
      expect(parsed.ok, r.nik).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.parts.sex).toBe(r.sex);
      expect(nikBirthDate(parsed.parts, DEMO_TODAY)).toBe(r.birth_date);
      expect(r.district_known).toBe(true);
      if (parsed.parts.regencyCode === r.origin_regency_code) sameRegency++;
    }
    expect(sameRegency / rows.length).toBeGreaterThan(0.75);
    expect(new Set(rows.map((r) => r.nik)).size).toBe(rows.length);
  });

  it('keeps status, status history and timeline consistent', async () => {
    const bad = await one<{ n: number }>(
      first,
      `select count(*)::int as n from persons p
       where (select c.to_status from person_status_changes c where c.person_id = p.id order by c.effective_on desc, c.changed_at desc limit 1) is distinct from p.status
          or (select max(c.effective_on) from person_status_changes c where c.person_id = p.id) is distinct from p.status_since
          or (select count(*) from person_status_changes c where c.person_id = p.id) <> case p.status when 'cpmi' then 1 when 'pmi' then 2 else 3 end
          or (select count(*) from timeline_events t where t.person_id = p.id and t.kind = 'person.registered') <> 1
          or (select count(*) from timeline_events t where t.person_id = p.id and t.kind = 'status.changed') <> case p.status when 'cpmi' then 0 when 'pmi' then 1 else 2 end
          or p.status_since > '${DEMO_TODAY}'`,
    );
    expect(bad.n).toBe(0);
    // The timeline never holds an identifier.
    const identifiers = (
      await first.query<{ v: string }>(`select nik as v from persons union all select number from person_documents where number is not null`)
    ).map((r) => r.v);
    const data = (await first.query<{ data: string }>(`select data::text as data from timeline_events`)).map((r) => r.data).join('\n');
    expect(identifiers.length).toBeGreaterThan(300);
    expect(identifiers.filter((v) => data.includes(v))).toEqual([]);
  });

  it('gives everyone family with one emergency contact, KTP and KK, and the registry consent', async () => {
    const bad = await one<{ n: number }>(
      first,
      `select count(*)::int as n from persons p
       where (select count(*) from family_members f where f.person_id = p.id) not between 1 and 3
          or (select count(*) from family_members f where f.person_id = p.id and f.emergency_contact) <> 1
          or not exists (select 1 from person_documents d where d.person_id = p.id and d.type_code = 'ktp')
          or not exists (select 1 from person_documents d where d.person_id = p.id and d.type_code = 'kk')
          or not exists (select 1 from consents c where c.person_id = p.id and c.legal_basis = 'public_task' and c.purpose = 'Pendataan dan pelindungan PMI' and c.channel = 'in_person')`,
    );
    expect(bad.n).toBe(0);
    const empowerment = await one<{ given: number; withdrawn: number }>(
      first,
      `select count(*)::int as given, count(withdrawn_on)::int as withdrawn from consents where legal_basis = 'consent' and purpose = 'Informasi program pemberdayaan'`,
    );
    expect(empowerment.given).toBeGreaterThan(10);
    expect(empowerment.withdrawn).toBeGreaterThan(0);
    const phones = await one<{ bad: number }>(first, `select count(*)::int as bad from persons where phone !~ '^628[0-9]{8,10}$'`);
    expect(phones.bad).toBe(0);
  });

  it('has documents that raise expiry warnings, and verified ones', async () => {
    const docs = await first.query<{ type_code: string; issued_on: string | null; expires_on: string | null; verified_by: string | null }>(
      `select type_code, issued_on::text, expires_on::text, verified_by from person_documents`,
    );
    const warned = (w: string) =>
      docs.filter((d) => documentWarnings({ typeCode: d.type_code, issuedOn: d.issued_on, expiresOn: d.expires_on }, DEMO_TODAY).includes(w as never)).length;
    expect(warned('passport_expiring')).toBeGreaterThanOrEqual(3);
    expect(warned('health_certificate_old')).toBeGreaterThanOrEqual(3);
    const clerk = await one<{ id: string }>(first, `select id from users where email = 'penempatan@balai.test'`);
    expect(docs.filter((d) => d.verified_by === clerk.id).length).toBeGreaterThan(100);
    const passports = await first.query<{ number: string }>(`select number from person_documents where type_code = 'passport'`);
    expect(passports.length).toBeGreaterThan(100);
    for (const p of passports) expect(p.number).toMatch(/^[A-Z]\d{7}$/);
  });

  it('follows the reference story: Japan-bound with language and SSW tests, several from Prabumulih; Banyuasin returnees in business', async () => {
    const japan = await first.query<{ id: string; origin_regency_code: string; language: number; skills: number }>(
      `select p.id, p.origin_regency_code,
              (select count(*)::int from qualifications q where q.person_id = p.id and q.kind = 'language_test' and ((q.title = 'JFT-Basic' and q.level = 'A2') or (q.title = 'JLPT' and q.level = 'N4'))) as language,
              (select count(*)::int from qualifications q where q.person_id = p.id and q.kind = 'skills_test' and q.ssw_field_code is not null) as skills
       from persons p where p.destination_country_code = 'JP'`,
    );
    expect(japan.length).toBeGreaterThan(20);
    expect(japan.every((p) => p.language === 1)).toBe(true);
    expect(japan.filter((p) => p.skills > 0).length / japan.length).toBeGreaterThan(0.6);
    expect(japan.filter((p) => p.origin_regency_code === '16.74').length).toBeGreaterThanOrEqual(5);
    const japanMen = await one<{ share: number }>(first, `select avg((sex = 'male')::int)::float as share from persons where destination_country_code = 'JP'`);
    const othersMen = await one<{ share: number }>(
      first,
      `select avg((sex = 'male')::int)::float as share from persons where destination_country_code <> 'JP'`,
    );
    expect(japanMen.share).toBeGreaterThan(othersMen.share);

    const returnees = await one<{ n: number }>(
      first,
      `select count(distinct p.id)::int as n from persons p join qualifications q on q.person_id = p.id
       where p.origin_regency_code = '16.07' and p.status = 'purna' and q.kind = 'work_history' and q.country_code is not null and q.notes is not null`,
    );
    expect(returnees.n).toBeGreaterThanOrEqual(5);
  });

  it('finds demo persons by name, counting the matches the same on every page and past the last one', async () => {
    const search = (page: number) => personsRepository.list(first.db, 'all', { q: 'siti', page, pageSize: 5 }, DEMO_TODAY);
    const page1 = await search(1);
    expect(page1.rows).toHaveLength(5);
    expect(page1.rows.every((r) => r.fullName.toLowerCase().includes('siti'))).toBe(true);
    // "siti" as typed; had that found less than a page, also with two neighbouring letters swapped.
    const count = (spellings: string[], threshold: number) =>
      inTransaction(first, async (run) => {
        await run(`select set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(threshold)]);
        return (
          (await run(
            `select count(*)::int as n from persons where merged_into_id is null and exists (select 1 from unnest($1::text[]) s(q) where s.q <% lower(full_name))`,
            [spellings],
          )) as { n: number }[]
        )[0]!.n;
      });
    const strict = await count(['siti'], nameMatcher('siti').threshold);
    const counted = strict >= TYPO_PASS_BELOW ? strict : await count(['siti', ...transpositions('siti')], nameMatcher('siti', { typos: true }).threshold);
    expect(page1.total).toBe(counted);
    expect((await search(2)).total).toBe(counted);
    const past = await search(Math.ceil(counted / 5) + 1);
    expect(past).toEqual({ rows: [], total: counted });
    expect(page1.rows[0]).not.toHaveProperty('matches');
  });

  it('writes status notes as a clerk would: the destination by its Indonesian name, not its code', async () => {
    const notes = (await first.query<{ note: string }>(`select distinct note from person_status_changes where note like 'Berangkat ke %' order by note`)).map(
      (r) => r.note,
    );
    expect(notes).toContain('Berangkat ke Jepang');
    expect(notes).toContain('Berangkat ke Malaysia');
    expect(notes.filter((n) => /ke [A-Z]{2}$/.test(n))).toEqual([]);
  });

  it('holds exactly the three deliberate likely-duplicate pairs for the merge review', async () => {
    const pairs = await personsRepository.likelyDuplicatePairs(first.db, 'all', 1, 50);
    expect(pairs.total).toBe(3);
    for (const pair of pairs.rows) {
      const [a, b] = await first.query<{ nik: string; full_name: string; birth_date: string; origin_regency_code: string }>(
        `select nik, full_name, birth_date::text, origin_regency_code from persons where id in ('${pair.a}', '${pair.b}')`,
      );
      expect(a!.birth_date).toBe(b!.birth_date);
      expect(a!.origin_regency_code).toBe(b!.origin_regency_code);
      expect(a!.full_name).not.toBe(b!.full_name);
      expect(a!.nik).not.toBe(b!.nik);
      expect(a!.nik.slice(0, 12)).toBe(b!.nik.slice(0, 12));
    }
  });
});
