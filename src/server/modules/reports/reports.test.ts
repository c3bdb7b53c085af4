import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNik } from '../../../domain/nik.js';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { FIXTURE_PASSWORD, seedOtherOffice } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/harness.js';

const clock = manualClock();
let t: TestApp;
let staff: Session;
let otherStaff: Session;

beforeAll(async () => {
  t = await createTestApp({ clock });
  await seedDemo(t.database);
  const other = await seedOtherOffice(t.database);
  staff = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
  otherStaff = await signIn(t.app, other.emails.staff!, FIXTURE_PASSWORD);
});
afterAll(() => t.close());

const register = (s: Session, fullName: string, sex: 'female' | 'male', serial: number, district = '16.74.01') =>
  t.app
    .inject({
      method: 'POST',
      url: '/api/persons',
      headers: s.headers,
      payload: { nik: makeNik({ districtCode: district, birthDate: '1996-04-04', sex, serial }), fullName, sex, birthDate: '1996-04-04' },
    })
    .then((r) => r.json().person);

describe('the dashboard overview', () => {
  it('counts the office’s registry by status, women, and passports expiring within six months', async () => {
    const woman = await register(staff, 'Nurul Hidayah', 'female', 1);
    const man = await register(staff, 'Bayu Saputra', 'male', 2);
    await register(otherStaff, 'Orang Kantor Lain', 'female', 3, '32.73.01');
    await t.app.inject({
      method: 'POST',
      url: `/api/persons/${man.id}/status`,
      headers: staff.headers,
      payload: { version: 1, status: 'pmi', effectiveOn: '2026-11-29' },
    });
    const passport = (number: string, expiresOn: string) => ({ typeCode: 'passport', number, issuedOn: '2021-05-01', expiresOn });
    await t.app.inject({ method: 'POST', url: `/api/persons/${woman.id}/documents`, headers: staff.headers, payload: passport('C1234567', '2027-02-01') });
    await t.app.inject({ method: 'POST', url: `/api/persons/${man.id}/documents`, headers: staff.headers, payload: passport('C7654321', '2029-02-01') });

    const res = await t.app.inject({ method: 'GET', url: '/api/reports/overview', headers: staff.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().registry).toEqual({ cpmi: 1, pmi: 1, purna: 0, women: 1, passportsExpiring: 1 });
  });
});
