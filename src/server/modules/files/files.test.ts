import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNik } from '../../../domain/nik.js';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { manualClock } from '../../lib/clock.js';
import { FIXTURE_PASSWORD, seedOtherOffice } from '../../test/fixtures.js';
import { createTestApp, signIn, type TestApp } from '../../test/harness.js';
import { multipart, tinyPdf, tinyPng } from '../../test/uploads.js';

const clock = manualClock();
let t: TestApp;
type Headers = Record<string, string>;
let staff: Headers;
let humas: Headers;
let otherStaff: Headers;
let personId: string;
let otherPersonId: string;
const MISSING = '00000000-0000-4000-8000-000000000000';

const call = (who: Headers | undefined, method: 'GET' | 'PUT' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who ?? {}, ...(payload ? { payload } : {}) });
const upload = (who: Headers | undefined, url: string, body: ReturnType<typeof multipart>) =>
  t.app.inject({ method: 'PUT', url, payload: body.payload, headers: { ...(who ?? {}), ...body.headers } });
const storedCount = async () => (await t.database.query<{ n: number }>('select count(*)::int as n from stored_files'))[0]!.n;
const filesOnDisk = () => {
  const dir = path.join(t.config.DATA_DIR, 'files');
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort() : [];
};
/** A JPEG header (SOI + JFIF APP0) followed by filler: enough for detection by content. */
const jpegOf = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), Buffer.alloc(size)]);

async function register(who: Headers, serial: number) {
  const res = await call(who, 'POST', '/api/persons', {
    nik: makeNik({ districtCode: '16.07.01', birthDate: '2000-01-15', sex: 'male', serial }),
    fullName: 'Budi Santoso',
    sex: 'male',
    birthDate: '2000-01-15',
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
  personId = await register(staff, 1);
  otherPersonId = await register(otherStaff, 2);
});
afterAll(() => t.close());

const photo = () => `/api/persons/${personId}/photo`;

describe('a person’s photo', () => {
  it('answers 401 without a session and 403 for a role without registry grants', async () => {
    expect((await upload(undefined, photo(), multipart(tinyPng(), 'foto.png'))).statusCode).toBe(401);
    expect((await upload(humas, photo(), multipart(tinyPng(), 'foto.png'))).statusCode).toBe(403);
    expect((await call(undefined, 'GET', photo())).statusCode).toBe(401);
    expect((await call(humas, 'GET', photo())).statusCode).toBe(403);
  });

  it('answers 400 for a malformed id, 404 for a missing person or one of another office, 404 when there is no photo', async () => {
    expect((await upload(staff, '/api/persons/bukan-id/photo', multipart(tinyPng(), 'foto.png'))).statusCode).toBe(400);
    expect((await call(staff, 'GET', '/api/persons/bukan-id/photo')).statusCode).toBe(400);
    expect((await upload(staff, `/api/persons/${MISSING}/photo`, multipart(tinyPng(), 'foto.png'))).statusCode).toBe(404);
    expect((await upload(staff, `/api/persons/${otherPersonId}/photo`, multipart(tinyPng(), 'foto.png'))).statusCode).toBe(404);
    expect((await call(staff, 'GET', `/api/persons/${otherPersonId}/photo`)).statusCode).toBe(404);
    expect((await call(staff, 'GET', photo())).statusCode).toBe(404);
    expect(await storedCount()).toBe(0);
  });

  it('stores an image, moves the person’s version on, and serves it with safe headers', async () => {
    const png = tinyPng([10, 120, 60]);
    const res = await upload(staff, `${photo()}?version=1`, multipart(png, 'IMG_0001.png', { type: 'image/png' }));
    expect(res.statusCode).toBe(204);
    const person = (await call(staff, 'GET', `/api/persons/${personId}`)).json();
    expect(person).toMatchObject({ hasPhoto: true, version: 2 });
    const image = await call(staff, 'GET', photo());
    expect(image.statusCode).toBe(200);
    expect(image.rawPayload.equals(png)).toBe(true);
    expect(image.headers).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': 'inline; filename="foto.png"',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      'x-frame-options': 'SAMEORIGIN',
    });
    const timeline = (await call(staff, 'GET', `/api/persons/${personId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'person.photo_updated' });
    const [audit] = await t.database.query<{ details: { personId: string } }>(`select details from audit_events where action = 'person.photo_update'`);
    expect(audit!.details.personId).toBe(personId);
    // The person's other writers see the new version: a stale edit is refused.
    expect((await call(staff, 'PATCH', `/api/persons/${personId}`, { version: 1, fullName: 'Budi S' })).statusCode).toBe(409);
  });

  it('answers 409 for a stale version and keeps nothing', async () => {
    const before = filesOnDisk();
    const res = await upload(staff, `${photo()}?version=1`, multipart(tinyPng(), 'foto.png'));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('version_conflict');
    expect(await storedCount()).toBe(1);
    expect(filesOnDisk()).toEqual(before);
  });

  it('refuses a PDF, and a JPEG named .png, naming the image types accepted', async () => {
    const before = filesOnDisk();
    for (const body of [multipart(tinyPdf(), 'foto.pdf'), multipart(jpegOf(100), 'foto.png', { type: 'image/png' })]) {
      const res = await upload(staff, photo(), body);
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({ code: 'unsupported_file_type' });
      expect(res.json().message).toContain('JPEG, PNG, WebP');
      expect(res.json().message).not.toContain('PDF');
    }
    expect(await storedCount()).toBe(1);
    expect(filesOnDisk()).toEqual(before);
  });

  it('refuses an image over 5 MB with 413, and accepts a JPEG without an extension', async () => {
    const before = filesOnDisk();
    const big = await upload(staff, photo(), multipart(jpegOf(5 * 1024 * 1024), 'foto.jpg'));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'file_too_large', message: 'Berkas terlalu besar. Ukuran maksimal 5 MB.' });
    expect(filesOnDisk()).toEqual(before);
    const ok = await upload(staff, photo(), multipart(jpegOf(2048), 'kamera'));
    expect(ok.statusCode).toBe(204);
    expect((await call(staff, 'GET', photo())).headers['content-type']).toBe('image/jpeg');
    // The previous photo stays stored (history); the person points at the new one.
    expect(await storedCount()).toBe(2);
    expect(filesOnDisk()).toHaveLength(2);
  });

  it('answers 400 for an empty file or a request without a file part, in English when asked', async () => {
    const empty = await upload(staff, photo(), multipart(Buffer.alloc(0), 'foto.png'));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('file_empty');
    const none = await t.app.inject({ method: 'PUT', url: `${photo()}?lang=en`, headers: staff, payload: {} });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'file_missing', message: 'No file. Send multipart/form-data with one part named "file".' });
    expect(filesOnDisk().some((f) => f.startsWith('tmp-'))).toBe(false);
  });
});
