/**
 * The synthetic registry the benches share (bench/registry.ts, bench/matching.ts): persons generated in one
 * INSERT … SELECT over generate_series, deterministic (a hash of the row number), real Sumsel desa codes
 * weighted by regency, valid unique NIKs.
 */
import { inTransaction, type Database } from '../../src/server/db/client.js';
import { offices } from '../../src/server/db/schema/index.js';
import { femaleGiven, femaleSecond, maleGiven, maleSecond } from './names.js';

/** Weights of the kab/kota of origin (the big sending regencies of Sumsel weigh more). */
const regencyWeights: [string, number][] = [
  ['16.08', 16],
  ['16.02', 12],
  ['16.03', 10],
  ['16.07', 10],
  ['16.04', 9],
  ['16.71', 9],
  ['16.74', 6],
  ['16.01', 4],
  ['16.05', 4],
  ['16.06', 4],
  ['16.10', 4],
  ['16.09', 3],
  ['16.73', 2.5],
  ['16.11', 2],
  ['16.12', 2],
  ['16.13', 2],
  ['16.72', 1.5],
];
const destinations = [...Array<string>(80).fill('MY'), ...Array<string>(13).fill('JP'), 'SA', 'SA', 'QA', 'SG', 'KW', 'HK', 'TW'];
const educations = ['sd', 'sd', 'smp', 'smp', 'smp', 'smp', 'smp', 'smp', 'sma', 'sma', 'sma', 'sma', 'sma', 'sma', 'smk', 'smk', 'smk', 'smk', 'd3', 's1'];
const maritals = ['married', 'married', 'married', 'married', 'married', 'single', 'single', 'single', 'divorced', 'widowed'];

export const sqlArray = (items: readonly string[]) => `array[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(',')}]::text[]`;

/** A 32-bit integer hash (two rounds of xor-shift-multiply) as one inlinable SQL expression. */
export function mixSql(x: string): string {
  const round = (v: string) => `(((${v} # (${v} >> 16)) * 73244475) % 4294967296)`;
  const y = round(round(x));
  return `(${y} # (${y} >> 16))`;
}

export interface Generation {
  officeId: string;
  setupMs: number;
  insertMs: number;
  indexMs: number;
  analyzeMs: number;
}

