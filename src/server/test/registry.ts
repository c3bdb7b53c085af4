import { expect } from 'vitest';
import { makeNik } from '../../domain/nik.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.js';
import type { Clock } from '../lib/clock.js';
import { FIXTURE_PASSWORD, seedOtherOffice } from './fixtures.js';
import { createTestApp, signIn, type TestApp } from './harness.js';

export type Headers = Record<string, string>;
export const MISSING = '00000000-0000-4000-8000-000000000000';

/**
 * What the registry's sub-resource tests share: the demo office and another office, a staff member of
 * each, humas (no registry grants), and one registered person per office.
 */
export async function registryTestContext(clock: Clock) {
  const t: TestApp = await createTestApp({ clock });
  await seedDemo(t.database);
  const other = await seedOtherOffice(t.database);
  const call = (who: Headers | undefined, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ?? {}, ...(payload ? { payload } : {}) });
  const register = async (who: Headers, serial: number) => {
    const nik = makeNik({ districtCode: '16.74.01', birthDate: '1998-03-07', sex: 'female', serial });
    const res = await call(who, 'POST', '/api/persons', { nik, fullName: 'Siti Aminah', sex: 'female', birthDate: '1998-03-07' });
    expect(res.statusCode).toBe(201);
    return { id: res.json().person.id as string, nik };
  };
  const staff = (await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD)).headers;
  const humas = (await signIn(t.app, 'humas@balai.test', DEMO_PASSWORD)).headers;
  const otherStaff = (await signIn(t.app, other.emails.staff!, FIXTURE_PASSWORD)).headers;
  const person = await register(staff, 1);
  const otherPerson = await register(otherStaff, 2);
  return { t, call, staff, humas, otherStaff, personId: person.id, personNik: person.nik, otherPersonId: otherPerson.id };
}
