import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNik } from '../../../domain/nik.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { FIXTURE_PASSWORD, seedOtherOffice } from '../../test/fixtures.js';
import { createTestApp, signIn, type TestApp } from '../../test/harness.js';
import { multipart, tinyPdf, tinyPng } from '../../test/uploads.js';
import { totpCode } from '../auth/totp.js';

const clock = manualClock(); // 2026-11-29 in WIB
let t: TestApp;
type Headers = Record<string, string>;
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
/** A token that may read the registry but not health data (a national dashboard, say). */
let reader: Headers;
/** A token that may also change the registry, still without health data. */
let clerk: Headers;
let personId: string;
let otherPersonId: string;
const MISSING = '00000000-0000-4000-8000-000000000000';

const call = (who: Headers | undefined, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who ?? {}, ...(payload ? { payload } : {}) });
const upload = (who: Headers | undefined, url: string, body: ReturnType<typeof multipart>) =>
  t.app.inject({ method: 'PUT', url, payload: body.payload, headers: { ...(who ?? {}), ...body.headers } });
const count = async (sql: string, params: unknown[] = []) => (await t.database.query<{ n: number }>(sql, params))[0]!.n;
/** Every file under DATA_DIR/files, temporary ones included. */
const filesOnDisk = () => {
  const dir = path.join(t.config.DATA_DIR, 'files');
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort() : [];
};

async function register(who: Headers, serial: number, fullName: string) {
  const res = await call(who, 'POST', '/api/persons', {
    nik: makeNik({ districtCode: '16.74.01', birthDate: '1998-03-07', sex: 'female', serial }),
    fullName,
    sex: 'female',
    birthDate: '1998-03-07',
  });
  expect(res.statusCode).toBe(201);
  return res.json().person.id as string;
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  await seedDemo(t.database);
  const other = await seedOtherOffice(t.database);
  staff = (await signIn(t.app, 'penempatan@balai.test', DEMO_PASSWORD)).headers;
  humas = (await signIn(t.app, 'humas@balai.test', DEMO_PASSWORD)).headers;
  otherStaff = (await signIn(t.app, other.emails.staff!, FIXTURE_PASSWORD)).headers;
  const admin = (await signIn(t.app, 'admin@balai.test', DEMO_PASSWORD, totpCode(DEMO_TOTP_SECRET, clock.now()))).headers;
  const token = async (scopes: string[]) =>
    `Bearer ${(await call(admin, 'POST', '/api/api-tokens', { name: `Uji ${scopes.join(' ')}`, scopes })).json().token}`;
  reader = { authorization: await token(['persons:read']) };
  clerk = { authorization: await token(['persons:read', 'persons:update']) };
  personId = await register(staff, 1, 'Siti Aminah');
  otherPersonId = await register(otherStaff, 2, 'Orang Jawa Barat');
});
afterAll(() => t.close());

const base = () => `/api/persons/${personId}/documents`;

