import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from './app.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from './demo/seed.js';
import { apiTokens, users } from './db/schema/index.js';
import { manualClock } from './lib/clock.js';
import { hashPassword } from './lib/secrets.js';
import { totpCode } from './modules/auth/totp.js';
import { FIXTURE_PASSWORD, seedOtherOffice } from './test/fixtures.js';
import { multipart, tinyPdf, tinyPng } from './test/uploads.js';
import { createTestApp, signIn, testConfig, type Session, type TestApp } from './test/harness.js';
import { ensureSchemes } from './modules/job-orders/job-orders.fixtures.js';

/**
 * Every API route × every role × (own office, other office, missing record). The expectations are
 * written out here by hand, independently of the grants table, so a change of policy shows up as a
 * failing cell.
 */
type Who = 'anonymous' | 'administrator' | 'kepala' | 'staff' | 'humas' | 'national_viewer' | 'partner_pemda' | 'partner_mentor' | 'token';
const everyone: Who[] = ['administrator', 'kepala', 'staff', 'humas', 'national_viewer', 'partner_pemda', 'partner_mentor', 'token'];
const people = everyone.filter((w) => w !== 'token');
const PUBLIC = 'public' as const;

const expected: Record<string, Who[] | typeof PUBLIC> = {
  'GET /api/health': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /api/regions': PUBLIC,
  'GET /api/regions/:code': PUBLIC,
  'GET /api/countries': PUBLIC,
  'GET /api/ssw-fields': PUBLIC,
  'GET /api/document-types': PUBLIC,
  'GET /api/complaint-categories': PUBLIC,
  'GET /api/reference-datasets': PUBLIC,
  'POST /api/auth/sign-in': PUBLIC,
  'GET /api/auth/me': everyone,
  'PATCH /api/auth/me': people,
  'POST /api/auth/sign-out': people,
  'POST /api/auth/sign-out-everywhere': people,
  'POST /api/auth/password': people,
  'POST /api/auth/totp/setup': people,
  'POST /api/auth/totp/confirm': people,
  'GET /api/auth/sessions': people,
  'DELETE /api/auth/sessions/:id': people,
  'GET /api/offices': everyone,
  'GET /api/offices/:id': everyone,
  'GET /api/offices/:id/divisions': everyone,
  'GET /api/partners': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'GET /api/reports/overview': ['administrator', 'kepala', 'staff', 'humas', 'national_viewer'],
  'GET /api/users': ['administrator', 'kepala', 'national_viewer'],
  'GET /api/users/:id': ['administrator', 'kepala', 'national_viewer'],
  'POST /api/users': ['administrator'],
  'PATCH /api/users/:id': ['administrator'],
  'GET /api/api-tokens': ['administrator'],
  'POST /api/api-tokens': ['administrator'],
  'DELETE /api/api-tokens/:id': ['administrator'],
  'GET /api/audit-events': ['administrator', 'kepala'],
  'GET /api/audit-events/export': ['administrator', 'kepala'],
  'GET /api/persons': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/persons/search': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/persons/nik-check': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/persons': ['administrator', 'staff'],
  'GET /api/persons/duplicates': ['administrator', 'staff'],
  'POST /api/persons/duplicates/dismiss': ['administrator', 'staff'],
  'POST /api/persons/merge': ['administrator', 'staff'],
  'GET /api/persons/:id': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'PATCH /api/persons/:id': ['administrator', 'staff'],
  'POST /api/persons/:id/status': ['administrator', 'staff'],
  'POST /api/persons/:id/reveal': ['administrator', 'kepala', 'staff'],
  'GET /api/persons/:id/timeline': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'GET /api/persons/:id/export': ['administrator', 'kepala'],
  'GET /api/persons/:id/family-members': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/persons/:id/family-members': ['administrator', 'staff'],
  'PATCH /api/persons/:id/family-members/:memberId': ['administrator', 'staff'],
  'DELETE /api/persons/:id/family-members/:memberId': ['administrator', 'staff'],
  'GET /api/persons/:id/documents': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/persons/:id/documents': ['administrator', 'staff'],
  'PATCH /api/persons/:id/documents/:documentId': ['administrator', 'staff'],
  'DELETE /api/persons/:id/documents/:documentId': ['administrator', 'staff'],
  'POST /api/persons/:id/documents/:documentId/verify': ['administrator', 'staff'],
  'PUT /api/persons/:id/documents/:documentId/file': ['administrator', 'staff'],
  'GET /api/persons/:id/documents/:documentId/file': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'PUT /api/persons/:id/photo': ['administrator', 'staff'],
  'GET /api/persons/:id/photo': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'GET /api/persons/:id/qualifications': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/persons/:id/qualifications': ['administrator', 'staff'],
  'PATCH /api/persons/:id/qualifications/:qualificationId': ['administrator', 'staff'],
  'DELETE /api/persons/:id/qualifications/:qualificationId': ['administrator', 'staff'],
  'GET /api/persons/:id/eligibility': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'GET /api/schemes': ['administrator', 'kepala', 'staff', 'humas', 'national_viewer'],
  'GET /api/schemes/:code': ['administrator', 'kepala', 'staff', 'humas', 'national_viewer'],
  'GET /api/schemes/:code/rules/:ruleVersion': ['administrator', 'kepala', 'staff', 'humas', 'national_viewer'],
  'PUT /api/schemes/:code/rules': ['administrator'],
  'PATCH /api/schemes/:code': ['administrator'],
  'GET /api/persons/:id/consents': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/persons/:id/consents': ['administrator', 'staff'],
  'POST /api/persons/:id/consents/:consentId/withdraw': ['administrator', 'staff'],
  'GET /api/job-orders': ['administrator', 'kepala', 'staff', 'humas', 'national_viewer'],
  'POST /api/job-orders': ['administrator', 'staff'],
  'GET /api/job-orders/:id': ['administrator', 'kepala', 'staff', 'humas', 'national_viewer'],
  'PATCH /api/job-orders/:id': ['administrator', 'staff'],
  'POST /api/job-orders/:id/status': ['administrator', 'staff'],
  'GET /api/job-orders/:id/matches': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'GET /api/persons/:id/job-matches': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'GET /api/applications': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/applications': ['administrator', 'staff'],
  'GET /api/applications/:id': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/applications/:id/moves': ['administrator', 'staff'],
  'GET /api/saved-views': people,
  'POST /api/saved-views': people,
  'DELETE /api/saved-views/:id': people,
  'GET /api/agencies': ['administrator', 'kepala', 'staff', 'humas', 'national_viewer'],
  'POST /api/agencies': ['administrator', 'staff'],
  'GET /api/agencies/:id': ['administrator', 'kepala', 'staff', 'humas', 'national_viewer'],
  'PATCH /api/agencies/:id': ['administrator', 'staff'],
  'GET /api/agencies/:id/permits': ['administrator', 'kepala', 'staff', 'humas', 'national_viewer'],
  'POST /api/agencies/:id/permits': ['administrator', 'staff'],
  'PATCH /api/agencies/:id/permits/:permitId': ['administrator', 'staff'],
  'GET /api/employers': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'POST /api/employers': ['administrator', 'staff'],
  'GET /api/employers/:id': ['administrator', 'kepala', 'staff', 'national_viewer'],
  'PATCH /api/employers/:id': ['administrator', 'staff'],
};

