import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNik } from '../../../domain/nik.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { FIXTURE_PASSWORD, seedOtherOffice } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/harness.js';
import { totpCode } from '../auth/totp.js';

const clock = manualClock();
let t: TestApp;
let staff: Session;
let kepala: Session;
let humas: Session;
let otherStaff: Session;

beforeAll(async () => {
  t = await createTestApp({ clock });
  await seedDemo(t.database);
  const other = await seedOtherOffice(t.database);
  staff = await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD);
  kepala = await signIn(t.app, 'kepala@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()));
  humas = await signIn(t.app, 'humas@balai.test', DEMO_PASSWORD);
  otherStaff = await signIn(t.app, other.emails.staff!, FIXTURE_PASSWORD);
});
afterAll(() => t.close());

const as = (s: Session | undefined, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s?.headers ?? {}, ...(payload ? { payload } : {}) });

/** A valid registration; NIK built from its parts (Prabumulih, district 16.74.01). */
function candidate(over: Record<string, unknown> = {}, serial = 1) {
  return {
    nik: makeNik({ districtCode: '16.74.01', birthDate: '1998-03-07', sex: 'female', serial }),
    fullName: 'Siti Aminah',
    sex: 'female',
    birthPlace: 'Prabumulih',
    birthDate: '1998-03-07',
    addressLine: 'Jl. Jenderal Sudirman No. 12',
    addressRegionCode: '16.74.01',
    phone: '0812-7300-1111',
    destinationCountryCode: 'JP',
    ...over,
  };
}

