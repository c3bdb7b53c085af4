import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { preDepartureStages, type ApplicationStage } from '../../domain/placement/stages.js';
import type { Database, Db } from '../db/client.js';
import {
  agencies,
  applications,
  applicationStageEvents,
  employers,
  jobOrders,
  offices,
  personDocuments,
  persons,
  personStatusChanges,
  qualifications,
  recruitmentPermits,
  schemes,
  timelineEvents,
  users,
} from '../db/schema/index.js';
import { dateIn } from '../lib/clock.js';
import { DEMO_TODAY } from './persons.js';
import { demoAgencyLicences, demoEmployerNames, demoPermitNumbers } from './placement-agencies.js';
import { demoOffice } from './seed.js';

/**
 * Demo placement data for BP3MI Sumsel: SSW Japan and Malaysian factory-operator job orders in every
 * status, applications of demo persons at every stage, and the 2022 departures.
 *
 * DOMAIN.md: BP3MI Sumsel processed 430 PMI in 2022 (Malaysia 350, Japan 57, Qatar 10, Saudi Arabia 5,
 * Singapore 3, Kuwait 3; 326 women, 104 men). The demo registry is 300 persons, so the 2022 departures
 * here are a scaled-down set: the persons whose recorded departure (their cpmi → pmi status change) falls
 * in 2022 get an application on a 2022 order ending in departure, or in return when they came back since.
 * It is not proportionate to the figures, only an echo of them (Malaysia and Japan first).
 *
 * References keep the job-order module's format JO-<year>-<4 digits> (the year of creation) and its
 * national uniqueness: the seed skips entirely when any demo reference exists already.
 */
export const demoJobOrderReferences = [
  'JO-2022-0001',
  'JO-2022-0002',
  'JO-2026-0001',
  'JO-2026-0002',
  'JO-2026-0003',
  'JO-2026-0004',
  'JO-2026-0005',
  'JO-2026-0006',
  'JO-2026-0007',
  'JO-2026-0008',
] as const;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const minDate = (a: string, b: string) => (a < b ? a : b);
/** A moment on a demo day, office hours in Palembang (WIB). */
const at = (day: string, minute: number) => new Date(Date.parse(`${day}T09:00:00+07:00`) + minute * 60_000);

type Stage = ApplicationStage;
const path: Stage[] = ['registration', 'selection', 'medical', 'placement_agreement', 'social_security', 'visa', 'opp', 'work_contract', 'departure'];