const clock = manualClock();
let t: TestApp;
let other: Awaited<ReturnType<typeof seedOtherOffice>>;
const sessions = new Map<Who, Session>();
let ids: {
  ownOffice: string;
  ownUser: string;
  ownToken: string;
  otherUser: string;
  otherToken: string;
  otherSession: string;
  ownPerson: string;
  otherPerson: string;
  otherView: string;
  own: Record<string, string>;
  other: Record<string, string>;
};
const MISSING = '00000000-0000-4000-8000-000000000000';
/** Strings that belong to the other office: none may appear in a response to this office. */
let otherOfficeMarks: string[];
/** One job order per office (job-orders module). */
let jobOrderIds: Record<'own' | 'other', string>;
/** One application per office (applications module). */
let applicationIds: Record<'own' | 'other', string>;
let placement: Record<'own' | 'other', { agency: string; permit: string; employer: string }>;

async function sessionFor(who: Exclude<Who, 'anonymous' | 'token'>): Promise<Session> {
  clock.advance(30_000); // a fresh TOTP step for each sign-in
  const email = {
    administrator: 'admin@balai.test',
    kepala: 'kepala@balai.test',
    staff: 'penempatan@balai.test',
    humas: 'humas@balai.test',
    national_viewer: 'nasional@balai.test',
    partner_pemda: 'prabumulih@balai.test',
    partner_mentor: 'binadharma@balai.test',
  }[who];
  const totp = who === 'administrator' || who === 'kepala' ? totpCode(DEMO_TOTP_SECRET, clock.now()) : undefined;
  return signIn(t.app, email, DEMO_PASSWORD, totp);
}

