import { and, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';
import { agencies, countries, employers, recruitmentPermits, regions } from '../db/schema/index.js';
import { dateIn } from '../lib/clock.js';

/**
 * Demo P3MI agencies, SIP2MI permits and employers supervised by BP3MI Sumsel. The names are made up and
 * the licence numbers obviously so (SIP3MI/DEMO/…): no real company's. The job-order demo looks them up
 * by `demoAgencyLicences` / `demoPermitNumbers` / `demoEmployerNames`.
 */
export const demoAgencyLicences = {
  sriwijaya: 'SIP3MI/DEMO/001',
  sriwijayaLahat: 'SIP3MI/DEMO/001-C1',
  musi: 'SIP3MI/DEMO/002',
  ampera: 'SIP3MI/DEMO/003',
  bukitSiguntang: 'SIP3MI/DEMO/004',
} as const;

export const demoPermitNumbers = {
  sriwijayaMalaysia: 'SIP2MI/DEMO/001/MY',
  sriwijayaTaiwan: 'SIP2MI/DEMO/001/TW',
  musiJapan: 'SIP2MI/DEMO/002/JP',
  amperaMalaysia: 'SIP2MI/DEMO/003/MY',
} as const;

export const demoEmployerNames = {
  penangElectronics: 'Penang Demo Electronics Sdn Bhd',
  johorGloves: 'Johor Demo Gloves Manufacturing Sdn Bhd',
  selangorFood: 'Selangor Demo Food Industries Sdn Bhd',
  osakaKaigo: 'Osaka Demo Kaigo Kabushiki Kaisha',
  nagoyaFood: 'Nagoya Demo Food Service Co., Ltd.',
  taichungMachinery: 'Taichung Demo Precision Machinery Co., Ltd.',
  klangFlagged: 'Klang Demo Plastics Sdn Bhd',
} as const;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Inserts the demo agencies, permits and employers that are missing (by licence number, permit number, name). */
export async function seedDemoAgencies(database: Database, officeId: string): Promise<void> {
  // Two instances starting together on one server take turns (the lock of the demo office seed).
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7204551003)`);
    await seedAgenciesIn(tx, officeId);
  });
}

async function seedAgenciesIn(db: Db, officeId: string): Promise<void> {
  const today = dateIn(new Date());
  const known = async (codes: string[], table: typeof regions | typeof countries) =>
    new Set((await db.select({ code: table.code }).from(table)).map((r) => r.code).filter((c) => codes.includes(c)));
  const regionCodes = await known(['16.71', '16.03', '16.04', '16.74'], regions);
  const countryCodes = await known(['MY', 'JP', 'TW'], countries);
  const region = (code: string) => (regionCodes.has(code) ? code : null);

  const agencyId = async (values: typeof agencies.$inferInsert): Promise<string> => {
    const [existing] = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(sql`upper(${agencies.licenceNumber}) = upper(${values.licenceNumber})`);
    if (existing) return existing.id;
    const [row] = await db.insert(agencies).values(values).returning({ id: agencies.id });
    return row!.id;
  };
  const sriwijaya = await agencyId({
    officeId,
    name: 'PT Sriwijaya Karya Mandiri',
    licenceNumber: demoAgencyLicences.sriwijaya,
    licenceIssuedOn: '2023-03-01',
    licenceValidUntil: '2028-02-29',
    address: 'Jl. Demang Lebar Daun No. 12, Palembang',
    regionCode: region('16.71'),
    phone: '62711350001',
    email: 'kantor@sriwijaya-karya.demo',
  });
  await agencyId({
    officeId,
    name: 'PT Sriwijaya Karya Mandiri Cabang Lahat',
    licenceNumber: demoAgencyLicences.sriwijayaLahat,
    licenceIssuedOn: '2024-06-01',
    licenceValidUntil: '2028-02-29',
    headAgencyId: sriwijaya,
    address: 'Jl. Mayor Ruslan No. 5, Lahat',
    regionCode: region('16.04'),
    phone: '62731320002',
  });
  const musi = await agencyId({
    officeId,
    name: 'PT Musi Bina Tenaga',
    licenceNumber: demoAgencyLicences.musi,
    licenceIssuedOn: '2022-01-15',
    // Expiring soon, whatever the day the demo is started.
    licenceValidUntil: addDays(today, 45),
    address: 'Jl. Jenderal Sudirman Km 4, Palembang',
    regionCode: region('16.71'),
    phone: '62711350003',
    email: 'info@musibina.demo',
  });
  const ampera = await agencyId({
    officeId,
    name: 'PT Ampera Duta Sejahtera',
    licenceNumber: demoAgencyLicences.ampera,
    licenceIssuedOn: '2021-09-01',
    licenceValidUntil: '2026-08-31',
    address: 'Jl. Kolonel Atmo No. 30, Palembang',
    regionCode: region('16.71'),
  });
  await agencyId({
    officeId,
    name: 'PT Bukit Siguntang Global',
    licenceNumber: demoAgencyLicences.bukitSiguntang,
    licenceIssuedOn: '2023-11-01',
    licenceValidUntil: '2028-10-31',
    status: 'suspended',
    statusReason: 'Dibekukan sementara: pengaduan biaya penempatan berlebih sedang diperiksa (contoh data demo).',
    address: 'Jl. Raya Prabumulih Km 2',
    regionCode: region('16.74'),
  });

  const permit = async (agency: string, number: string, countryCode: string, quota: number, validUntil: string) => {
    const [existing] = await db
      .select({ id: recruitmentPermits.id })
      .from(recruitmentPermits)
      .where(sql`upper(${recruitmentPermits.number}) = upper(${number})`);
    if (existing) return;
    await db.insert(recruitmentPermits).values({
      agencyId: agency,
      number,
      countryCode: countryCodes.has(countryCode) ? countryCode : null,
      issuedOn: addDays(today, -60),
      validUntil,
      quota,
    });
  };
  await permit(sriwijaya, demoPermitNumbers.sriwijayaMalaysia, 'MY', 120, addDays(today, 300));
  await permit(sriwijaya, demoPermitNumbers.sriwijayaTaiwan, 'TW', 40, addDays(today, 240));
  await permit(musi, demoPermitNumbers.musiJapan, 'JP', 30, addDays(today, 40));
  await permit(ampera, demoPermitNumbers.amperaMalaysia, 'MY', 60, '2026-08-31');

  const employer = async (values: Omit<typeof employers.$inferInsert, 'officeId'>) => {
    if (!countryCodes.has(values.countryCode)) return;
    const [existing] = await db
      .select({ id: employers.id })
      .from(employers)
      .where(and(eq(employers.officeId, officeId), eq(employers.name, values.name)));
    if (!existing) await db.insert(employers).values({ ...values, officeId });
  };
  await employer({ name: demoEmployerNames.penangElectronics, countryCode: 'MY', city: 'Penang', sector: 'Elektronik', contactName: 'Ms Lim' });
  await employer({ name: demoEmployerNames.johorGloves, countryCode: 'MY', city: 'Johor Bahru', sector: 'Sarung tangan karet', contactName: 'Mr Wong' });
  await employer({ name: demoEmployerNames.selangorFood, countryCode: 'MY', city: 'Shah Alam', sector: 'Pengolahan makanan' });
  await employer({ name: demoEmployerNames.osakaKaigo, countryCode: 'JP', city: 'Osaka', sector: 'Perawatan lansia (kaigo)', contactName: 'Tanaka-san' });
  await employer({ name: demoEmployerNames.nagoyaFood, countryCode: 'JP', city: 'Nagoya', sector: 'Layanan makanan (gaishoku)', kind: 'foreign_partner' });
  await employer({ name: demoEmployerNames.taichungMachinery, countryCode: 'TW', city: 'Taichung', sector: 'Permesinan' });
  await employer({
    name: demoEmployerNames.klangFlagged,
    countryCode: 'MY',
    city: 'Klang',
    sector: 'Plastik',
    flagged: true,
    flagNote: 'Masuk daftar atase ketenagakerjaan KBRI Kuala Lumpur: gaji pekerja ditahan (contoh data demo).',
  });
}
