import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNik } from '../../../domain/nik.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/harness.js';
import { totpCode } from '../auth/totp.js';
import { transpositions } from './persons.repository.js';

/**
 * What staff met at the desk: a one-word typo and a name written with or without its space found nothing,
 * the dashboard's passports could not be listed, a CPMI under 18 went by without a word, and timelines
 * and the audit log named people by email or by a code.
 */
const clock = manualClock(); // 2026-11-29, 09:00 WIB
let t: TestApp;
let staff: Session;
let admin: Session;
let serial = 100;

beforeAll(async () => {
  t = await createTestApp({ clock });
  await seedDemo(t.database);
  staff = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
  admin = await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()));
});
afterAll(() => t.close());

const as = (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

async function register(fullName: string, over: { sex?: 'female' | 'male'; birthDate?: string; status?: 'cpmi' | 'pmi' | 'purna' } = {}) {
  const sex = over.sex ?? 'female';
  const birthDate = over.birthDate ?? '1995-06-15';
  const res = await as(staff, 'POST', '/api/persons', {
    nik: makeNik({ districtCode: '16.71.01', birthDate, sex, serial: serial++ }),
    fullName,
    sex,
    birthDate,
    ...(over.status ? { status: over.status } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().person as { id: string; version: number; fullName: string; warnings: { code: string; message: string }[] };
}

const names = (body: { items: { fullName: string }[] }) => body.items.map((p) => p.fullName);

describe('finding a person by name', () => {
  beforeAll(async () => {
    // Each on a different birth date: no likely-duplicate pairs for the other tests.
    const people: [string, 'female' | 'male', string][] = [
      ['Wahyu Hidayat', 'male', '1990-01-11'],
      ['Wahid Santoso', 'male', '1990-01-12'],
      ['Nurhasanah', 'female', '1991-02-13'],
      ['Siti Nur Hasanah', 'female', '1992-03-14'],
      ['Hasanah Ayu Permata', 'female', '1993-04-15'],
      ['Hasanah Ramadhani', 'female', '1994-05-16'],
      ['Hasanah Saputri', 'female', '1995-06-17'],
    ];
    for (const [name, sex, birthDate] of people) await register(name, { sex, birthDate });
  });

  it('forgives two swapped letters in a single short word ("wahuy" for Wahyu)', async () => {
    const found = (await as(staff, 'GET', '/api/persons?q=wahuy')).json();
    expect(names(found)[0]).toBe('Wahyu Hidayat');
    // With a filter the list goes another way (a join), with the same answer.
    const filtered = (await as(staff, 'POST', '/api/persons/search', { q: 'Wahuy', sex: 'male' })).json();
    expect(names(filtered)[0]).toBe('Wahyu Hidayat');
    expect(transpositions('wahuy')).toContain('wahyu');
  });

  it('forgives one wrong letter in the middle of a short single word ("wahiu")', async () => {
    // Found, though not first: by its letters "wahiu" is as close to Wahid.
    const found = names((await as(staff, 'GET', '/api/persons?q=wahiu')).json());
    expect(found).toEqual(expect.arrayContaining(['Wahyu Hidayat', 'Wahid Santoso']));
  });

  it('finds Nurhasanah as "Nur Hasanah" and Siti Nur Hasanah as "nurhasanah", before the other Hasanahs', async () => {
    const spaced = names((await as(staff, 'GET', `/api/persons?q=${encodeURIComponent('Nur Hasanah')}`)).json());
    expect(spaced.slice(0, 2).sort()).toEqual(['Nurhasanah', 'Siti Nur Hasanah']);
    const joined = names((await as(staff, 'GET', '/api/persons?q=nurhasanah')).json());
    expect(joined.slice(0, 2)).toEqual(['Nurhasanah', 'Siti Nur Hasanah']);
    const filtered = names((await as(staff, 'POST', '/api/persons/search', { q: 'nur hasanah', status: 'cpmi' })).json());
    expect(filtered.slice(0, 2).sort()).toEqual(['Nurhasanah', 'Siti Nur Hasanah']);
  });

  it('still finds exact words first and leaves short words strict', async () => {
    const wahyu = names((await as(staff, 'GET', '/api/persons?q=wahyu')).json());
    expect(wahyu[0]).toBe('Wahyu Hidayat');
    expect(transpositions('nur')).toEqual([]);
    expect(transpositions('wahyu hidayat')).toEqual([]);
  });
});

describe('passports that run out within six months', () => {
  it('lists only persons whose passport expires within six months, as the dashboard counts them', async () => {
    const soon = await register('Rina Passport Segera', { birthDate: '1996-07-01' });
    const later = await register('Dewi Passport Lama', { birthDate: '1996-07-02' });
    const gone = await register('Ayu Passport Habis', { birthDate: '1996-07-03' });
    const passport = (number: string, expiresOn: string) => ({ typeCode: 'passport', number, issuedOn: '2021-05-01', expiresOn });
    expect((await as(staff, 'POST', `/api/persons/${soon.id}/documents`, passport('C1234567', '2027-05-28'))).statusCode).toBe(201);
    expect((await as(staff, 'POST', `/api/persons/${later.id}/documents`, passport('C7654321', '2027-05-29'))).statusCode).toBe(201);
    expect((await as(staff, 'POST', `/api/persons/${gone.id}/documents`, passport('C1111111', '2026-11-28'))).statusCode).toBe(201);

    const listed = (await as(staff, 'GET', '/api/persons?passportExpiring=6m')).json();
    expect(names(listed)).toEqual(['Rina Passport Segera']);
    expect(listed.total).toBe(1);
    const searched = (await as(staff, 'POST', '/api/persons/search', { passportExpiring: '6m', q: 'rina' })).json();
    expect(names(searched)).toEqual(['Rina Passport Segera']);
    const overview = (await as(staff, 'GET', '/api/reports/overview')).json();
    expect(overview.registry.passportsExpiring).toBe(listed.total);
    const bad = await as(staff, 'GET', '/api/persons?passportExpiring=soon');
    expect(bad.statusCode).toBe(400);
  });
});

describe('a CPMI under 18 (UU 18/2017 Pasal 5)', () => {
  it('registers her with a warning, not a refusal, saying from when she may depart', async () => {
    // 29 November 2026 (WIB): born 30 November 2008, she is 17 until tomorrow.
    const young = await register('Putri Muda Belia', { birthDate: '2008-11-30' });
    expect(young.warnings).toEqual([
      {
        code: 'cpmi_under_age',
        message:
          'Usia CPMI ini baru 17 tahun. UU 18/2017 Pasal 5 mensyaratkan CPMI berusia minimal 18 tahun: boleh didaftarkan, tetapi baru dapat diberangkatkan mulai 30 November 2026.',
      },
    ]);
    const page = (await as(staff, 'GET', `/api/persons/${young.id}?lang=en`)).json();
    expect(page.warnings[0].message).toBe(
      'This CPMI is only 17. UU 18/2017 Article 5 requires a CPMI to be at least 18: they may register but can depart only from 30 November 2026.',
    );

    const adult = await register('Putri Cukup Umur', { birthDate: '2008-11-29' });
    expect(adult.warnings).toEqual([]);
    // A returnee's birth date is no CPMI matter.
    const purna = await register('Bayu Purna Muda', { birthDate: '2009-01-01', sex: 'male', status: 'purna' });
    expect(purna.warnings).toEqual([]);
  });

  it('warns when an update makes a CPMI younger than 18, and stops on the birthday in Jakarta time', async () => {
    const person = await register('Citra Ubah Lahir', { birthDate: '2000-01-20' });
    const changed = await as(staff, 'PATCH', `/api/persons/${person.id}`, { version: person.version, birthDate: '2008-11-30' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().warnings.map((w: { code: string }) => w.code)).toEqual(['cpmi_under_age']);
    // 23:50 WIB on the 29th she is 17; twenty minutes later it is the 30th in Jakarta (still the 29th in
    // UTC) and she is 18. A session of its own: the clock's jump would end the others' for being idle.
    clock.set(new Date('2026-11-29T16:50:00Z'));
    try {
      const late = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
      expect((await as(late, 'GET', `/api/persons/${person.id}`)).json().warnings.map((w: { code: string }) => w.code)).toEqual(['cpmi_under_age']);
      clock.advance(20 * 60_000);
      expect((await as(late, 'GET', `/api/persons/${person.id}`)).json().warnings).toEqual([]);
    } finally {
      clock.set(new Date('2026-11-29T02:05:00Z'));
    }
  });
});

describe('people named by their names', () => {
  it('gives timeline events the name of the user who acted, not only the email', async () => {
    const person = await register('Lestari Riwayat Nama', { birthDate: '1997-08-08' });
    const timeline = (await as(staff, 'GET', `/api/persons/${person.id}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'person.registered', actorLabel: 'penempatan@balai.test', actorName: expect.any(String) });
    expect(timeline.items[0].actorName).not.toContain('@');
  });

  it('labels a person in the audit log by name, never by NIK', async () => {
    const person = await register('Yulia Audit Nama', { birthDate: '1997-09-09' });
    await as(staff, 'GET', `/api/persons/${person.id}`);
    const res = await t.app.inject({ method: 'GET', url: `/api/audit-events?resourceType=person&resourceId=${person.id}`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { action: string; resourceLabel: string | null }[];
    expect(items.map((e) => e.action)).toEqual(expect.arrayContaining(['person.create', 'person.read']));
    expect(items.every((e) => e.resourceLabel === 'Yulia Audit Nama')).toBe(true);
    const users = (await t.app.inject({ method: 'GET', url: '/api/audit-events?resourceType=user&pageSize=5', headers: admin.headers })).json().items as {
      resourceLabel: string | null;
    }[];
    for (const e of users) expect(e.resourceLabel).not.toMatch(/^\d{16}$/);
  });
});