export async function generate(database: Database, n: number): Promise<Omit<Generation, 'setupMs'>> {
  const [office] = await database.db
    .insert(offices)
    .values({ code: 'BENCH-SUMSEL', name: 'BP3MI Sumatera Selatan (bench)', kind: 'bp3mi', provinceCode: '16', city: 'Palembang' })
    .returning({ id: offices.id });
  const officeId = office!.id;

  // Real desa/kelurahan codes, a weighted sample per regency (evenly spaced in code order: deterministic).
  const villages = await database.query<{ code: string }>(`select code from regions where level = 4 and code like '16.%' order by code`);
  const villageList: string[] = [];
  for (const [regency, weight] of regencyWeights) {
    const own = villages.filter((v) => v.code.startsWith(`${regency}.`)).map((v) => v.code);
    const k = Math.round(weight * 20);
    for (let i = 0; i < k; i++) villageList.push(own[Math.floor((i * own.length) / k)]!);
  }
  const districtList = [...new Set(villages.map((v) => v.code.slice(0, 8)))];

  const h = (k: number) => mixSql(`(g::bigint * 16 + ${k})`);
  const insert = `
    with drawn as (
      select g, h5, h6,
        (h1 % 100) < 75 as female,
        (h1 / 100) % 150 + 1 as i_first,
        (h1 / 15000) % 150 + 1 as i_second,
        (h2 % 100) < 35 as has_middle,
        (h2 / 100) % 150 + 1 as i_middle,
        (${sqlArray(villageList)})[(h2 / 15000) % ${villageList.length} + 1] as village,
        date '1966-01-01' + (h3 % 15700)::int as birth_date,
        (h3 / 15700) % 100 as nik_roll,
        (${sqlArray(districtList)})[(h3 / 1570000) % ${districtList.length} + 1] as other_district,
        h4 % 100 as status_roll,
        ((h4 / 100) % 3200)::int as since_days,
        (${sqlArray(destinations)})[(h4 / 320000) % 100 + 1] as country
      from (select g, ${h(1)} as h1, ${h(2)} as h2, ${h(3)} as h3, ${h(4)} as h4, ${h(5)} as h5, ${h(6)} as h6
            from generate_series(1, ${n}) g) hashed
    ), placed as (
      select *, case when nik_roll < 85 then left(village, 8) else other_district end as nik_district from drawn
    ), numbered as (
      select *, row_number() over (partition by nik_district, birth_date, female order by g) as serial from placed
    )
    insert into persons (id, version, created_at, updated_at, office_id, nik, full_name, sex, birth_date, address_line,
      address_region_code, origin_regency_code, phone, whatsapp, education, marital_status, status, status_since,
      destination_country_code)
    select md5('bench-' || g)::uuid, 1, created, created, '${officeId}',
      replace(nik_district, '.', '') || lpad((extract(day from birth_date)::int + case when female then 40 else 0 end)::text, 2, '0')
        || to_char(birth_date, 'MMYY') || lpad(serial::text, 4, '0'),
      case when female
        then (${sqlArray(femaleGiven)})[i_first] || case when has_middle then ' ' || (${sqlArray(femaleGiven)})[case when i_middle = i_first then i_middle % 150 + 1 else i_middle end] else '' end || ' ' || (${sqlArray(femaleSecond)})[i_second]
        else (${sqlArray(maleGiven)})[i_first] || case when has_middle then ' ' || (${sqlArray(maleGiven)})[case when i_middle = i_first then i_middle % 150 + 1 else i_middle end] else '' end || ' ' || (${sqlArray(maleSecond)})[i_second]
      end,
      case when female then 'female' else 'male' end,
      birth_date,
      'Dusun ' || (array['I','II','III','IV','V','VI'])[(h6 / 200) % 6 + 1] || ', RT ' || lpad(((h6 / 1200) % 20 + 1)::text, 3, '0'),
      village, left(village, 5),
      '628' || lpad((h5 % 1000000000)::text, 9, '0'),
      case when h5 % 10 < 9 then '628' || lpad((h5 % 1000000000)::text, 9, '0') end,
      (${sqlArray(educations)})[h6 % 20 + 1],
      (${sqlArray(maritals)})[(h6 / 20) % 10 + 1],
      case when status_roll < 35 then 'cpmi' when status_roll < 80 then 'pmi' else 'purna' end,
      date '2018-01-01' + since_days,
      country
    from (select *, timestamptz '2018-01-01 08:00:00+07' + make_interval(secs => g * (280000000.0 / ${n})) as created from numbered) rows`;

  // Bulk load as a DBA would: drop the secondary indexes, load, rebuild them from their own definitions.
  const indexes = await database.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename in ('persons', 'person_names') and indexname not in ('persons_pkey', 'person_names_pkey') order by indexname`,
  );
  let t = performance.now();
  await inTransaction(database, async (run) => {
    for (const ix of indexes) await run(`drop index ${ix.indexname}`);
    // The generated codes all exist (read from the tables above); skip the per-row foreign-key checks.
    await run(`set local session_replication_role = replica`);
    await run(insert);
    // The replica role also holds back the trigger that keeps person_names: fill it in one statement.
    await run(`insert into person_names (person_id, office_id, name) select id, office_id, lower(full_name) from persons where merged_into_id is null`);
  });
  const insertMs = performance.now() - t;
  t = performance.now();
  await inTransaction(database, async (run) => {
    if (database.kind === 'postgres') await run(`set local maintenance_work_mem = '256MB'`);
    for (const ix of indexes) await run(ix.indexdef);
  });
  const indexMs = performance.now() - t;
  t = performance.now();
  await database.query(database.kind === 'postgres' ? 'vacuum (analyze) persons, person_names' : 'analyze persons, person_names');
  const analyzeMs = performance.now() - t;
  const [{ count }] = (await database.query<{ count: number }>('select count(*)::int as count from persons')) as [{ count: number }];
  if (count !== n) throw new Error(`generated ${count} persons, expected ${n}`);
  return { officeId, insertMs, indexMs, analyzeMs };
}
