import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNik } from '../../../domain/nik.js';
import { preDepartureStages } from '../../../domain/placement/stages.js';
import { manualClock } from '../../lib/clock.js';
import type { TestApp } from '../../test/harness.js';
import { MISSING, registryTestContext, type Headers } from '../../test/registry.js';
import { ensureSchemes } from '../job-orders/job-orders.fixtures.js';

const clock = manualClock(); // 2026-11-29 in WIB
const today = '2026-11-29';
let t: TestApp;
let call: Awaited<ReturnType<typeof registryTestContext>>['call'];
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
let personId: string;
let otherPersonId: string;
let jobOrder: { id: string; reference: string };
let draftOrderId: string;

const statusOf = (body: { status?: string; person?: { status?: string } }) => body.person?.status ?? body.status;
const order = (title: string) => ({ title, schemeCode: 'g_to_g', countryCode: 'JP', occupationTitle: 'Perawat', positions: 20 });

beforeAll(async () => {
  ({ t, call, staff, humas, otherStaff, personId, otherPersonId } = await registryTestContext(clock));
  await ensureSchemes(t.database);
  const created = (await call(staff, 'POST', '/api/job-orders', order('Perawat G to G Jepang'))).json();
  await call(staff, 'POST', `/api/job-orders/${created.id}/status`, { version: 1, status: 'verified', attacheReference: 'B.1/KBRI/2026' });
  await call(staff, 'POST', `/api/job-orders/${created.id}/status`, { version: 2, status: 'open' });
  jobOrder = { id: created.id, reference: created.reference };
  draftOrderId = (await call(staff, 'POST', '/api/job-orders', order('Masih draf'))).json().id;
});
afterAll(() => t.close());