beforeAll(async () => {
  t = await createTestApp({ clock, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
  await seedDemo(t.database);
  other = await seedOtherOffice(t.database);
  const [own] = await t.database.query<{ id: string }>(`select id from offices where code = 'BP3MI-SUMSEL'`);
  await t.database.db.insert(users).values({
    officeId: own!.id,
    email: 'nasional@balai.test',
    name: 'Pemantau Nasional',
    role: 'national_viewer',
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  for (const who of people) sessions.set(who, await sessionFor(who as Exclude<Who, 'anonymous' | 'token'>));
  const admin = sessions.get('administrator')!;
  const token = await t.app.inject({ method: 'POST', url: '/api/api-tokens', headers: admin.headers, payload: { name: 'Matriks', scopes: ['offices:read'] } });
  sessions.set('token', { cookie: '', csrf: '', headers: { authorization: `Bearer ${token.json().token}` } });
  const spare = await t.app.inject({ method: 'POST', url: '/api/api-tokens', headers: admin.headers, payload: { name: 'Cadangan', scopes: ['offices:read'] } });

  // The other office has a token and a signed-in person, so that there is something to leak.
  const [otherAdminRow] = await t.database.query<{ id: string }>(`select id from users where email = $1`, [other.emails.administrator]);
  const [otherToken] = await t.database.db
    .insert(apiTokens)
    .values({
      officeId: other.officeId,
      name: 'Token Jabar',
      tokenHash: 'x'.repeat(64),
      prefix: 'balai_jabar',
      scopes: ['offices:read'],
      createdBy: otherAdminRow!.id,
    })
    .returning();
  const otherStaff = await signIn(t.app, other.emails.staff!, FIXTURE_PASSWORD);
  const otherSessions = (await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: otherStaff.headers })).json();
  const [ownUser] = await t.database.query<{ id: string }>(`select id from users where email = 'pelindungan@balai.test'`);
  const person = (nik: string, fullName: string) => ({ nik, fullName, sex: 'female', birthDate: '1998-03-07' });
  const ownPerson = await t.app.inject({ method: 'POST', url: '/api/persons', headers: admin.headers, payload: person('1674014703980001', 'Orang Sumsel') });
  const otherPerson = await t.app.inject({
    method: 'POST',
    url: '/api/persons',
    headers: otherStaff.headers,
    payload: person('3273014703980002', 'Orang Jabar Rahasia'),
  });
  /** One family member, document (with a scan), qualification and consent per person, and a photo: records to reach. */
  const children = async (session: Session, personId: string) => {
    const post = (what: string, payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/persons/${personId}/${what}`, headers: session.headers, payload }).then((r) => r.json().id as string);
    const documentId = await post('documents', { typeCode: 'diploma', number: 'DN-01' });
    const scan = multipart(tinyPdf(), 'ijazah.pdf', { type: 'application/pdf' });
    await t.app.inject({
      method: 'PUT',
      url: `/api/persons/${personId}/documents/${documentId}/file`,
      headers: { ...session.headers, ...scan.headers },
      payload: scan.payload,
    });
    const photo = multipart(tinyPng(), 'foto.png', { type: 'image/png' });
    await t.app.inject({ method: 'PUT', url: `/api/persons/${personId}/photo`, headers: { ...session.headers, ...photo.headers }, payload: photo.payload });
    return {
      memberId: await post('family-members', { fullName: 'Ibu Kandung', relation: 'mother' }),
      documentId,
      qualificationId: await post('qualifications', { kind: 'language_test', title: 'JLPT', level: 'N4' }),
      consentId: await post('consents', { purpose: 'Informasi program', legalBasis: 'consent', givenOn: '2026-11-01', channel: 'paper' }),
    };
  };
  const otherView = await t.app.inject({
    method: 'POST',
    url: '/api/saved-views',
    headers: otherStaff.headers,
    payload: { list: 'persons', name: 'Jabar', filters: { status: 'cpmi' } },
  });
  const [otherUser] = await t.database.query<{ id: string }>(`select id from users where email = $1`, [other.emails.staff]);
  ids = {
    ownOffice: own!.id,
    ownUser: ownUser!.id,
    ownToken: spare.json().apiToken.id,
    otherUser: otherUser!.id,
    otherToken: otherToken!.id,
    otherSession: otherSessions.items[0].id,
    ownPerson: ownPerson.json().person.id,
    otherPerson: otherPerson.json().person.id,
    otherView: otherView.json().id,
    own: await children(admin, ownPerson.json().person.id),
    other: await children(otherStaff, otherPerson.json().person.id),
  };
  // Placement: one agency with a permit, and one employer, per office (agencies and employers modules).
  const placementOf = async (officeId: string, tag: string) => {
    const [agency] = await t.database.query<{ id: string }>(
      `insert into agencies (office_id, name, licence_number, licence_valid_until) values ($1, $2, $3, '2028-01-01') returning id`,
      [officeId, `PT Matriks ${tag}`, `SIP3MI/MATRIKS/${tag}`],
    );
    const [permit] = await t.database.query<{ id: string }>(
      `insert into recruitment_permits (agency_id, number, valid_until, quota) values ($1, $2, '2027-06-30', 50) returning id`,
      [agency!.id, `SIP2MI/MATRIKS/${tag}`],
    );
    const [employer] = await t.database.query<{ id: string }>(`insert into employers (office_id, name, country_code) values ($1, $2, 'MY') returning id`, [
      officeId,
      `Matriks Sdn Bhd ${tag}`,
    ]);
    return { agency: agency!.id, permit: permit!.id, employer: employer!.id };
  };
  placement = { own: await placementOf(own!.id, 'SUMSEL'), other: await placementOf(other.officeId, 'JABAR') };
  otherOfficeMarks = [
    other.officeId,
    'BP3MI-JABAR',
    'bp3mi-jabar.test',
    'Pemerintah Kota Bandung',
    ids.otherToken,
    ids.otherUser,
    'Orang Jabar Rahasia',
    ids.otherPerson,
  ];
  otherOfficeMarks.push('PT Matriks JABAR', 'Matriks Sdn Bhd JABAR');
}, 120_000);
afterAll(() => t.close());

beforeAll(async () => {
  await ensureSchemes(t.database);
  const jobOrderOf = async (officeId: string, tag: string) => {
    const [row] = await t.database.query<{ id: string }>(
      `insert into job_orders (office_id, reference, title, scheme_id, country_code, occupation_title, positions)
       values ($1, $2, $3, (select id from schemes where code = 'g_to_g'), 'JP', 'Perawat', 5) returning id`,
      [officeId, `JO-MATRIKS-${tag}`, `Lowongan Matriks ${tag}`],
    );
    return row!.id;
  };
  jobOrderIds = { own: await jobOrderOf(ids.ownOffice, 'SUMSEL'), other: await jobOrderOf(other.officeId, 'JABAR') };
  otherOfficeMarks.push('Lowongan Matriks JABAR', 'JO-MATRIKS-JABAR');
  const applicationOf = async (officeId: string, personId: string, jobOrderId: string) => {
    const [row] = await t.database.query<{ id: string }>(
      `insert into applications (office_id, person_id, job_order_id, scheme_id, stage_since)
       values ($1, $2, $3, (select id from schemes where code = 'g_to_g'), '2026-11-29') returning id`,
      [officeId, personId, jobOrderId],
    );
    return row!.id;
  };
  applicationIds = {
    own: await applicationOf(ids.ownOffice, ids.ownPerson, jobOrderIds.own),
    other: await applicationOf(other.officeId, ids.otherPerson, jobOrderIds.other),
  };
});

/** A request for a route: path parameters filled for the case, an invalid body for writes (authorized callers then get 400, never a change). */
function requestFor(method: string, url: string, target: 'own' | 'other' | 'missing', session: Session | undefined) {
  const idFor = (route: string): string => {
    if (target === 'missing') return MISSING;
    if (route.startsWith('/api/offices')) return target === 'own' ? ids.ownOffice : other.officeId;
    if (route.startsWith('/api/users')) return target === 'own' ? ids.ownUser : ids.otherUser;
    if (route.startsWith('/api/api-tokens')) return target === 'own' ? ids.ownToken : ids.otherToken;
    if (route.startsWith('/api/auth/sessions')) return target === 'own' ? MISSING : ids.otherSession;
    if (route.startsWith('/api/saved-views')) return target === 'own' ? MISSING : ids.otherView;
    if (route.startsWith('/api/persons')) return target === 'own' ? ids.ownPerson : ids.otherPerson;
    if (route.startsWith('/api/job-orders')) return jobOrderIds[target === 'other' ? 'other' : 'own'];
    if (route.startsWith('/api/applications')) return applicationIds[target === 'other' ? 'other' : 'own'];
    if (route.startsWith('/api/agencies')) return placement[target].agency;
    if (route.startsWith('/api/employers')) return placement[target].employer;
    throw new Error(`no id for ${route}`);
  };
  const childIds = target === 'other' ? ids.other : ids.own;
  let path = url
    .replace(':code', target === 'missing' ? '99.99' : '16.74')
    .replace(':id', () => idFor(url))
    .replace(/:(memberId|documentId|qualificationId|consentId)/, (_, key: string) => childIds[key]!)
    .replace(':permitId', target === 'missing' ? MISSING : placement[target].permit);
  // Deletes of registry records carry the version they remove; a missing one would answer 400 before the record is looked up.
  if (method === 'DELETE' && url.startsWith('/api/persons') && target !== 'own') path += '?version=1';
  const write = method !== 'GET' && method !== 'DELETE';
  // Against another office or a missing record the body is valid, so that only the record decides.
  const validBody: Record<string, object> = {
    'PATCH /api/users/:id': { version: 1, name: 'Diambil alih' },
    'PATCH /api/persons/:id': { version: 1, fullName: 'Diambil alih' },
    'POST /api/persons/:id/status': { version: 1, status: 'pmi', effectiveOn: '2026-11-29' },
    'POST /api/persons/:id/reveal': { field: 'nik', reason: 'Mencoba membuka data kantor lain' },
    'POST /api/persons/:id/family-members': { fullName: 'Anggota Baru', relation: 'sibling' },
    'PATCH /api/persons/:id/family-members/:memberId': { version: 1, fullName: 'Diambil alih' },
    'POST /api/persons/:id/documents': { typeCode: 'kk' },
    'PATCH /api/persons/:id/documents/:documentId': { version: 1, notes: 'Diambil alih' },
    'POST /api/persons/:id/documents/:documentId/verify': { version: 1 },
    'POST /api/persons/:id/qualifications': { kind: 'language_test', title: 'JLPT', level: 'N3' },
    'PATCH /api/persons/:id/qualifications/:qualificationId': { version: 1, notes: 'Diambil alih' },
    'POST /api/persons/:id/consents': { purpose: 'Diambil alih', legalBasis: 'consent', givenOn: '2026-11-01', channel: 'paper' },
    'POST /api/persons/:id/consents/:consentId/withdraw': { version: 1, withdrawnOn: '2026-11-20' },
    'PATCH /api/job-orders/:id': { version: 1, title: 'Diambil alih' },
    'POST /api/job-orders/:id/status': { version: 1, status: 'verified', attacheReference: 'DIAMBIL/ALIH' },
    'POST /api/applications/:id/moves': { version: 1, toStage: 'selection', effectiveOn: '2026-11-29' },
    'PATCH /api/agencies/:id': { version: 1, name: 'Diambil alih' },
    'POST /api/agencies/:id/permits': { number: 'SIP2MI/DIAMBIL/ALIH', validUntil: '2027-12-31', quota: 10 },
    'PATCH /api/agencies/:id/permits/:permitId': { version: 1, quota: 60 },
    'PATCH /api/employers/:id': { version: 1, name: 'Diambil alih' },
  };
  const payload = target !== 'own' && validBody[`${method} ${url}`] ? validBody[`${method} ${url}`] : { '': '' };
  // Writes that would end the session are sent without their CSRF token: allowed callers get 403
  // csrf_failed (their session is kept for the next cells), which the matrix treats as "allowed past the policy".
  const destructive = url === '/api/auth/sign-out' || url === '/api/auth/sign-out-everywhere';
  const headers = { ...(session?.headers ?? {}) };
  if (destructive) delete headers['x-csrf-token'];
  return t.app.inject({ method: method as 'GET', url: path, headers, ...(write ? { payload } : {}) });
}

describe('access matrix', () => {
  it('covers every registered API route, and only those', () => {
    const registered = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(expected).sort());
  });

  it('refuses to start with a route that declares no access', async () => {
    const app = await buildApp({ config: testConfig(), database: t.database });
    expect(() => app.get('/api/lupa-kebijakan', async () => ({}))).toThrow(/declares no access policy/);
    await app.close();
  });

  for (const [route, allowed] of Object.entries(expected)) {
    const [method, url] = route.split(' ') as [string, string];
    if (allowed === PUBLIC) continue;
    it(`${route}: anonymous 401, others by role, other office and missing records 404`, async () => {
      const cells: string[] = [];
      const anon = await requestFor(method, url, 'own', undefined);
      if (anon.statusCode !== 401) cells.push(`anonymous got ${anon.statusCode}`);
      for (const who of everyone) {
        const session = sessions.get(who)!;
        const own = await requestFor(method, url, 'own', session);
        const isAllowed = allowed.includes(who);
        const passedPolicy = own.statusCode !== 401 && !(own.statusCode === 403 && own.json().code !== 'csrf_failed');
        if (isAllowed !== passedPolicy) cells.push(`${who}: expected ${isAllowed ? 'allowed' : '403'}, got ${own.statusCode} ${own.body.slice(0, 80)}`);
        if (own.statusCode >= 500) cells.push(`${who}: ${own.statusCode}`);
        if (who !== 'national_viewer') {
          for (const mark of otherOfficeMarks) if (own.body.includes(mark)) cells.push(`${who}: response leaks ${mark}`);
        }
        if (isAllowed && url.includes(':id')) {
          const foreign = await requestFor(method, url, 'other', session);
          const missing = await requestFor(method, url, 'missing', session);
          const foreignExpected = who === 'national_viewer' && method === 'GET' && !url.startsWith('/api/auth') ? [200] : [404];
          if (!foreignExpected.includes(foreign.statusCode)) cells.push(`${who}: other office got ${foreign.statusCode}`);
          if (![404, 400].includes(missing.statusCode)) cells.push(`${who}: missing record got ${missing.statusCode}`);
          if (who !== 'national_viewer')
            for (const mark of otherOfficeMarks) if (foreign.body.includes(mark)) cells.push(`${who}: other-office response leaks ${mark}`);
        }
      }
      expect(cells).toEqual([]);
    });
  }

  it('keeps every error body in the stable shape', async () => {
    const res = await requestFor('GET', '/api/users', 'own', sessions.get('staff'));
    expect(
      z
        .object({ statusCode: z.literal(403), code: z.string(), message: z.string(), requestId: z.string() })
        .strict()
        .safeParse(res.json()).success,
    ).toBe(true);
  });
});
