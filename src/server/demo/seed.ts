import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { divisions, offices, partners, users, type Role } from '../db/schema/index.js';
import { hashPassword } from '../lib/secrets.js';

/** The reference office of the demo: BP3MI Sumatera Selatan in Palembang (a real office; people are synthetic). */
export const demoOffice = {
  code: 'BP3MI-SUMSEL',
  name: 'BP3MI Sumatera Selatan',
  kind: 'bp3mi' as const,
  provinceCode: '16',
  city: 'Palembang',
  timeZone: 'Asia/Jakarta' as const,
};

export const demoDivisions = [
  { code: 'TU', name: 'Tata Usaha', description: 'Umum, kepegawaian, keuangan, dan humas' },
  { code: 'PENEMPATAN', name: 'Pelayanan Penempatan', description: 'Pendataan, lowongan, penempatan, dan OPP' },
  {
    code: 'PELINDUNGAN',
    name: 'Pelindungan dan Pemberdayaan',
    description: 'Pengaduan, kasus, kepulangan, dan pemberdayaan PMI Purna',
  },
];

/** Real organisations of the reference story (DOMAIN.md). */
export const demoPartners = [
  { name: 'Pemerintah Kota Prabumulih', kind: 'pemda' as const, regionCode: '16.74' },
  { name: 'Pemerintah Kabupaten Banyuasin', kind: 'pemda' as const, regionCode: '16.07' },
  { name: 'Universitas Bina Dharma', kind: 'university' as const, regionCode: '16.71' },
  { name: 'PT Pupuk Sriwidjaja Palembang', kind: 'bumn' as const, regionCode: '16.71' },
  { name: 'PT Pertamina (Persero)', kind: 'bumn' as const, regionCode: null },
];

/** The one documented password of every demo account (README). Never use demo data in production. */
export const DEMO_PASSWORD = 'Balai-Demo-2026!';
/** The documented authenticator secret of the demo accounts that need a second factor. */
export const DEMO_TOTP_SECRET = 'BALAIDEMOSUMSELPALEMBANGJAWAPMIS';

export const demoUsers: { email: string; name: string; role: Role; division?: string; partner?: string; totp?: boolean }[] = [
  { email: 'admin@balai.test', name: 'Administrator Balai', role: 'administrator', totp: true },
  { email: 'kepala@balai.test', name: 'Kepala BP3MI Sumatera Selatan', role: 'kepala', totp: true },
  { email: 'penempatan@balai.test', name: 'Staf Pelayanan Penempatan', role: 'staff', division: 'PENEMPATAN' },
  { email: 'pelindungan@balai.test', name: 'Staf Pelindungan dan Pemberdayaan', role: 'staff', division: 'PELINDUNGAN' },
  { email: 'humas@balai.test', name: 'Tim Humas', role: 'humas', division: 'TU' },
  { email: 'prabumulih@balai.test', name: 'Disnaker Kota Prabumulih', role: 'partner_pemda', partner: 'Pemerintah Kota Prabumulih' },
  { email: 'binadharma@balai.test', name: 'Dosen Pendamping Universitas Bina Dharma', role: 'partner_mentor', partner: 'Universitas Bina Dharma' },
];

/**
 * Seeds the demo data. Idempotent part by part: the office, its divisions, the partners and the demo
 * accounts are each added when missing; with `persons`, the synthetic registry (demo/persons.ts) when the
 * office has no persons yet. Returns whether the office was created.
 */
export async function seedDemo(database: Database, options: { persons?: boolean } = {}): Promise<boolean> {
  const created = await seedDemoOffice(database);
  // persons: the synthetic registry (server and CLI ask for it; most tests do not, to stay fast).
  if (options.persons) await (await import('./persons.js')).seedDemoPersons(database);
  if (options.persons) {
    const [office] = await database.db.select({ id: offices.id }).from(offices).where(eq(offices.code, demoOffice.code));
    await (await import('./placement-agencies.js')).seedDemoAgencies(database, office!.id);
    await (await import('./placement-demo.js')).seedDemoPlacement(database);
  }
  return created;
}

async function seedDemoOffice(database: Database): Promise<boolean> {
  // Hash only for the accounts still missing: a restart with --demo then costs no hashing.
  const present = new Set((await database.db.select({ email: users.email }).from(users)).map((u) => u.email.toLowerCase()));
  const passwordHashes = await Promise.all(demoUsers.map((u) => (present.has(u.email) ? '' : hashPassword(DEMO_PASSWORD))));
  return database.db.transaction(async (tx) => {
    // Two instances starting together on one server take turns; the second finds everything there.
    await tx.execute(sql`select pg_advisory_xact_lock(7204551003)`);
    let [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.code, demoOffice.code));
    const created = !office;
    if (!office) [office] = await tx.insert(offices).values(demoOffice).returning({ id: offices.id });
    const officeId = office!.id;
    await tx
      .insert(divisions)
      .values(demoDivisions.map((d) => ({ ...d, officeId })))
      .onConflictDoNothing();
    await tx
      .insert(partners)
      .values(demoPartners.map((p) => ({ ...p, officeId })))
      .onConflictDoNothing();
    const divisionIds = new Map((await tx.select().from(divisions).where(eq(divisions.officeId, officeId))).map((d) => [d.code, d.id]));
    const partnerIds = new Map((await tx.select().from(partners).where(eq(partners.officeId, officeId))).map((p) => [p.name, p.id]));
    const now = new Date();
    for (const [i, u] of demoUsers.entries()) {
      const [existing] = await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${u.email}`);
      if (existing) continue;
      await tx.insert(users).values({
        officeId,
        email: u.email,
        name: u.name,
        role: u.role,
        divisionId: u.division ? divisionIds.get(u.division)! : null,
        partnerId: u.partner ? partnerIds.get(u.partner)! : null,
        passwordHash: passwordHashes[i]!,
        totpSecret: u.totp ? DEMO_TOTP_SECRET : null,
        totpEnabledAt: u.totp ? now : null,
      });
    }
    return created;
  });
}

/** True when the database holds no office yet (a fresh install). */
export async function isEmpty(database: Database): Promise<boolean> {
  const rows = await database.db.select({ id: offices.id }).from(offices).limit(1);
  return rows.length === 0;
}

/** What `serve --demo` and `seed-demo` print, so a new user can sign in. */
export const demoAccountsHelp = `Akun demo / demo accounts (kata sandi / password: ${DEMO_PASSWORD}):
  ${demoUsers.map((u) => u.email).join(', ')}
  admin@ dan kepala@ memakai autentikator / use an authenticator: secret ${DEMO_TOTP_SECRET}`;
