/**
 * npm run bench:matching (also part of npm run bench): matching one job order against a large registry on
 * PGlite, through the service the API route calls (jobOrderMatches: GET /api/job-orders/:id/matches).
 *
 *   1. PGlite in a fresh temp data folder, migrated with reference data (the scheme catalogue included),
 *      BENCH_PERSONS (default 100,000) persons from bench/lib/registry-data.ts;
 *   2. qualifications and documents generated in bulk for the CPMI among them (deterministic hashes of the
 *      row number): about a third with JFT-Basic A2, JLPT N4 or N3, a fifth with the SSW nursing-care
 *      skills test, most with the Pasal 13 documents and a passport, health certificates of varied age;
 *   3. an SSW nursing-care job order (age ≥ 18, the field's test, Japanese) and a Malaysian factory
 *      operator order (P to P), created through the job-order service;
 *   4. each order's first page and a later page, BENCH_ITERATIONS (default 20) timed calls after 2 warm-ups.
 *
 * Prints p50 / p95 / max per case and writes bench/results/matching-latest.json. Exit 1 on an error or an
 * answer with no candidates (a bench that matches nobody measures nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openPglite, type Database } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { users } from '../src/server/db/schema/index.js';
import { loadReferenceData } from '../src/server/reference/loader.js';
import { loadConfig } from '../src/server/config.js';
import { systemClock } from '../src/server/lib/clock.js';
import { systemContext } from '../src/server/kit/context.js';
import type { Actor } from '../src/domain/access.js';
import { createJobOrder } from '../src/server/modules/job-orders/job-orders.service.js';
import { jobOrderMatches } from '../src/server/modules/job-orders/matches.service.js';
import { ensureSchemes, seedAgency, seedEmployer } from '../src/server/modules/job-orders/job-orders.fixtures.js';
import { installCleanup, repoRoot, tempDir } from './lib/processes.js';
import { generate, mixSql } from './lib/registry-data.js';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 100_000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20);
const WARMUP = 2;

const log = (msg: string) => console.log(msg);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Qualifications and documents for the CPMI, in three INSERT … SELECT statements. */
async function qualify(database: Database): Promise<{ qualifications: number; documents: number }> {
  const h = (k: number) => mixSql(`(('x' || left(md5(p.id::text), 7))::bit(28)::int::bigint * 16 + ${k})`);
  const cpmi = `from (select p.id, ${h(1)} as h1, ${h(2)} as h2, ${h(3)} as h3 from persons p where p.status = 'cpmi') s`;
  await database.query(`
    insert into qualifications (person_id, kind, title, level, started_on)
    select id, 'language_test', case when h1 % 100 < 18 then 'JFT-Basic' else 'JLPT' end,
      case when h1 % 100 < 18 then 'A2' when h1 % 100 < 30 then 'N4' else 'N3' end,
      date '2025-01-01' + (h1 / 100 % 600)::int
    ${cpmi} where h1 % 100 < 36`);
  await database.query(`
    insert into qualifications (person_id, kind, title, level, ssw_field_code, started_on)
    select id, 'skills_test', 'Uji Keterampilan Kaigo', 'lulus', 'nursing_care', date '2025-03-01' + (h2 / 100 % 500)::int
    ${cpmi} where h2 % 100 < 20`);
  await database.query(`
    insert into person_documents (person_id, type_code, number, issued_on, expires_on)
    select id, d.type_code, case when d.type_code = 'passport' then 'C' || left(md5(id::text), 7) end,
      case when d.type_code = 'health_certificate' then current_date - (h3 / 100 % 200)::int else date '2026-01-05' end,
      case when d.type_code = 'passport' then date '2031-01-04' end
    ${cpmi} cross join (values ('marital_status_letter'), ('family_permission'), ('passport'), ('health_certificate')) d(type_code)
    where h3 % 100 < 70`);
  await database.query('analyze qualifications, person_documents');
  const [q] = await database.query<{ n: number }>('select count(*)::int as n from qualifications');
  const [d] = await database.query<{ n: number }>('select count(*)::int as n from person_documents');
  return { qualifications: q!.n, documents: d!.n };
}

interface Case {
  name: string;
  jobOrderId: string;
  page: number;
}

