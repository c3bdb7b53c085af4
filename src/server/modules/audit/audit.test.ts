import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/harness.js';
import { totpCode } from '../auth/totp.js';

const clock = manualClock();
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp({ clock });
  await seedDemo(t.database);
  admin = await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()));
});
afterAll(() => t.close());

const events = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/audit-events?${query}`, headers: admin.headers })).json();

describe('audit log', () => {
  it('records sign-ins, failures, denials, writes with before and after, and exports', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'penempatan@balai.test', password: 'salah-salah-salah' } });
    const staff = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
    await t.app.inject({ method: 'GET', url: '/api/users', headers: staff.headers }); // denied
    const user = (await t.app.inject({ method: 'GET', url: '/api/users?q=pelindungan', headers: admin.headers })).json().items[0];
    await t.app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: admin.headers, payload: { version: user.version, name: 'Nama Baru' } });
    const csv = await t.app.inject({ method: 'GET', url: '/api/audit-events/export?action=auth.sign_in', headers: admin.headers });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\n')[0]).toBe('id,at,actor,action,outcome,resource_type,resource_id,ip,request_id,details');
    expect(csv.body).toContain('penempatan@balai.test');

    const signIns = await events('action=auth.sign_in&pageSize=100');
    expect(signIns.items.map((e: { outcome: string }) => e.outcome)).toEqual(expect.arrayContaining(['success', 'failure']));
    const denied = await events('outcome=denied');
    expect(denied.items[0]).toMatchObject({
      action: 'access.denied',
      actorLabel: 'penempatan@balai.test',
      resourceId: 'GET /api/users',
      details: { code: 'forbidden' },
    });
    const update = (await events(`resourceType=user&resourceId=${user.id}&action=user.update`)).items[0];
    expect(update.details.before.name).toBe(user.name);
    expect(update.details.after.name).toBe('Nama Baru');
    expect(JSON.stringify(update.details)).not.toMatch(/passwordHash|argon2/);
    const exported = await events('action=audit.export');
    expect(exported.items[0]).toMatchObject({ actorLabel: 'admin@balai.test', details: { rows: expect.any(Number) } });
  });

  it('filters by time and by user', async () => {
    const adminId = (await t.database.query<{ id: string }>(`select id from users where email = 'admin@balai.test'`))[0]!.id;
    const mine = await events(`actorUserId=${adminId}`);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((e: { actorUserId: string }) => e.actorUserId === adminId)).toBe(true);
    expect((await events('from=2030-01-01T00:00:00Z')).total).toBe(0);
    const bad = await t.app.inject({ method: 'GET', url: '/api/audit-events?from=kemarin', headers: admin.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('cannot be altered: updates, deletes and truncation fail in the database', async () => {
    const [before] = await t.database.query<{ n: number }>('select count(*)::int n from audit_events');
    await expect(t.database.query(`update audit_events set action = 'dipalsukan'`)).rejects.toThrow(/append-only/);
    await expect(t.database.query('delete from audit_events')).rejects.toThrow(/append-only/);
    await expect(t.database.query('truncate audit_events')).rejects.toThrow(/append-only/);
    const [after] = await t.database.query<{ n: number }>('select count(*)::int n from audit_events');
    expect(after!.n).toBe(before!.n);
  });
});
