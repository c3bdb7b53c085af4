import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { divisions, offices } from '../db/schema/index.js';

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
    description: 'Pengaduan, kasus, kepulangan, dan pemberdayaan purna PMI',
  },
];

/**
 * Seeds the demo data. Idempotent: running it twice leaves one office with its three divisions.
 * Returns whether anything was created.
 */
export async function seedDemo(database: Database): Promise<boolean> {
  return database.db.transaction(async (tx) => {
    // Two instances starting together on one server take turns; the second finds the office.
    await tx.execute(sql`select pg_advisory_xact_lock(7204551003)`);
    const [existing] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.code, demoOffice.code));
    if (existing) return false;
    const [office] = await tx.insert(offices).values(demoOffice).returning({ id: offices.id });
    await tx.insert(divisions).values(demoDivisions.map((d) => ({ ...d, officeId: office!.id })));
    return true;
  });
}

/** True when the database holds no office yet (a fresh install). */
export async function isEmpty(database: Database): Promise<boolean> {
  const rows = await database.db.select({ id: offices.id }).from(offices).limit(1);
  return rows.length === 0;
}
