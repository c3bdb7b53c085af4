import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../domain/placement/eligibility.js';
import type { Database } from '../db/client.js';
import { dateIn } from '../lib/clock.js';
import { eligibilityRepository } from '../modules/eligibility/eligibility.repository.js';
import { createTestDatabase } from '../test/harness.js';
import { demoJobOrderReferences, seedDemoPlacement } from './placement-demo.js';
import { seedDemo } from './seed.js';

let database: Database;
let seedMs = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database);
  const { seedDemoPersons } = await import('./persons.js');
  await seedDemoPersons(database);
  const { seedDemoAgencies } = await import('./placement-agencies.js');
  const [office] = await database.query<{ id: string }>(`select id from offices where code = 'BP3MI-SUMSEL'`);
  await seedDemoAgencies(database, office!.id);
  const started = performance.now();
  await seedDemoPlacement(database);
  seedMs = performance.now() - started;
}, 120_000);
afterAll(async () => {
  await database?.close();
});

const counts = async () =>
  database.query<{ t: string; n: number }>(
    `select 'job_orders' t, count(*)::int n from job_orders union all select 'applications', count(*)::int from applications
     union all select 'events', count(*)::int from application_stage_events union all select 'status', count(*)::int from person_status_changes
     union all select 'timeline', count(*)::int from timeline_events union all select 'qualifications', count(*)::int from qualifications
     union all select 'documents', count(*)::int from person_documents`,
  );

describe('the placement demo', () => {
  it('is fast and seeds job orders in every status with the demo references', async () => {
    console.info(`placement demo seed: ${seedMs.toFixed(0)} ms`, JSON.stringify(await counts()));
    expect(seedMs).toBeLessThan(3000);
    const rows = await database.query<{ status: string; reference: string; is_public: boolean }>('select status, reference, is_public from job_orders');
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft', 'verified', 'open', 'filled', 'closed']));
    expect(rows.map((r) => r.reference).sort()).toEqual([...demoJobOrderReferences].sort());
    expect(rows.filter((r) => r.is_public).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps every permit within its quota', async () => {
    const over = await database.query(
      `select p.number from recruitment_permits p join job_orders j on j.permit_id = p.id group by p.id, p.number, p.quota having sum(j.positions) > p.quota`,
    );
    expect(over).toEqual([]);
  });

  it('has applications at every stage, with ordered, dated events', async () => {
    const stages = await database.query<{ stage: string }>('select distinct stage from applications');
    expect(stages.map((s) => s.stage).sort()).toEqual(
      [
        'registration',
        'selection',
        'medical',
        'placement_agreement',
        'social_security',
        'visa',
        'opp',
        'work_contract',
        'departure',
        'returned',
        'withdrawn',
        'rejected',
      ].sort(),
    );
    const disordered = await database.query(
      `select a.id from applications a join application_stage_events e on e.application_id = a.id
       group by a.id, a.stage_since having max(e.effective_on) <> a.stage_since or count(*) filter (where e.from_stage is null) <> 1`,
    );
    expect(disordered).toEqual([]);
    const backwards = await database.query(
      `select e1.id from application_stage_events e1 join application_stage_events e2 on e1.application_id = e2.application_id
       where e1.changed_at < e2.changed_at and e1.effective_on > e2.effective_on`,
    );
    expect(backwards).toEqual([]);
  });

  it('makes every departed applicant a PMI (or a PMI Purna once returned) with the status change on the departure day', async () => {
    const rows = await database.query<{ stage: string; status: string; changed: boolean }>(
      `select a.stage, p.status, exists (select 1 from person_status_changes c where c.person_id = p.id and c.to_status = 'pmi' and c.effective_on = a.departed_on) changed
       from applications a join persons p on p.id = a.person_id where a.departed_on is not null`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.changed).toBe(true);
      expect(r.status).toBe(r.stage === 'returned' ? 'purna' : 'pmi');
    }
    expect(rows.some((r) => r.stage === 'departure')).toBe(true);
    const in2022 = await database.query(`select 1 from applications where departed_on between '2022-01-01' and '2022-12-31'`);
    expect(in2022.length).toBeGreaterThan(0);
  });

  it('gives some Japan-bound CPMI the qualifications and a fresh health certificate', async () => {
    const rows = await database.query(`select 1 from qualifications where kind = 'skills_test' and ssw_field_code = 'nursing_care' and title like '%kaigo%'`);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const health = await database.query(`select 1 from person_documents where type_code = 'health_certificate' and issued_on > current_date - 90`);
    expect(health.length).toBeGreaterThanOrEqual(3);
  });

  it('makes some Japan-bound CPMI eligible for the nursing-care order and some almost (one gap)', async () => {
    const [order] = await database.query<{ id: string }>(`select id from job_orders where reference = 'JO-2026-0001'`);
    const target = (await eligibilityRepository.jobOrderTarget(database.db, order!.id))!;
    const ids = (
      await database.query<{ id: string }>(
        `select distinct p.id from persons p join qualifications q on q.person_id = p.id where p.status = 'cpmi' and q.title = 'Ujian keterampilan SSW kaigo'`,
      )
    ).map((r) => r.id);
    const facts = await eligibilityRepository.factsOf(database.db, ids);
    const results = [...facts.values()].map((f) => evaluateEligibility(f, target.ruleSet, { today: dateIn(new Date()), sswFieldCode: 'nursing_care' }));
    const notMet = results.map((r) => r.rules.filter((x) => x.status !== 'met').map((x) => x.id));
    console.info('nursing-care eligibility of the qualified CPMI:', JSON.stringify(notMet));
    expect(results.some((r) => r.outcome === 'eligible')).toBe(true);
    expect(notMet.some((m) => m.length === 1)).toBe(true);
  });

  it('adds nothing when run again, alone or through seedDemo', async () => {
    const before = await counts();
    expect(await seedDemoPlacement(database)).toBe(0);
    await seedDemo(database, { persons: true });
    expect(await counts()).toEqual(before);
  });
});