/** Inserts the demo job orders and applications when none of the demo references exists. Returns the job orders added. */
export async function seedDemoPlacement(database: Database): Promise<number> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7204551003)`);
    const present = await tx
      .select({ id: jobOrders.id })
      .from(jobOrders)
      .where(inArray(sql`upper(${jobOrders.reference})`, [...demoJobOrderReferences]))
      .limit(1);
    if (present.length) return 0;
    return seed(tx as unknown as Db);
  });
}

async function seed(db: Db): Promise<number> {
  const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.code, demoOffice.code));
  if (!office) return 0;
  const officeId = office.id;
  const [clerk] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'penempatan@balai.test'));
  const clerkId = clerk?.id ?? null;
  const realToday = dateIn(new Date());
  const today = minDate(DEMO_TODAY, realToday);

  const schemeRows = await db.select({ id: schemes.id, code: schemes.code }).from(schemes);
  const scheme = new Map(schemeRows.map((s) => [s.code, s.id]));
  const ssw = scheme.get('ssw_japan');
  const p2p = scheme.get('p_to_p');
  if (!ssw || !p2p) return 0;
  const agencyRows = await db.select({ id: agencies.id, licence: agencies.licenceNumber }).from(agencies);
  const agency = (licence: string) => agencyRows.find((a) => a.licence.toUpperCase() === licence.toUpperCase())?.id ?? null;
  const permitRows = await db.select({ id: recruitmentPermits.id, number: recruitmentPermits.number }).from(recruitmentPermits);
  const permit = (n: string) => permitRows.find((p) => p.number.toUpperCase() === n.toUpperCase())?.id ?? null;
  const employerRows = await db.select({ id: employers.id, name: employers.name }).from(employers).where(eq(employers.officeId, officeId));
  const employer = (n: string) => employerRows.find((e) => e.name === n)?.id ?? null;
  const musi = agency(demoAgencyLicences.musi);
  const sriwijaya = agency(demoAgencyLicences.sriwijaya);
  const ampera = agency(demoAgencyLicences.ampera);
  if (!musi || !sriwijaya || !ampera) return 0;

  type Order = Omit<typeof jobOrders.$inferInsert, 'officeId'> & { createdOn: string };
  const jp = { schemeId: ssw, countryCode: 'JP', agencyId: musi, salaryCurrency: 'JPY', contractMonths: 60 } as const;
  const my = {
    schemeId: p2p,
    countryCode: 'MY',
    occupationCode: '8219',
    occupationTitle: 'Operator produksi',
    salaryCurrency: 'MYR',
    contractMonths: 24,
  } as const;
  const verified = (on: string, ref: string) => ({ attacheVerifiedAt: at(on, 30), attacheReference: ref });
  const orders: Order[] = [
    // 2022: the orders the year's departures went on (closed since; the permits of then have lapsed).
    {
      ...my,
      reference: 'JO-2022-0001',
      title: 'Operator pabrik elektronik, Penang (2022)',
      employerId: employer(demoEmployerNames.penangElectronics),
      agencyId: sriwijaya,
      positions: 20,
      salaryMinor: 150_000,
      status: 'closed',
      closingOn: '2022-06-30',
      createdOn: '2022-01-10',
      ...verified('2022-01-20', 'KBRI-KL/JO/2022/0112'),
    },
    {
      ...jp,
      reference: 'JO-2022-0002',
      title: 'SSW manufaktur industri, Aichi (2022)',
      occupationCode: '8211',
      occupationTitle: 'Operator mesin',
      sswFieldCode: 'industrial_manufacturing',
      positions: 6,
      salaryMinor: 190_000,
      status: 'filled',
      closingOn: '2022-05-31',
      createdOn: '2022-01-15',
      ...verified('2022-01-28', 'KBRI-TYO/JO/2022/0031'),
    },
    // 2026: SSW Japan under PT Musi Bina Tenaga's permit (quota 30: 10 + 6 + 4 + 5 = 25).
    {
      ...jp,
      reference: 'JO-2026-0001',
      title: 'SSW perawat lansia (kaigo), Osaka',
      employerId: employer(demoEmployerNames.osakaKaigo),
      permitId: permit(demoPermitNumbers.musiJapan),
      occupationCode: '5322',
      occupationTitle: 'Perawat lansia (kaigo)',
      sswFieldCode: 'nursing_care',
      positions: 10,
      salaryMinor: 210_000,
      status: 'open',
      isPublic: true,
      closingOn: addDays(realToday, 60),
      createdOn: '2026-08-03',
      description: 'Perawatan lansia di panti wreda Osaka. Wajib JFT-Basic A2 atau JLPT N4 dan lulus ujian keterampilan kaigo.',
      ...verified('2026-08-12', 'KBRI-TYO/JO/2026/0418'),
    },
    {
      ...jp,
      reference: 'JO-2026-0002',
      title: 'SSW layanan makanan (gaishoku), Nagoya',
      employerId: employer(demoEmployerNames.nagoyaFood),
      permitId: permit(demoPermitNumbers.musiJapan),
      occupationCode: '5120',
      occupationTitle: 'Juru masak dan pelayan restoran',
      sswFieldCode: 'food_service',
      positions: 6,
      salaryMinor: 200_000,
      status: 'verified',
      createdOn: '2026-09-14',
      ...verified('2026-09-25', 'KBRI-TYO/JO/2026/0502'),
    },
    {
      ...jp,
      reference: 'JO-2026-0003',
      title: 'SSW pertanian (hortikultura), Ibaraki',
      permitId: permit(demoPermitNumbers.musiJapan),
      occupationCode: '6111',
      occupationTitle: 'Pekerja kebun sayur',
      sswFieldCode: 'agriculture',
      positions: 4,
      salaryMinor: 185_000,
      status: 'draft',
      createdOn: '2026-10-20',
    },
    {
      ...jp,
      reference: 'JO-2026-0004',
      title: 'SSW manufaktur industri, Shizuoka',
      permitId: permit(demoPermitNumbers.musiJapan),
      occupationCode: '8211',
      occupationTitle: 'Operator mesin',
      sswFieldCode: 'industrial_manufacturing',
      positions: 5,
      salaryMinor: 195_000,
      status: 'filled',
      createdOn: '2026-03-02',
      ...verified('2026-03-16', 'KBRI-TYO/JO/2026/0127'),
    },
    // 2026: Malaysian factory operators (Sriwijaya's permit quota 120: 40 + 30 + 10; Ampera's 60: 20).
    {
      ...my,
      reference: 'JO-2026-0005',
      title: 'Operator pabrik elektronik, Penang',
      employerId: employer(demoEmployerNames.penangElectronics),
      agencyId: sriwijaya,
      permitId: permit(demoPermitNumbers.sriwijayaMalaysia),
      positions: 40,
      salaryMinor: 180_000,
      status: 'open',
      isPublic: true,
      closingOn: addDays(realToday, 45),
      createdOn: '2026-07-01',
      description: 'Operator lini perakitan. Lembur dibayar sesuai Employment Act 1955; asrama disediakan pemberi kerja.',
      ...verified('2026-07-09', 'KBRI-KL/JO/2026/0871'),
    },
    {
      ...my,
      reference: 'JO-2026-0006',
      title: 'Operator pabrik sarung tangan karet, Johor Bahru',
      employerId: employer(demoEmployerNames.johorGloves),
      agencyId: sriwijaya,
      permitId: permit(demoPermitNumbers.sriwijayaMalaysia),
      positions: 30,
      salaryMinor: 170_000,
      status: 'verified',
      createdOn: '2026-10-05',
      ...verified('2026-10-19', 'KBRI-KL/JO/2026/1033'),
    },
    {
      ...my,
      reference: 'JO-2026-0007',
      title: 'Operator pengolahan makanan, Shah Alam',
      employerId: employer(demoEmployerNames.selangorFood),
      agencyId: ampera,
      permitId: permit(demoPermitNumbers.amperaMalaysia),
      positions: 20,
      salaryMinor: 165_000,
      status: 'draft',
      createdOn: '2026-10-28',
    },
    {
      ...my,
      reference: 'JO-2026-0008',
      title: 'Operator pabrik sarung tangan karet, Johor Bahru (gelombang 1)',
      employerId: employer(demoEmployerNames.johorGloves),
      agencyId: sriwijaya,
      permitId: permit(demoPermitNumbers.sriwijayaMalaysia),
      positions: 10,
      salaryMinor: 170_000,
      status: 'filled',
      createdOn: '2026-02-02',
      ...verified('2026-02-11', 'KBRI-KL/JO/2026/0140'),
    },
  ];
  const inserted = await db
    .insert(jobOrders)
    .values(
      orders.map(({ createdOn, ...o }) => ({
        ...o,
        officeId,
        attacheVerifiedBy: o.attacheVerifiedAt ? clerkId : null,
        createdBy: clerkId,
        createdAt: at(createdOn, 0),
        updatedAt: at(o.attacheVerifiedAt ? dateIn(o.attacheVerifiedAt) : createdOn, 40),
      })),
    )
    .returning({ id: jobOrders.id, reference: jobOrders.reference, schemeId: jobOrders.schemeId });
  const order = (ref: string) => inserted.find((o) => o.reference === ref)!;

  // Persons, picked by deterministic criteria (NIK order).
  const people = await db
    .select({
      id: persons.id,
      status: persons.status,
      statusSince: persons.statusSince,
      sex: persons.sex,
      birthDate: persons.birthDate,
      destination: persons.destinationCountryCode,
    })
    .from(persons)
    .where(eq(persons.officeId, officeId))
    .orderBy(asc(persons.nik));
  const changes = await db
    .select({ personId: personStatusChanges.personId, toStatus: personStatusChanges.toStatus, effectiveOn: personStatusChanges.effectiveOn })
    .from(personStatusChanges)
    .orderBy(asc(personStatusChanges.effectiveOn));
  const changeTo = (personId: string, status: string) => changes.find((c) => c.personId === personId && c.toStatus === status)?.effectiveOn;
  const adultOn = (birthDate: string | null, on: string) => birthDate !== null && addDays(birthDate, 365 * 18 + 5) <= on;

  const appRows: (typeof applications.$inferInsert)[] = [];
  const eventRows: (typeof applicationStageEvents.$inferInsert)[] = [];
  const timeline: (typeof timelineEvents.$inferInsert)[] = [];
  const statusRows: (typeof personStatusChanges.$inferInsert)[] = [];
  const departures: { personId: string; on: string; country: string }[] = [];

  /** One application through `stages` on the given days, with its events and timeline. */
  const apply = (personId: string, ref: string, stages: Stage[], days: string[], extra: Partial<typeof applications.$inferInsert> = {}) => {
    const o = order(ref);
    const id = crypto.randomUUID();
    const last = stages[stages.length - 1]!;
    const lastDay = days[days.length - 1]!;
    appRows.push({
      id,
      officeId,
      personId,
      jobOrderId: o.id,
      schemeId: o.schemeId,
      stage: last,
      stageSince: lastDay,
      departedOn: stages.includes('departure') ? days[stages.indexOf('departure')]! : null,
      returnedOn: last === 'returned' ? lastDay : null,
      closedReason: last === 'withdrawn' ? 'Mengundurkan diri: keluarga tidak mengizinkan' : last === 'rejected' ? 'Tidak lulus seleksi pemberi kerja' : null,
      createdBy: clerkId,
      createdAt: at(days[0]!, 10),
      updatedAt: at(lastDay, 10),
      ...extra,
    });
    stages.forEach((stage, i) => {
      eventRows.push({
        applicationId: id,
        fromStage: i === 0 ? null : stages[i - 1]!,
        toStage: stage,
        effectiveOn: days[i]!,
        changedBy: clerkId,
        changedAt: at(days[i]!, 10 + i),
      });
      timeline.push({
        personId,
        at: at(days[i]!, 10 + i),
        module: 'placement',
        kind: i === 0 ? 'application.created' : 'application.stage_moved',
        data:
          i === 0
            ? { scheme: o.schemeId === ssw ? 'ssw_japan' : 'p_to_p', jobOrder: ref, outcome: 'eligible', overridden: false }
            : { from: stages[i - 1]!, to: stage, effectiveOn: days[i]!, skipped: 0 },
        actorUserId: clerkId,
        refType: 'application',
        refId: id,
      });
    });
  };
  const backwards = (end: string, n: number, step: number) => Array.from({ length: n }, (_, i) => addDays(end, -(n - 1 - i) * step));

  // The 2022 departures already in the registry: an application on a 2022 order, departed on the recorded day.
  const departed2022 = people.filter((p) => (p.status === 'pmi' || p.status === 'purna') && (changeTo(p.id, 'pmi') ?? '').startsWith('2022'));
  for (const p of departed2022) {
    const ref = p.destination === 'JP' ? 'JO-2022-0002' : p.destination === 'MY' ? 'JO-2022-0001' : null;
    if (!ref) continue;
    const on = changeTo(p.id, 'pmi')!;
    const returned = p.status === 'purna' ? changeTo(p.id, 'purna') : undefined;
    const days = backwards(on, path.length, 9);
    if (returned) apply(p.id, ref, [...path, 'returned'], [...days, returned]);
    else apply(p.id, ref, path, days);
  }

  // Current applications of CPMI, earliest registered first, so every stage has room before today.
  const cpmi = (country: string) =>
    people
      .filter((p) => p.status === 'cpmi' && p.destination === country && adultOn(p.birthDate, today))
      .sort((a, b) => (a.statusSince < b.statusSince ? -1 : a.statusSince > b.statusSince ? 1 : 0));
  const forward = (start: string, n: number) => Array.from({ length: n }, (_, i) => minDate(addDays(start, 3 + i * 6), today));
  const malaysians = cpmi('MY');
  // One application at every pre-departure stage, a second departure, and the two ends.
  const stageTargets: Stage[] = [...preDepartureStages, 'departure', 'withdrawn', 'rejected'];
  stageTargets.forEach((target, i) => {
    const p = malaysians[i];
    if (!p) return;
    if (target === 'withdrawn' || target === 'rejected') {
      const days = forward(p.statusSince, 3);
      apply(p.id, 'JO-2026-0005', ['registration', 'selection', target], days);
      return;
    }
    const stages = path.slice(0, path.indexOf(target) + 1);
    const days = forward(p.statusSince, stages.length);
    if (target === 'departure' && !adultOn(p.birthDate, days[days.length - 1]!)) return;
    apply(p.id, target === 'departure' ? 'JO-2026-0008' : 'JO-2026-0005', stages, days);
    if (target === 'departure') departures.push({ personId: p.id, on: days[days.length - 1]!, country: 'MY' });
  });
  // Japan: a few CPMI at the first stages of the nursing-care order.
  const japanese = cpmi('JP');
  japanese.slice(0, 3).forEach((p, i) => {
    const stages = path.slice(0, i + 1);
    apply(p.id, 'JO-2026-0001', stages, forward(p.statusSince, stages.length));
  });

  // Departures made here: the person becomes a PMI as the persons module records it.
  for (const d of departures) {
    statusRows.push({
      personId: d.personId,
      fromStatus: 'cpmi',
      toStatus: 'pmi',
      effectiveOn: d.on,
      note: 'Keberangkatan',
      changedBy: clerkId,
      changedAt: at(d.on, 30),
    });
    timeline.push({
      personId: d.personId,
      at: at(d.on, 30),
      module: 'registry',
      kind: 'status.changed',
      data: { from: 'cpmi', to: 'pmi', effectiveOn: d.on },
      actorUserId: clerkId,
      refType: 'person',
      refId: d.personId,
    });
    await db
      .update(persons)
      .set({ status: 'pmi', statusSince: d.on, destinationCountryCode: d.country, version: sql`${persons.version} + 1`, updatedAt: at(d.on, 30) })
      .where(and(eq(persons.id, d.personId), eq(persons.status, 'cpmi')));
  }

  // Qualifications and fresh health certificates for Japan-bound CPMI: the first ones complete for the
  // nursing-care order, the next ones short of one thing (no skills test, or no health certificate).
  const qualRows: (typeof qualifications.$inferInsert)[] = [];
  const docRows: (typeof personDocuments.$inferInsert)[] = [];
  const healthOn = addDays(realToday, -20);
  japanese.slice(0, 6).forEach((p, i) => {
    const passedOn = minDate(addDays(p.statusSince, 10), today);
    const lang =
      i % 2 === 0
        ? { title: 'JFT-Basic', level: 'A2', organisation: 'The Japan Foundation' }
        : { title: 'JLPT', level: 'N4', organisation: 'The Japan Foundation / JEES' };
    const add = (q: Omit<typeof qualifications.$inferInsert, 'personId'>, on: string, minute: number) => {
      const id = crypto.randomUUID();
      qualRows.push({ id, personId: p.id, ...q, createdAt: at(on, minute), updatedAt: at(on, minute) });
      timeline.push({
        personId: p.id,
        at: at(on, minute),
        module: 'registry',
        kind: 'qualification.added',
        data: { kind: q.kind, title: q.title, level: q.level ?? null },
        actorUserId: clerkId,
        refType: 'qualification',
        refId: id,
      });
    };
    add({ kind: 'language_test', ...lang, startedOn: passedOn }, passedOn, 50);
    if (i !== 4)
      add(
        { kind: 'skills_test', title: 'Ujian keterampilan SSW kaigo', level: 'lulus', sswFieldCode: 'nursing_care', countryCode: 'JP', startedOn: passedOn },
        passedOn,
        51,
      );
    if (i !== 5) {
      const id = crypto.randomUUID();
      docRows.push({
        id,
        personId: p.id,
        typeCode: 'health_certificate',
        issuedOn: healthOn,
        issuer: 'Klinik kesehatan CPMI (demo)',
        verifiedAt: at(healthOn, 120),
        verifiedBy: clerkId,
        createdAt: at(healthOn, 60),
        updatedAt: at(healthOn, 60),
      });
      timeline.push({
        personId: p.id,
        at: at(healthOn, 60),
        module: 'registry',
        kind: 'document.added',
        data: { typeCode: 'health_certificate' },
        actorUserId: clerkId,
        refType: 'document',
        refId: id,
      });
    }
  });

  if (appRows.length) await db.insert(applications).values(appRows);
  if (eventRows.length) await db.insert(applicationStageEvents).values(eventRows);
  if (statusRows.length) await db.insert(personStatusChanges).values(statusRows);
  if (qualRows.length) await db.insert(qualifications).values(qualRows);
  if (docRows.length) await db.insert(personDocuments).values(docRows);
  if (timeline.length) await db.insert(timelineEvents).values(timeline);
  return inserted.length;
}