describe('registering a person', () => {
  it('answers 401 without a session and 403 for a role without registry grants', async () => {
    expect((await as(undefined, 'POST', '/api/persons', candidate())).statusCode).toBe(401);
    const res = await as(humas, 'POST', '/api/persons', candidate());
    expect(res.statusCode).toBe(403);
    expect((await as(humas, 'GET', '/api/persons')).statusCode).toBe(403);
  });

  it('refuses a malformed NIK with a precise message, and writes nothing', async () => {
    const res = await as(staff, 'POST', '/api/persons', candidate({ nik: '16740147039' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.nik).toBe('NIK harus 16 digit; yang diketik 11 digit.');
    const bad = await as(staff, 'POST', '/api/persons', candidate({ nik: '1674013102980001' }));
    expect(bad.json().fields.nik).toMatch(/tidak ada di kalender/);
    const [{ n }] = (await t.database.query<{ n: number }>('select count(*)::int as n from persons')) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('registers a CPMI with the NIK masked in the answer, the region read from the NIK, and a timeline entry', async () => {
    const res = await as(staff, 'POST', '/api/persons', candidate());
    expect(res.statusCode).toBe(201);
    const { person, likelyDuplicates } = res.json();
    expect(person).toMatchObject({
      fullName: 'Siti Aminah',
      nikMasked: '1674••••••••••••',
      status: 'cpmi',
      originRegency: { code: '16.74', name: 'Kota Prabumulih' },
      nikRegion: { regency: { code: '16.74', name: 'Kota Prabumulih' } },
      nikWarnings: [],
      phone: '6281273001111',
      destinationCountry: { code: 'JP' },
      version: 1,
    });
    expect(likelyDuplicates).toEqual([]);
    expect(res.body).not.toContain(candidate().nik);
    const timeline = (await as(staff, 'GET', `/api/persons/${person.id}/timeline`)).json();
    expect(timeline.items.map((e: { kind: string }) => e.kind)).toEqual(['person.registered']);
    const [audit] = await t.database.query<{ details: string }>(`select details::text from audit_events where action = 'person.create' and resource_id = $1`, [
      person.id,
    ]);
    expect(audit!.details).toContain('1674••••••••••••');
    expect(audit!.details).not.toContain(candidate().nik);
  });

  it('warns, without refusing, when the NIK disagrees with the birth date and sex', async () => {
    const res = await as(
      staff,
      'POST',
      '/api/persons',
      candidate({ birthDate: '1998-03-08', sex: 'male', fullName: 'Ahmad Fauzi', phone: '0813 1111 2222' }, 2),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().person.nikWarnings.map((w: { code: string }) => w.code)).toEqual(['birth_date_mismatch', 'sex_mismatch']);
  });

  it('takes the regency of origin from the NIK when no address is given, and from the address when it is', async () => {
    const res = await as(
      staff,
      'POST',
      '/api/persons',
      candidate({
        fullName: 'Yuliana Safitri',
        addressRegionCode: null,
        addressLine: null,
        phone: null,
        nik: makeNik({ districtCode: '16.07.01', birthDate: '1998-03-07', sex: 'female', serial: 31 }),
      }),
    );
    expect(res.json().person.originRegency).toEqual({ code: '16.07', name: 'Kabupaten Banyuasin' });
    const moved = await as(staff, 'PATCH', `/api/persons/${res.json().person.id}`, { version: 1, addressRegionCode: '16.71' });
    expect(moved.json().originRegency).toEqual({ code: '16.71', name: 'Kota Palembang' });
    const timeline = (await as(staff, 'GET', `/api/persons/${res.json().person.id}/timeline`)).json();
    expect(timeline.items[0].data).toEqual({ fields: 'addressRegionCode' });
  });

  it('answers 409 for a NIK already registered, naming the record for its own office only', async () => {
    const res = await as(staff, 'POST', '/api/persons', candidate({ fullName: 'Siti Aminah Binti Usman' }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'nik_taken', fields: { nik: 'NIK sudah terdaftar.' } });
    expect(res.json().message).toContain('Siti Aminah');
    const elsewhere = await as(otherStaff, 'POST', '/api/persons', candidate({ fullName: 'Orang Lain' }));
    expect(elsewhere.statusCode).toBe(409);
    // Neither who holds it nor that it is another office.
    expect(elsewhere.json()).toMatchObject({
      code: 'nik_taken',
      message: 'NIK ini tidak dapat didaftarkan. Hubungi administrator.',
      fields: { nik: 'NIK ini tidak dapat didaftarkan.' },
    });
    expect(elsewhere.body).not.toMatch(/Siti|kantor|terdaftar/);
    // Both refusals are audited under who tried, with the NIK masked.
    const refused = await t.database.query<{ actor_label: string; details: string }>(
      `select actor_label, details::text from audit_events where action = 'person.create' and outcome = 'failure' order by id`,
    );
    expect(refused.map((r) => r.actor_label)).toEqual(['penempatan@balai.test', 'staff@bp3mi-jabar.test']);
    for (const r of refused) {
      expect(r.details).toContain('1674••••••••••••');
      expect(r.details).not.toContain(candidate().nik);
    }
  });

  it('checks a NIK as it is typed: region, sex, date, and whether it is taken', async () => {
    const res = await as(staff, 'POST', '/api/persons/nik-check', { nik: '1607 0141 0190 0007' });
    expect(res.json()).toMatchObject({
      valid: true,
      sex: 'female',
      birthDate: '1990-01-01',
      region: { regency: { code: '16.07', name: 'Kabupaten Banyuasin' } },
      existing: null,
    });
    const taken = (await as(staff, 'POST', '/api/persons/nik-check', { nik: candidate().nik })).json();
    expect(taken.existing).toMatchObject({ fullName: 'Siti Aminah', otherOffice: false });
    // Another office's caller learns nothing: the answer is the one of a free NIK.
    const foreign = await as(otherStaff, 'POST', '/api/persons/nik-check', { nik: candidate().nik });
    const free = await as(otherStaff, 'POST', '/api/persons/nik-check', { nik: candidate({}, 77).nik });
    expect(foreign.json().existing).toBeNull();
    const { nik: _n, ...foreignRest } = foreign.json();
    const { nik: _f, ...freeRest } = free.json();
    expect(foreignRest).toEqual(freeRest);
    const bad = (await as(staff, 'POST', '/api/persons/nik-check', { nik: '1674010101900000' })).json();
    expect(bad).toMatchObject({ valid: false, error: { code: 'serial' } });
  });

  it('audits every NIK check with the NIK masked and what was matched', async () => {
    const before = (await t.database.query<{ n: number }>(`select count(*)::int as n from audit_events where action = 'person.nik_check'`))[0]!.n;
    await as(staff, 'POST', '/api/persons/nik-check', { nik: candidate().nik });
    await as(otherStaff, 'POST', '/api/persons/nik-check', { nik: candidate().nik });
    const rows = await t.database.query<{ actor_label: string; resource_id: string | null; details: Record<string, unknown> }>(
      `select actor_label, resource_id, details from audit_events where action = 'person.nik_check' order by id offset $1`,
      [before],
    );
    expect(rows).toEqual([
      {
        actor_label: 'penempatan@balai.test',
        resource_id: expect.any(String),
        details: { nik: '1674••••••••••••', valid: true, matched: true, registered: true },
      },
      { actor_label: 'staff@bp3mi-jabar.test', resource_id: null, details: { nik: '1674••••••••••••', valid: true, matched: false, registered: true } },
    ]);
    const all = await t.database.query<{ d: string }>(`select coalesce(details::text, '') as d from audit_events`);
    expect(all.map((r) => r.d).join('\n')).not.toContain(candidate().nik);
  });

  it('limits NIK checks per caller, whatever the address', async () => {
    const limited = await createTestApp({ database: t.database, clock, env: { NIK_CHECK_PER_MINUTE: '3' } });
    try {
      const me = await signIn(limited.app, 'pelindungan@balai.test', DEMO_PASSWORD);
      const check = (s: Session, ip: string) =>
        limited.app.inject({ method: 'POST', url: '/api/persons/nik-check', headers: s.headers, payload: { nik: candidate().nik }, remoteAddress: ip });
      for (let i = 0; i < 3; i++) expect((await check(me, `10.7.0.${i + 1}`)).statusCode).toBe(200);
      const refused = await check(me, '10.7.0.9');
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'rate_limited' });
      // Someone else is counted on their own.
      const third = await seedOtherOffice(t.database, 'BP3MI-JATIM');
      const other = await signIn(limited.app, third.emails.staff!, FIXTURE_PASSWORD);
      expect((await check(other, '10.7.0.9')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('finding people', () => {
  it('finds by a misspelt name in another word order, by phone and by NIK, with masked identifiers', async () => {
    const byName = (await as(staff, 'GET', `/api/persons?q=${encodeURIComponent('aminha siti')}`)).json();
    expect(byName.items[0]).toMatchObject({ fullName: 'Siti Aminah', nikMasked: '1674••••••••••••' });
    expect(byName.items[0].score).toBeGreaterThan(0.5);
    const byPhone = (await as(staff, 'POST', '/api/persons/search', { q: '+62 812 7300 1111' })).json();
    expect(byPhone.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Siti Aminah']);
    const byNik = (await as(staff, 'POST', '/api/persons/search', { q: candidate().nik })).json();
    expect(byNik.total).toBe(1);
    expect(JSON.stringify(byNik)).not.toContain(candidate().nik);
  });

  it('filters by status, sex, regency and age band, and keeps other offices out', async () => {
    const women = (await as(staff, 'GET', '/api/persons?sex=female&regency=16.74&ageBand=25-34')).json();
    expect(women.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Siti Aminah']);
    expect((await as(staff, 'GET', '/api/persons?status=pmi')).json().total).toBe(0);
    expect((await as(otherStaff, 'GET', '/api/persons')).json().total).toBe(0);
    const bad = await as(staff, 'GET', '/api/persons?regency=prabumulih');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields['querystring.regency']).toBeDefined();
  });
});

describe('the person record', () => {
  let id: string;
  beforeAll(async () => {
    const list = (await as(staff, 'GET', '/api/persons?q=siti')).json();
    id = list.items[0].id;
  });

  it('answers 404 for another office and for a missing record, and audits the read', async () => {
    expect((await as(otherStaff, 'GET', `/api/persons/${id}`)).statusCode).toBe(404);
    expect((await as(staff, 'GET', '/api/persons/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await as(staff, 'GET', '/api/persons/bukan-id')).statusCode).toBe(400);
    const res = await as(staff, 'GET', `/api/persons/${id}`);
    expect(res.json().abilities).toEqual({ update: true, reveal: true, merge: true, export: false, readHealth: true });
    const [row] = await t.database.query<{ n: number }>(`select count(*)::int as n from audit_events where action = 'person.read' and resource_id = $1`, [id]);
    expect(row!.n).toBeGreaterThan(0);
  });

  it('updates with the current version, and a stale version answers 409 and changes nothing', async () => {
    const ok = await as(staff, 'PATCH', `/api/persons/${id}`, { version: 1, whatsapp: '0812 7300 2222', education: 'smk' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, whatsapp: '6281273002222', education: 'smk' });
    const stale = await as(staff, 'PATCH', `/api/persons/${id}`, { version: 1, fullName: 'Nama Lama' });
    expect(stale.statusCode).toBe(409);
    expect((await as(staff, 'GET', `/api/persons/${id}`)).json()).toMatchObject({ fullName: 'Siti Aminah', version: 2 });
  });

  it('moves CPMI → PMI with a date, refuses skipping a step', async () => {
    const skip = await as(staff, 'POST', `/api/persons/${id}/status`, { version: 2, status: 'purna', effectiveOn: '2026-11-01' });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().fields.status).toMatch(/CPMI → PMI/);
    const res = await as(staff, 'POST', `/api/persons/${id}/status`, { version: 2, status: 'pmi', effectiveOn: '2026-11-29', note: 'Berangkat ke Jepang' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'pmi', statusSince: '2026-11-29', version: 3 });
    const early = await as(staff, 'POST', `/api/persons/${id}/status`, { version: 3, status: 'purna', effectiveOn: '2026-11-01' });
    expect(early.json().fields.effectiveOn).toMatch(/sebelum status/);
    expect(res.json().statusHistory[0]).toMatchObject({ fromStatus: 'cpmi', toStatus: 'pmi', changedBy: expect.any(String) });
  });

  it('reveals the NIK only with a reason, and the audit log keeps who and why', async () => {
    const noReason = await as(staff, 'POST', `/api/persons/${id}/reveal`, { field: 'nik', reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect((await as(otherStaff, 'POST', `/api/persons/${id}/reveal`, { field: 'nik', reason: 'Verifikasi berkas di loket' })).statusCode).toBe(404);
    const res = await as(staff, 'POST', `/api/persons/${id}/reveal`, { field: 'nik', reason: 'Verifikasi berkas di loket' });
    expect(res.json()).toEqual({ field: 'nik', value: candidate().nik });
    const [row] = await t.database.query<{ actor_label: string; details: { field: string; reason: string } }>(
      `select actor_label, details from audit_events where action = 'person.reveal' and resource_id = $1`,
      [id],
    );
    expect(row).toMatchObject({ actor_label: 'penempatan@balai.test', details: { field: 'nik', reason: 'Verifikasi berkas di loket' } });
  });

  it('exports everything held for a data-subject request (kepala), audited', async () => {
    expect((await as(staff, 'GET', `/api/persons/${id}/export`)).statusCode).toBe(403);
    const res = await as(kepala, 'GET', `/api/persons/${id}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`data-pribadi-${id}.json`);
    const data = res.json();
    expect(data.person.nik).toBe(candidate().nik);
    expect(data.statusHistory).toHaveLength(2);
    expect(data.processingHistory.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['person.create', 'person.reveal', 'person.read']));
  });
});

describe('duplicates', () => {
  it('lists a likely duplicate, merges it keeping both histories, and audits the merge', async () => {
    const a = (
      await as(
        staff,
        'POST',
        '/api/persons',
        candidate({
          fullName: 'Rina Marlina',
          birthDate: '1995-05-05',
          nik: makeNik({ districtCode: '16.07.01', birthDate: '1995-05-05', sex: 'female', serial: 11 }),
          addressRegionCode: '16.07',
          phone: null,
        }),
      )
    ).json();
    const b = await as(
      staff,
      'POST',
      '/api/persons',
      candidate({
        fullName: 'Marlina Rina',
        birthDate: '1995-05-05',
        nik: makeNik({ districtCode: '16.07.01', birthDate: '1995-05-05', sex: 'female', serial: 12 }),
        addressRegionCode: '16.07.02',
        phone: null,
      }),
    );
    expect(b.statusCode).toBe(201);
    expect(b.json().likelyDuplicates.map((p: { id: string }) => p.id)).toEqual([a.person.id]);
    const pairs = (await as(staff, 'GET', '/api/persons/duplicates')).json();
    expect(pairs.total).toBe(1);
    expect(pairs.items[0].reasons).toEqual(['name', 'birth_date', 'regency']);

    const survivor = a.person;
    const duplicate = b.json().person;
    const stale = await as(staff, 'POST', '/api/persons/merge', {
      survivorId: survivor.id,
      duplicateId: duplicate.id,
      survivorVersion: 9,
      duplicateVersion: 1,
      reason: 'NIK salah ketik',
    });
    expect(stale.statusCode).toBe(409);
    const merged = await as(staff, 'POST', '/api/persons/merge', {
      survivorId: survivor.id,
      duplicateId: duplicate.id,
      survivorVersion: 1,
      duplicateVersion: 1,
      reason: 'NIK salah ketik',
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().mergedFrom).toEqual([{ id: duplicate.id, fullName: 'Marlina Rina', nikMasked: '1607••••••••••••' }]);
    const timeline = (await as(staff, 'GET', `/api/persons/${survivor.id}/timeline?order=asc`)).json();
    expect(timeline.items.map((e: { kind: string }) => e.kind)).toEqual(['person.registered', 'person.registered', 'person.merged']);
    const folded = (await as(staff, 'GET', `/api/persons/${duplicate.id}`)).json();
    expect(folded).toMatchObject({ mergedIntoId: survivor.id, abilities: { update: false, merge: false } });
    expect((await as(staff, 'PATCH', `/api/persons/${duplicate.id}`, { version: 2, fullName: 'X Y' })).json().code).toBe('person_merged');
    expect((await as(staff, 'GET', '/api/persons/duplicates')).json().total).toBe(0);
    expect((await as(staff, 'GET', '/api/persons?q=marlina')).json().total).toBe(1);
    const [audit] = await t.database.query<{ details: { reason: string } }>(`select details from audit_events where action = 'person.merge'`);
    expect(audit!.details.reason).toBe('NIK salah ketik');
  });

  it('forgets a pair marked as different people', async () => {
    await as(
      staff,
      'POST',
      '/api/persons',
      candidate({
        fullName: 'Dewi Lestari',
        birthDate: '2000-02-02',
        nik: makeNik({ districtCode: '16.71.01', birthDate: '2000-02-02', sex: 'female', serial: 21 }),
        addressRegionCode: '16.71',
        phone: null,
      }),
    );
    const second = (
      await as(
        staff,
        'POST',
        '/api/persons',
        candidate({
          fullName: 'Dewi Lestary',
          birthDate: '2000-02-02',
          nik: makeNik({ districtCode: '16.71.01', birthDate: '2000-02-02', sex: 'female', serial: 22 }),
          addressRegionCode: '16.71',
          phone: null,
        }),
      )
    ).json();
    const [pair] = (await as(staff, 'GET', '/api/persons/duplicates')).json().items;
    expect(second.likelyDuplicates).toHaveLength(1);
    const res = await as(staff, 'POST', '/api/persons/duplicates/dismiss', { personA: pair.a.id, personB: pair.b.id });
    expect(res.statusCode).toBe(204);
    expect((await as(staff, 'GET', '/api/persons/duplicates')).json().total).toBe(0);
  });
});