describe('who may call the application routes', () => {
  it('answers 401 without a session, 403 for humas, 404 for another office’s person or application, 400 for malformed input', async () => {
    const routes: [Parameters<typeof call>[1], string, object?][] = [
      ['GET', '/api/applications'],
      ['POST', '/api/applications', { personId, jobOrderId: jobOrder.id }],
      ['GET', `/api/applications/${MISSING}`],
      ['POST', `/api/applications/${MISSING}/moves`, { version: 1, toStage: 'selection', effectiveOn: today }],
    ];
    for (const [method, url, payload] of routes) {
      expect((await call(undefined, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
      expect((await call(humas, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await call(staff, 'POST', '/api/applications', { personId: otherPersonId, jobOrderId: jobOrder.id })).statusCode).toBe(404);
    expect((await call(otherStaff, 'POST', '/api/applications', { personId: otherPersonId, jobOrderId: jobOrder.id })).statusCode).toBe(404);
    expect((await call(staff, 'POST', '/api/applications', { personId })).json().fields.jobOrderId).toBe('Pilih job order atau skema penempatan.');
    expect((await call(staff, 'GET', `/api/applications/${MISSING}`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', '/api/applications/nope')).statusCode).toBe(400);
  });
});

describe('applications', () => {
  let app: { id: string; version: number };

  it('refuses a job order that is not open and a person who is not eligible without an override reason', async () => {
    const draft = await call(staff, 'POST', '/api/applications', { personId, jobOrderId: draftOrderId });
    expect(draft.statusCode).toBe(409);
    expect(draft.json().code).toBe('applications.job_order_not_open');
    // No health certificate, no passport: not eligible.
    const refused = await call(staff, 'POST', '/api/applications', { personId, jobOrderId: jobOrder.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'applications.not_eligible',
      message: expect.stringMatching(/^Orang ini belum memenuhi syarat: .*alasan pengecualian/),
    });
  });

  it('registers with the override recorded, stores the eligibility with its rule version, and refuses a second live application', async () => {
    const res = await call(staff, 'POST', '/api/applications', { personId, jobOrderId: jobOrder.id, overrideReason: 'Dokumen menyusul minggu depan' });
    expect(res.statusCode).toBe(201);
    app = res.json();
    expect(res.json()).toMatchObject({
      version: 1,
      personId,
      personName: 'Siti Aminah',
      jobOrderReference: jobOrder.reference,
      schemeCode: 'g_to_g',
      stage: 'registration',
      stageSince: today,
      eligibility: { schemeCode: 'g_to_g', version: 1, outcome: 'not_eligible' },
      events: [{ fromStage: null, toStage: 'registration', reason: 'Dokumen menyusul minggu depan', changedByName: expect.any(String) }],
    });
    expect(res.json().events[0].changedByName).not.toMatch(/@/);
    const again = await call(staff, 'POST', '/api/applications', { personId, jobOrderId: jobOrder.id, overrideReason: 'x' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'applications.duplicate',
      message: `Orang ini sudah memiliki lamaran yang masih berjalan untuk job order ${jobOrder.reference}.`,
    });
    expect((await call(staff, 'GET', `/api/applications?personId=${personId}`)).json()).toMatchObject({ total: 1, items: [{ id: app.id }] });
    expect((await call(staff, 'GET', `/api/applications?q=${jobOrder.reference}&stage=registration`)).json().total).toBe(1);
    expect((await call(staff, 'GET', `/api/applications?jobOrderId=${draftOrderId}`)).json().total).toBe(0);
    expect((await call(otherStaff, 'GET', '/api/applications')).json().total).toBe(0);
    expect((await call(otherStaff, 'GET', `/api/applications/${app.id}`)).statusCode).toBe(404);
  });

  it('refuses backwards moves, skips without a reason and stale versions with a clear message', async () => {
    const url = `/api/applications/${app.id}/moves`;
    const skip = await call(staff, 'POST', url, { version: 1, toStage: 'visa', effectiveOn: today });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().message).toBe('Melompat dari pendaftaran ke visa kerja melewati tahap lain: isi alasan melompati tahap.');
    expect((await call(staff, 'POST', url, { version: 1, toStage: 'returned', effectiveOn: today })).json().message).toBe(
      'Tahap kepulangan hanya setelah keberangkatan.',
    );
    expect((await call(staff, 'POST', url, { version: 1, toStage: 'selection', effectiveOn: '2026-12-01' })).json().fields.effectiveOn).toMatch(/masa depan/);
    const moved = await call(staff, 'POST', url, { version: 1, toStage: 'selection', effectiveOn: today, note: 'Lolos wawancara' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ stage: 'selection', version: 2 });
    expect((await call(staff, 'POST', url, { version: 2, toStage: 'registration', effectiveOn: today })).json().message).toBe(
      'Lamaran tidak dapat dikembalikan dari tahap seleksi ke pendaftaran.',
    );
    expect((await call(staff, 'POST', url, { version: 1, toStage: 'medical', effectiveOn: today })).json().code).toBe('version_conflict');
    const skipped = await call(staff, 'POST', url, {
      version: 2,
      toStage: 'placement_agreement',
      effectiveOn: today,
      skipReason: 'Hasil medical dari program sebelumnya masih berlaku',
    });
    expect(skipped.statusCode).toBe(200);
    expect(skipped.json().events.at(-1)).toMatchObject({
      fromStage: 'selection',
      toStage: 'placement_agreement',
      skippedStages: ['medical'],
      reason: expect.stringMatching(/medical/),
    });
    app = skipped.json();
  });

  it('moves through every stage to departure, making the person a PMI on their timeline, and returns them as purna', async () => {
    const url = `/api/applications/${app.id}/moves`;
    let version = app.version;
    for (const stage of preDepartureStages.slice(preDepartureStages.indexOf('placement_agreement') + 1)) {
      const res = await call(staff, 'POST', url, { version, toStage: stage, effectiveOn: today });
      expect(res.statusCode, stage).toBe(200);
      version = res.json().version;
    }
    const detail = (await call(staff, 'GET', `/api/applications/${app.id}`)).json();
    expect(detail).toMatchObject({ stage: 'departure', departedOn: today });
    expect(detail.events.map((e: { toStage: string }) => e.toStage)).toEqual(preDepartureStages.filter((s) => s !== 'medical'));
    const person = (await call(staff, 'GET', `/api/persons/${personId}`)).json();
    expect(statusOf(person)).toBe('pmi');
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline?pageSize=50`)).json();
    const kinds = timeline.items.map((e: { kind: string }) => e.kind);
    expect(kinds).toContain('status.changed');
    expect(timeline.items.find((e: { kind: string }) => e.kind === 'application.stage_moved')).toMatchObject({
      data: { from: 'work_contract', to: 'departure', effectiveOn: today },
    });
    expect(kinds.filter((k: string) => k === 'application.stage_moved')).toHaveLength(7);
    const changes = await t.database.query<{ to_status: string }>(`select to_status from person_status_changes where person_id = $1`, [personId]);
    expect(changes.map((c) => c.to_status).sort()).toEqual(['cpmi', 'pmi']);
    const returned = await call(staff, 'POST', url, { version, toStage: 'returned', effectiveOn: today });
    expect(returned.json()).toMatchObject({ stage: 'returned', returnedOn: today });
    expect(statusOf((await call(staff, 'GET', `/api/persons/${personId}`)).json())).toBe('purna');
    const [audit] = await t.database.query<{ n: number }>(`select count(*)::int as n from audit_events where action = 'application.move'`);
    expect(audit!.n).toBe(8);
  });

  it('moves a returnee applying again back to CPMI', async () => {
    const res = await call(staff, 'POST', '/api/applications', { personId, schemeCode: 'g_to_g', overrideReason: 'Mendaftar ulang' });
    expect(res.statusCode).toBe(201);
    expect(statusOf((await call(staff, 'GET', `/api/persons/${personId}`)).json())).toBe('cpmi');
  });

  it('refuses a departure under 18 (UU 18/2017 Pasal 5)', async () => {
    const nik = makeNik({ districtCode: '16.74.01', birthDate: '2009-03-07', sex: 'female', serial: 7 });
    const young = await call(staff, 'POST', '/api/persons', { nik, fullName: 'Dewi Muda', sex: 'female', birthDate: '2009-03-07' });
    expect(young.statusCode).toBe(201);
    const created = (
      await call(staff, 'POST', '/api/applications', { personId: young.json().person.id, jobOrderId: jobOrder.id, overrideReason: 'Uji' })
    ).json();
    const res = await call(staff, 'POST', `/api/applications/${created.id}/moves`, { version: 1, toStage: 'departure', effectiveOn: today, skipReason: 'Uji' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'applications.departure_blocked', message: expect.stringMatching(/^Belum dapat diberangkatkan/) });
    expect((await call(staff, 'GET', `/api/applications/${created.id}`)).json().stage).toBe('registration');
  });
});