async function main(): Promise<void> {
  installCleanup();
  const dir = tempDir('matching-bench');
  const database = await openPglite(dir);
  try {
    let t = performance.now();
    await migrate(database);
    await loadReferenceData(database);
    await ensureSchemes(database);
    const setupMs = performance.now() - t;
    t = performance.now();
    const { officeId } = await generate(database, PERSONS);
    const personsMs = performance.now() - t;
    t = performance.now();
    const counts = await qualify(database);
    const qualifyMs = performance.now() - t;
    log(`setup ${(setupMs / 1000).toFixed(1)} s; ${PERSONS.toLocaleString('en-US')} persons ${(personsMs / 1000).toFixed(1)} s;`);
    log(
      `${counts.qualifications.toLocaleString('en-US')} qualifications, ${counts.documents.toLocaleString('en-US')} documents ${(qualifyMs / 1000).toFixed(1)} s`,
    );

    const [user] = await database.db
      .insert(users)
      .values({ officeId, email: 'bench@balai.test', name: 'Bench', role: 'staff', passwordHash: 'not-a-hash' })
      .returning({ id: users.id });
    const actor: Actor = {
      kind: 'user',
      id: user!.id,
      label: 'bench@balai.test',
      role: 'staff',
      officeId,
      allOffices: false,
      divisionId: null,
      partnerId: null,
    };
    const config = loadConfig({ DATA_DIR: dir, JOBS: 'off', LOG_LEVEL: 'warn' });
    const ctx = systemContext({ database, config, clock: systemClock }, { actor, lang: 'id' });

    const agency = await seedAgency(database, officeId, { quota: 500 });
    const jp = await seedEmployer(database, officeId, 'Sakura Care Osaka', 'JP');
    const my = await seedEmployer(database, officeId, 'Penang Electronics Sdn Bhd', 'MY');
    const ssw = await createJobOrder(ctx, {
      title: 'Perawat lansia Osaka',
      schemeCode: 'ssw_japan',
      countryCode: 'JP',
      employerId: jp,
      agencyId: agency.agencyId,
      permitId: agency.permitId,
      occupationCode: '5322',
      occupationTitle: 'Careworker (kaigo)',
      sswFieldCode: 'nursing_care',
      sector: 'formal',
      positions: 20,
      salaryMinor: null,
      salaryCurrency: null,
      contractMonths: 36,
      extraRules: [],
      targetRegionCode: null,
      description: null,
      closingOn: null,
      isPublic: false,
    });
    const factory = await createJobOrder(ctx, {
      title: 'Operator produksi Penang',
      schemeCode: 'p_to_p',
      countryCode: 'MY',
      employerId: my,
      agencyId: agency.agencyId,
      permitId: agency.permitId,
      occupationCode: '8219',
      occupationTitle: 'Operator perakitan',
      sswFieldCode: null,
      sector: 'formal',
      positions: 100,
      salaryMinor: null,
      salaryCurrency: null,
      contractMonths: 24,
      extraRules: [],
      targetRegionCode: null,
      description: null,
      closingOn: null,
      isPublic: false,
    });

    const cases: Case[] = [
      { name: 'SSW nursing care, page 1', jobOrderId: ssw.id, page: 1 },
      { name: 'SSW nursing care, page 5', jobOrderId: ssw.id, page: 5 },
      { name: 'Malaysia factory, page 1', jobOrderId: factory.id, page: 1 },
    ];
    const results = [];
    for (const c of cases) {
      const times: number[] = [];
      let answer: Awaited<ReturnType<typeof jobOrderMatches>> | null = null;
      for (let i = 0; i < WARMUP + ITERATIONS; i++) {
        const start = performance.now();
        answer = await jobOrderMatches(ctx, c.jobOrderId, { page: c.page, pageSize: 25 });
        if (i >= WARMUP) times.push(performance.now() - start);
      }
      if (!answer || answer.total === 0) throw new Error(`${c.name}: no candidates`);
      times.sort((a, b) => a - b);
      const row = {
        case: c.name,
        candidates: answer.total,
        counts: answer.counts,
        p50: Math.round(percentile(times, 50)),
        p95: Math.round(percentile(times, 95)),
        max: Math.round(times.at(-1)!),
        iterations: times.length,
      };
      results.push(row);
      log(
        `${row.case}: ${row.candidates} ranked (${JSON.stringify(row.counts)}); p50 ${row.p50} ms, p95 ${row.p95} ms, max ${row.max} ms (${row.iterations} runs)`,
      );
    }
    const out = path.join(repoRoot, 'bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(
      path.join(out, 'matching-latest.json'),
      JSON.stringify({ at: new Date().toISOString(), backend: 'pglite', persons: PERSONS, ...counts, setupMs, personsMs, qualifyMs, results }, null, 2),
    );
    log('written bench/results/matching-latest.json');
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`matching bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