describe('who may call the document routes', () => {
  it('answers 401 without a session and 403 for a role without registry grants, on every route', async () => {
    const doc = `${base()}/${MISSING}`;
    const routes: [Parameters<typeof call>[1], string, object?][] = [
      ['GET', base()],
      ['POST', base(), { typeCode: 'passport' }],
      ['PATCH', doc, { version: 1 }],
      ['DELETE', `${doc}?version=1`],
      ['POST', `${doc}/verify`, { version: 1 }],
      ['GET', `${doc}/file`],
    ];
    for (const [method, url, payload] of routes) {
      expect((await call(undefined, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
      expect((await call(humas, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await upload(undefined, `${doc}/file`, multipart(tinyPdf(), 'a.pdf'))).statusCode).toBe(401);
    expect((await upload(humas, `${doc}/file`, multipart(tinyPdf(), 'a.pdf'))).statusCode).toBe(403);
  });

  it('answers 404 for another office’s person and a missing person, 400 for a malformed id', async () => {
    expect((await call(staff, 'GET', `/api/persons/${otherPersonId}/documents`)).statusCode).toBe(404);
    expect((await call(staff, 'POST', `/api/persons/${otherPersonId}/documents`, { typeCode: 'passport' })).statusCode).toBe(404);
    expect((await call(staff, 'GET', `/api/persons/${MISSING}/documents`)).statusCode).toBe(404);
    const bad = await call(staff, 'GET', '/api/persons/bukan-id/documents');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields['params.id']).toBe('Kode rujukan tidak valid.');
  });
});

describe('recording documents', () => {
  let passport: { id: string; version: number };

  it('refuses an unknown type, an expiry before the issue date and an issue date in the future', async () => {
    const unknown = await call(staff, 'POST', base(), { typeCode: 'surat_sakti' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields.typeCode).toMatch(/Jenis dokumen tidak dikenal/);
    const dates = await call(staff, 'POST', base(), { typeCode: 'passport', issuedOn: '2025-01-10', expiresOn: '2024-01-10' });
    expect(dates.statusCode).toBe(400);
    expect(dates.json().fields.expiresOn).toMatch(/sebelum tanggal terbit/);
    const future = await call(staff, 'POST', base(), { typeCode: 'passport', issuedOn: '2026-12-01' });
    expect(future.json().fields.issuedOn).toMatch(/masa depan/);
    const long = await call(staff, 'POST', base(), { typeCode: 'passport', notes: 'x'.repeat(1001) });
    expect(long.json().fields.notes).toBe('Maksimal 1000 karakter.');
    expect(await count('select count(*)::int as n from person_documents')).toBe(0);
  });

  it('records a passport with its number masked, a timeline entry and an audit row without the number', async () => {
    const res = await call(staff, 'POST', base(), {
      typeCode: 'passport',
      number: 'C1234567',
      issuedOn: '2024-05-02',
      expiresOn: '2027-03-01',
      issuer: 'Kantor Imigrasi Palembang',
    });
    expect(res.statusCode).toBe(201);
    passport = res.json();
    expect(passport).toMatchObject({
      version: 1,
      personId,
      typeCode: 'passport',
      typeName: 'Paspor',
      placementRequired: true,
      number: null,
      numberMasked: '••••••67',
      issuer: 'Kantor Imigrasi Palembang',
      file: null,
      verified: null,
      warnings: ['passport_expiring'],
      restricted: false,
    });
    expect(res.body).not.toContain('C1234567');
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'document.added', data: { typeCode: 'passport' }, refId: passport.id });
    expect(JSON.stringify(timeline)).not.toContain('C1234567');
    const [audit] = await t.database.query<{ details: { personId: string } }>(
      `select details from audit_events where action = 'document.create' and resource_id = $1`,
      [passport.id],
    );
    expect(audit!.details.personId).toBe(personId);
    expect(JSON.stringify(audit!.details)).not.toContain('C1234567');
    const en = (await call(staff, 'GET', `${base()}?lang=en`)).json();
    expect(en.items[0]).toMatchObject({ typeName: 'Passport' });
  });

  it('warns of an old health certificate and shows a non-sensitive number in full', async () => {
    const health = await call(staff, 'POST', base(), {
      typeCode: 'health_certificate',
      number: 'SK-77/2026',
      issuedOn: '2026-07-01',
      issuer: 'RS Bhayangkara',
      notes: 'Sehat',
    });
    expect(health.json()).toMatchObject({
      warnings: ['expired', 'health_certificate_old'],
      number: null,
      numberMasked: '••••••••26',
      restricted: false,
      notes: 'Sehat',
    });
    const diploma = await call(staff, 'POST', base(), { typeCode: 'diploma', number: 'DN-11 Mk 0012345' });
    expect(diploma.json()).toMatchObject({ number: 'DN-11 Mk 0012345', warnings: [] });
    const list = (await call(staff, 'GET', base())).json();
    expect(list).toMatchObject({ total: 3, page: 1, pageSize: 100 });
    expect(list.items.map((d: { typeCode: string }) => d.typeCode)).toEqual(['health_certificate', 'passport', 'diploma']);
  });

  it('updates with the current version; a stale version answers 409 and changes nothing', async () => {
    const ok = await call(staff, 'PATCH', `${base()}/${passport.id}`, { version: 1, expiresOn: '2030-03-01' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, expiresOn: '2030-03-01', warnings: [] });
    const stale = await call(staff, 'PATCH', `${base()}/${passport.id}`, { version: 1, issuer: 'Lain' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const again = (await call(staff, 'GET', base())).json().items.find((d: { id: string }) => d.id === passport.id);
    expect(again).toMatchObject({ version: 2, issuer: 'Kantor Imigrasi Palembang' });
    expect((await call(staff, 'PATCH', `${base()}/${passport.id}`, { version: 2, expiresOn: '2020-01-01' })).json().fields.expiresOn).toMatch(/sebelum/);
    expect((await call(staff, 'PATCH', `${base()}/${passport.id}`, { version: 2, typeCode: 'nope' })).statusCode).toBe(400);
    expect((await call(staff, 'PATCH', `${base()}/${MISSING}`, { version: 1 })).statusCode).toBe(404);
    expect((await call(otherStaff, 'PATCH', `${base()}/${passport.id}`, { version: 2 })).statusCode).toBe(404);
    passport = ok.json();
  });

  it('verifies with who and when; a later change of the number withdraws the verification', async () => {
    expect((await call(staff, 'POST', `${base()}/${passport.id}/verify`, { version: 9 })).statusCode).toBe(409);
    expect((await call(staff, 'POST', `${base()}/${passport.id}/verify`, {})).statusCode).toBe(400);
    expect((await call(staff, 'POST', `${base()}/${MISSING}/verify`, { version: 1 })).statusCode).toBe(404);
    const res = await call(staff, 'POST', `${base()}/${passport.id}/verify`, { version: passport.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 3, verified: { at: clock.now().toISOString(), by: 'Staf Pelayanan Penempatan' } });
    const notes = await call(staff, 'PATCH', `${base()}/${passport.id}`, { version: 3, notes: 'Asli dilihat di loket' });
    expect(notes.json().verified).not.toBeNull();
    const number = await call(staff, 'PATCH', `${base()}/${passport.id}`, { version: 4, number: 'C7654321' });
    expect(number.json()).toMatchObject({ verified: null, numberMasked: '••••••21' });
    passport = number.json();
    const kinds = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json().items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['document.verified', 'document.updated']));
  });

  it('removes softly with the current version; a stale one answers 409 and keeps the document', async () => {
    const diploma = (await call(staff, 'GET', base())).json().items.find((d: { typeCode: string }) => d.typeCode === 'diploma');
    expect((await call(staff, 'DELETE', `${base()}/${diploma.id}?version=7`)).statusCode).toBe(409);
    expect((await call(staff, 'GET', base())).json().total).toBe(3);
    expect((await call(staff, 'DELETE', `${base()}/${diploma.id}`)).statusCode).toBe(400);
    expect((await call(otherStaff, 'DELETE', `${base()}/${diploma.id}?version=1`)).statusCode).toBe(404);
    const res = await call(staff, 'DELETE', `${base()}/${diploma.id}?version=1`);
    expect(res.statusCode).toBe(204);
    expect((await call(staff, 'GET', base())).json().total).toBe(2);
    expect(await count('select count(*)::int as n from person_documents where id = $1 and deleted_at is not null', [diploma.id])).toBe(1);
    expect((await call(staff, 'DELETE', `${base()}/${diploma.id}?version=2`)).statusCode).toBe(404);
    const [audit] = await t.database.query<{ details: { personId: string } }>(`select details from audit_events where action = 'document.delete'`);
    expect(audit!.details.personId).toBe(personId);
  });

  describe('scans', () => {
    it('stores a PDF checked by content, with its hash, and serves it back with safe headers', async () => {
      const pdf = tinyPdf();
      const res = await upload(staff, `${base()}/${passport.id}/file`, multipart(pdf, 'paspor siti 1674014703980001.pdf', { type: 'application/pdf' }));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        file: { mediaType: 'application/pdf', sizeBytes: pdf.length, uploadedAt: clock.now().toISOString() },
        version: passport.version + 1,
      });
      const [stored] = await t.database.query<{ id: string; sha256: string; size_bytes: number; original_name: string; office_id: string }>(
        'select * from stored_files',
      );
      expect(stored).toMatchObject({
        sha256: createHash('sha256').update(pdf).digest('hex'),
        size_bytes: pdf.length,
        original_name: 'paspor siti 1674014703980001.pdf',
      });
      expect(filesOnDisk()).toEqual([path.join(stored!.id.slice(0, 2), stored!.id)]);

      const file = await call(staff, 'GET', `${base()}/${passport.id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(pdf)).toBe(true);
      expect(file.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-disposition': 'inline; filename="passport.pdf"',
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
        'x-frame-options': 'SAMEORIGIN',
      });
      const [audit] = await t.database.query<{ actor_label: string; details: { personId: string; typeCode: string } }>(
        `select actor_label, details from audit_events where action = 'document.file_read' and resource_id = $1`,
        [passport.id],
      );
      expect(audit).toMatchObject({ actor_label: 'penempatan@balai.test', details: { personId, typeCode: 'passport' } });
      const kinds = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json().items.map((e: { kind: string }) => e.kind);
      expect(kinds[0]).toBe('document.file_uploaded');
      passport = res.json();
    });

    it('refuses content that is not allowed, or a name that lies about it, and keeps nothing', async () => {
      const before = filesOnDisk();
      const url = `${base()}/${passport.id}/file`;
      const cases = [
        multipart(tinyPng(), 'paspor.pdf', { type: 'application/pdf' }),
        multipart(Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), 'paspor.pdf', { type: 'application/pdf' }),
        multipart(Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(200)]), 'paspor.pdf'),
        multipart(Buffer.from('just text'), 'catatan.txt', { type: 'text/plain' }),
      ];
      for (const body of cases) {
        const res = await upload(staff, url, body);
        expect(res.statusCode).toBe(415);
        expect(res.json()).toMatchObject({ code: 'unsupported_file_type' });
        expect(res.json().message).toContain('PDF, JPEG, PNG, WebP');
      }
      expect(await count('select count(*)::int as n from stored_files')).toBe(1);
      expect(filesOnDisk()).toEqual(before);
    });

    it('refuses a file over the limit with 413 and keeps nothing', async () => {
      const before = filesOnDisk();
      const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024)]);
      const res = await upload(staff, `${base()}/${passport.id}/file`, multipart(big, 'besar.pdf'));
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ code: 'file_too_large', message: 'Berkas terlalu besar. Ukuran maksimal 10 MB.' });
      expect(await count('select count(*)::int as n from stored_files')).toBe(1);
      expect(filesOnDisk()).toEqual(before);
    });

    it('answers 400 without a part named file, 404 for a missing document, 409 for a stale version', async () => {
      const url = `${base()}/${passport.id}/file`;
      const wrong = await upload(staff, url, multipart(tinyPdf(), 'a.pdf', { field: 'dokumen' }));
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ code: 'file_missing', fields: { file: 'Pilih berkas yang akan diunggah.' } });
      expect((await call(staff, 'PUT', url, { file: 'x' })).statusCode).toBe(400);
      expect((await upload(staff, `${base()}/${MISSING}/file`, multipart(tinyPdf(), 'a.pdf'))).statusCode).toBe(404);
      expect((await upload(otherStaff, url, multipart(tinyPdf(), 'a.pdf'))).statusCode).toBe(404);
      const stale = await upload(staff, `${url}?version=1`, multipart(tinyPdf(), 'a.pdf'));
      expect(stale.statusCode).toBe(409);
      expect(await count('select count(*)::int as n from stored_files')).toBe(1);
      expect((await call(staff, 'GET', `${base()}/${MISSING}/file`)).statusCode).toBe(404);
      expect((await call(otherStaff, 'GET', url)).statusCode).toBe(404);
    });

    it('replaces a scan keeping the old one stored, and withdraws the verification', async () => {
      await call(staff, 'POST', `${base()}/${passport.id}/verify`, { version: passport.version });
      const png = tinyPng();
      const res = await upload(staff, `${base()}/${passport.id}/file?version=${passport.version + 1}`, multipart(png, 'paspor.PNG'));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ file: { mediaType: 'image/png', sizeBytes: png.length }, verified: null });
      expect(await count('select count(*)::int as n from stored_files')).toBe(2);
      expect(filesOnDisk()).toHaveLength(2);
      const file = await call(staff, 'GET', `${base()}/${passport.id}/file`);
      expect(file.headers['content-type']).toBe('image/png');
      expect(file.headers['content-disposition']).toBe('inline; filename="passport.png"');
      const [audit] = await t.database.query<{ details: { previousFileId: string | null } }>(
        `select details from audit_events where action = 'document.file_upload' order by at desc, id desc limit 1`,
      );
      expect(audit!.details.previousFileId).toEqual(expect.any(String));
    });

    it('does not audit reading the scan of a non-sensitive document', async () => {
      const visa = (await call(staff, 'POST', base(), { typeCode: 'work_visa' })).json();
      expect((await call(staff, 'GET', `${base()}/${visa.id}/file`)).statusCode).toBe(404);
      await upload(staff, `${base()}/${visa.id}/file`, multipart(tinyPdf(), 'visa.pdf'));
      expect((await call(staff, 'GET', `${base()}/${visa.id}/file`)).statusCode).toBe(200);
      expect(await count(`select count(*)::int as n from audit_events where action = 'document.file_read' and resource_id = $1`, [visa.id])).toBe(0);
    });
  });
});

describe('health documents', () => {
  let health: { id: string; version: number };
  beforeAll(async () => {
    health = (await call(staff, 'GET', base())).json().items.find((d: { typeCode: string }) => d.typeCode === 'health_certificate');
    const res = await upload(staff, `${base()}/${health.id}/file`, multipart(tinyPdf(), 'mcu.pdf'));
    expect(res.statusCode).toBe(200);
    health = res.json();
  });

  it('are listed as restricted, without number, issuer, notes or file, for a caller without person-health:read', async () => {
    const list = await call(reader, 'GET', base());
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((d: { id: string }) => d.id === health.id);
    expect(item).toMatchObject({
      restricted: true,
      number: null,
      numberMasked: null,
      issuer: null,
      notes: null,
      file: null,
      warnings: ['expired', 'health_certificate_old'],
    });
    expect(list.body).not.toContain('RS Bhayangkara');
    expect((await call(reader, 'GET', `${base()}/${health.id}/file`)).statusCode).toBe(404);
    const passport = list.json().items.find((d: { typeCode: string }) => d.typeCode === 'passport');
    expect(passport).toMatchObject({ restricted: false, file: { mediaType: 'image/png' } });
  });

  it('cannot be written by a caller without person-health:read', async () => {
    const res = await call(clerk, 'PATCH', `${base()}/${health.id}`, { version: health.version, notes: 'x' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('health_restricted');
    expect((await call(clerk, 'POST', base(), { typeCode: 'health_certificate' })).statusCode).toBe(403);
    expect((await upload(clerk, `${base()}/${health.id}/file`, multipart(tinyPdf(), 'a.pdf'))).statusCode).toBe(403);
    expect((await call(clerk, 'POST', base(), { typeCode: 'work_contract' })).statusCode).toBe(201);
  });

  it('are served in full, and the read audited, for a caller who may read health data', async () => {
    const file = await call(staff, 'GET', `${base()}/${health.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(await count(`select count(*)::int as n from audit_events where action = 'document.file_read' and resource_id = $1`, [health.id])).toBe(1);
    const [audit] = await t.database.query<{ details: string }>(
      `select details::text from audit_events where action = 'document.create' and resource_id = $1`,
      [health.id],
    );
    expect(audit!.details).not.toContain('Sehat');
    expect(audit!.details).not.toContain('SK-77/2026');
  });
});
