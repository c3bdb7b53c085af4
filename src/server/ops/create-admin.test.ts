import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../test/harness.js';
import { createAdmin } from './create-admin.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('create-admin', () => {
  it('needs an office on a fresh deployment, creates it when named, and the administrator can sign in', async () => {
    await expect(createAdmin(t.database, { email: 'kepala.it@bp3mi.go.id', name: 'Admin' })).rejects.toThrow(/no office yet/);
    const result = await createAdmin(t.database, {
      email: 'Kepala.IT@bp3mi.go.id',
      name: 'Admin TI',
      officeCode: 'BP3MI-SUMSEL',
      officeName: 'BP3MI Sumatera Selatan',
    });
    expect(result.generatedPassword).toMatch(/^.{20,}$/);
    const session = await signIn(t.app, 'kepala.it@bp3mi.go.id', result.generatedPassword!);
    const me = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers })).json();
    expect(me).toMatchObject({ role: 'administrator', officeId: result.officeId, mustChangePassword: true, totpEnrolmentRequired: true });
    const [audit] = await t.database.query<{ actor_label: string }>(`select actor_label from audit_events where action = 'user.create'`);
    expect(audit!.actor_label).toBe('command line');
  });

  it('refuses a taken e-mail, a weak password and an unknown office', async () => {
    await expect(createAdmin(t.database, { email: 'kepala.it@bp3mi.go.id', name: 'Lagi' })).rejects.toThrow(/already exists/);
    await expect(createAdmin(t.database, { email: 'lain@bp3mi.go.id', name: 'Lain', password: 'palembang123' })).rejects.toThrow(/password: too common/);
    await expect(createAdmin(t.database, { email: 'lain@bp3mi.go.id', name: 'Lain', officeCode: 'TIDAK-ADA' })).rejects.toThrow(/No office with code/);
    await expect(createAdmin(t.database, { email: 'bukan-email', name: 'Lain' })).rejects.toThrow(/email/);
  });
});
