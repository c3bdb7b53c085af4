/**
 * The synthetic registry of the demo: a few hundred CPMI, PMI and PMI Purna of BP3MI Sumatera Selatan with
 * their families, documents, qualifications, consents, status history and timeline.
 *
 * Same seed, same data: everything comes from a small PRNG (mulberry32) with a fixed seed and a fixed
 * reference date, never from Math.random or the clock, so re-runs give identical rows, ids and timestamps
 * included (ids are v4-shaped UUIDs drawn from their own PRNG stream). Places, offices and reference codes
 * are real (read from the regions, countries and ssw_fields tables); people are invented.
 *
 * Proportions follow DOMAIN.md: about three quarters women (326 of 430 in 2022), Malaysia first and Japan
 * second among destinations, more from OKU Timur, OKI, Muara Enim, Lahat, Banyuasin, Palembang and
 * Prabumulih. Threads of the reference story: Japan-bound (SSW) persons trained by the Prabumulih city
 * government, and returnees of Banyuasin running businesses. Three pairs are deliberate likely duplicates
 * (same birth date and regency, name spelt differently, another NIK serial) for the merge review screen.
 */
import { and, count, eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { makeNik } from '../../domain/nik.js';
import { addMonths, type EducationLevel, type FamilyRelation, type LifecycleStatus, type MaritalStatus, type Sex } from '../../domain/registry.js';
import type { Database, Db } from '../db/client.js';
import {
  consents,
  countries,
  familyMembers,
  offices,
  personDocuments,
  persons,
  personStatusChanges,
  qualifications,
  regions,
  sswFields,
  timelineEvents,
  users,
} from '../db/schema/index.js';
import { demoOffice } from './seed.js';
import {
  femaleFirst,
  femaleLast,
  maleFirst,
  maleLast,
  femaleMiddle,
  maleMiddle,
  towns,
  regencyWeights,
  destinationWeights,
  femaleShare,
  contractYears,
  jobs,
  sswPreferred,
  returneeBusinesses,
  phonePrefixes,
  cityStreets,
  roman,
  PURPOSE_CORE,
  PURPOSE_EMPOWERMENT,
  PASSPORT_OFFICE,
  TEN_YEAR_PASSPORTS_FROM,
  type Destination,
} from './persons-vocabulary.js';

/** The fixed seed of the demo registry: change it and every demo person changes. */
export const DEMO_PERSONS_SEED = 0x5ab1_2022;
/** "Today" of the demo registry: statuses, ages and document dates are computed against it. */
export const DEMO_TODAY = '2026-11-01';
/** The staff member who registers, verifies and records in the demo (a demo account). */
const DEMO_CLERK = 'penempatan@balai.test';

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------------------

/** mulberry32: a tiny 32-bit PRNG, good enough for demo data and identical on every platform. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

class Rng {
  private readonly next32: () => number;
  constructor(seed: number) {
    this.next32 = mulberry32(seed);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next32() / 2 ** 32;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }
  /** One key of a table of weights (the table's order matters, not its sum). */
  weighted<K extends string>(weights: readonly (readonly [K, number])[]): K {
    const total = weights.reduce((s, [, w]) => s + w, 0);
    let x = this.float() * total;
    for (const [k, w] of weights) {
      x -= w;
      if (x < 0) return k;
    }
    return weights[weights.length - 1]![0];
  }
  /** A v4-shaped UUID (version and variant bits set) from 128 PRNG bits. */
  uuid(): string {
    const bytes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const v = this.next32();
      bytes.push(v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
    }
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Dates (ISO strings, UTC arithmetic: no time zone of the machine plays a part)
// ---------------------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const toDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDays = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => fromDays(toDays(iso) + days);
const minDate = (a: string, b: string) => (a < b ? a : b);
const addYears = (iso: string, years: number) => addMonths(iso, years * 12);
/** A moment on a day, in office hours WIB (UTC+7), `minute` minutes after 08:00. */
const at = (iso: string, minute: number) => new Date(Date.parse(`${iso}T08:00:00+07:00`) + minute * 60_000);

// ---------------------------------------------------------------------------------------------------------
// Reference data read from the database
// ---------------------------------------------------------------------------------------------------------

interface Reference {
  officeId: string;
  clerkId: string | null;
  clerkLabel: string | null;
  regencyNames: Map<string, string>;
  /** Indonesian names of the destination countries (status notes are written as a clerk would). */
  countryNames: Map<string, string>;
  /** Kecamatan codes per kab/kota, ordered by code. */
  districts: Map<string, string[]>;
  /** Desa/kelurahan codes per kecamatan, ordered by code. */
  villages: Map<string, string[]>;
  sswFields: string[];
}

async function readReference(db: Db, officeId: string): Promise<Reference> {
  const rows = await db
    .select({ code: regions.code, parentCode: regions.parentCode, level: regions.level, name: regions.name })
    .from(regions)
    .where(and(sql`${regions.code} like '16.%'`, sql`${regions.level} between 2 and 4`))
    .orderBy(regions.code);
  const regencyNames = new Map<string, string>();
  const districts = new Map<string, string[]>();
  const villages = new Map<string, string[]>();
  for (const r of rows) {
    if (r.level === 2) regencyNames.set(r.code, r.name);
    else if (r.level === 3) (districts.get(r.parentCode!) ?? districts.set(r.parentCode!, []).get(r.parentCode!)!).push(r.code);
    else (villages.get(r.parentCode!) ?? villages.set(r.parentCode!, []).get(r.parentCode!)!).push(r.code);
  }
  for (const [code] of regencyWeights) {
    if (!regencyNames.has(code) || !districts.get(code)?.some((d) => villages.get(d)?.length)) {
      throw new Error(`demo persons need the regions of Sumatera Selatan (missing ${code}): load the reference data first`);
    }
  }
  const countryNames = new Map((await db.select({ code: countries.code, name: countries.nameId }).from(countries)).map((c) => [c.code, c.name]));
  const missing = destinationWeights.map(([c]) => c).filter((c) => !countryNames.has(c));
  if (missing.length) throw new Error(`demo persons need the countries ${missing.join(', ')}: load the reference data first`);
  const fieldCodes = new Set((await db.select({ code: sswFields.code }).from(sswFields)).map((f) => f.code));
  const [clerk] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(sql`lower(${users.email}) = ${DEMO_CLERK}`);
  return {
    officeId,
    clerkId: clerk?.id ?? null,
    clerkLabel: clerk?.email ?? null,
    regencyNames,
    countryNames,
    districts,
    villages,
    sswFields: sswPreferred.filter((c) => fieldCodes.has(c)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The plan: every row, computed in memory before one bulk insert
// ---------------------------------------------------------------------------------------------------------

type PersonInsert = typeof persons.$inferInsert;
type StatusInsert = typeof personStatusChanges.$inferInsert;
type FamilyInsert = typeof familyMembers.$inferInsert;
type DocumentInsert = typeof personDocuments.$inferInsert;
type QualificationInsert = typeof qualifications.$inferInsert;
type ConsentInsert = typeof consents.$inferInsert;
type TimelineInsert = typeof timelineEvents.$inferInsert;

export interface DemoPersonsPlan {
  persons: PersonInsert[];
  statusChanges: StatusInsert[];
  family: FamilyInsert[];
  documents: DocumentInsert[];
  qualifications: QualificationInsert[];
  consents: ConsentInsert[];
  timeline: TimelineInsert[];
  /** Ids of the deliberate likely-duplicate pairs: [original, duplicate]. */
  duplicatePairs: [string, string][];
}

interface Draft {
  kind: 'regular' | 'japan' | 'returnee-business';
  destination: Destination;
  sex: Sex;
  regency: string;
  status: LifecycleStatus;
}

/** Computes the demo registry. Pure apart from its inputs: same reference, seed and date, same plan. */
export function planDemoPersons(ref: Reference, opts: { count: number; today: string; seed: number }): DemoPersonsPlan {
  const { count: total, today } = opts;
  const rng = new Rng(opts.seed);
  const ids = new Rng(opts.seed ^ 0x1d5_a11d);
  const plan: DemoPersonsPlan = {
    persons: [],
    statusChanges: [],
    family: [],
    documents: [],
    qualifications: [],
    consents: [],
    timeline: [],
    duplicatePairs: [],
  };
  const usedNiks = new Set<string>();
  const usedPhones = new Set<string>();
  const usedPassports = new Set<string>();
  /** birth date | regency of everyone so far: only the deliberate pairs may share both. */
  const usedBirthRegency = new Set<string>();
  const clerk = ref.clerkId;
  const event = (personId: string, day: string, minute: number, kind: string, data: TimelineInsert['data'], refType: string, refId: string) => {
    plan.timeline.push({
      personId,
      at: at(minDate(day, today), minute),
      module: 'registry',
      kind,
      data,
      actorUserId: clerk,
      actorLabel: ref.clerkLabel,
      refType,
      refId,
    });
  };

  const phone = () => {
    for (;;) {
      // 08xx-xxxx-xxxx as typed, stored normalised: 62 8xx and seven or eight digits.
      const digits = rng.chance(0.7) ? 8 : 7;
      const p = `62${rng.pick(phonePrefixes)}${rng.int(10 ** (digits - 1), 10 ** digits - 1)}`;
      if (!usedPhones.has(p)) {
        usedPhones.add(p);
        return p;
      }
    }
  };
  const nikFor = (districtCode: string, birthDate: string, sex: Sex, start = rng.int(1, 6)) => {
    for (let serial = start; ; serial++) {
      const nik = makeNik({ districtCode, birthDate, sex, serial });
      if (!usedNiks.has(nik)) {
        usedNiks.add(nik);
        return nik;
      }
    }
  };
  const passportNumber = () => {
    for (;;) {
      const n = `${rng.chance(0.8) ? 'C' : 'E'}${rng.int(1_000_000, 9_999_999)}`;
      if (!usedPassports.has(n)) {
        usedPassports.add(n);
        return n;
      }
    }
  };
  const name = (sex: Sex, words: 2 | 3 = rng.chance(0.3) ? 3 : 2) => {
    const [first, middle, last] = sex === 'female' ? [femaleFirst, femaleMiddle, femaleLast] : [maleFirst, maleMiddle, maleLast];
    const a: string = rng.pick(first);
    let b: string = rng.pick(last);
    while (b === a) b = rng.pick(last);
    if (words === 2) return `${a} ${b}`;
    let m: string = rng.pick(middle);
    while (m === a || m === b) m = rng.pick(middle);
    return `${a} ${m} ${b}`;
  };
  const districtOf = (regency: string) => rng.pick(ref.districts.get(regency)!.filter((d) => ref.villages.get(d)?.length));

  // Who is who: kinds first, then the rest of each draft.
  const drafts: Draft[] = [];
  const regular = total - 3; // the last three are the duplicates
  for (let i = 0; i < regular; i++) {
    if (i % 50 === 7) {
      // A returnee of Banyuasin running a business (about six in the default 300).
      drafts.push({
        kind: 'returnee-business',
        destination: rng.chance(0.7) ? 'MY' : rng.pick(['SA', 'HK', 'TW'] as const),
        sex: rng.chance(0.8) ? 'female' : 'male',
        regency: '16.07',
        status: 'purna',
      });
      continue;
    }
    const destination = rng.weighted(destinationWeights);
    const sex: Sex = rng.chance(femaleShare[destination]) ? 'female' : 'male';
    // The Prabumulih MoU: the city trains residents for Japan, so a good share of the Japan-bound come from there.
    const regency = destination === 'JP' && rng.chance(0.3) ? '16.74' : rng.weighted(regencyWeights);
    const status = rng.weighted([
      ['cpmi', 35],
      ['pmi', 45],
      ['purna', 20],
    ] as const);
    drafts.push({ kind: destination === 'JP' ? 'japan' : 'regular', destination, sex, regency, status });
  }

  interface Made {
    id: string;
    fullName: string;
    sex: Sex;
    birthDate: string;
    regency: string;
    nikDistrict: string;
    addressRegionCode: string;
    phone: string;
    status: LifecycleStatus;
    destination: Destination;
  }
  const made: Made[] = [];

  const build = (
    d: Draft,
    forced?: { fullName: string; birthDate: string; nikDistrict: string; addressRegionCode: string; phone?: string; registeredOn: string },
  ) => {
    const id = ids.uuid();
    const japan = d.destination === 'JP';
    // Dates of the cycle: registration → departure → return, all on or before today.
    const contractDays = Math.round(rng.pick(contractYears[d.destination]) * 365.25);
    let registeredOn: string;
    let departedOn: string | undefined;
    let returnedOn: string | undefined;
    if (forced) registeredOn = forced.registeredOn;
    else if (d.status === 'cpmi') registeredOn = addDays(today, -rng.int(3, 330));
    else if (d.status === 'pmi') {
      departedOn = addDays(today, -rng.int(14, Math.max(15, contractDays - 30)));
      registeredOn = addDays(departedOn, -rng.int(60, 200));
    } else {
      // Japan's SSW began in 2019: its returnees came home from mid-2022 on.
      const earliest = japan ? toDays('2022-06-01') : toDays('2018-01-01');
      returnedOn = fromDays(rng.int(earliest, toDays(today) - 30));
      departedOn = addDays(returnedOn, -contractDays + rng.int(-20, 20));
      registeredOn = addDays(departedOn, -rng.int(60, 200));
    }

    // Born 19–29 years before registration for Japan (SSW favours the young), 19–40 otherwise.
    let birthDate = forced?.birthDate ?? '';
    if (!forced) {
      const age = japan ? rng.int(19, 29) : rng.int(19, 40);
      do birthDate = addDays(addYears(registeredOn, -age), -rng.int(0, 364));
      while (usedBirthRegency.has(`${birthDate}|${d.regency}`));
    }
    usedBirthRegency.add(`${birthDate}|${d.regency}`);

    // Address: a real desa/kelurahan of the regency. NIK: where first registered, mostly the same place.
    let nikDistrict: string;
    let addressRegionCode: string;
    if (forced) ({ nikDistrict, addressRegionCode } = forced);
    else {
      const homeDistrict = districtOf(d.regency);
      addressRegionCode = rng.pick(ref.villages.get(homeDistrict)!);
      const roll = rng.float();
      nikDistrict = roll < 0.7 ? homeDistrict : roll < 0.88 ? districtOf(d.regency) : districtOf(rng.weighted(regencyWeights.filter(([c]) => c !== d.regency)));
    }
    const nikRegency = nikDistrict.slice(0, 5);
    const nik = nikFor(nikDistrict, birthDate, d.sex);
    const fullName = forced?.fullName ?? name(d.sex);
    const personPhone = forced?.phone ?? phone();
    const ageAtRegistration = Number(registeredOn.slice(0, 4)) - Number(birthDate.slice(0, 4));
    const maritalStatus: MaritalStatus =
      ageAtRegistration < 23
        ? rng.chance(0.8)
          ? 'single'
          : 'married'
        : rng.weighted([
            ['married', 60],
            ['single', 25],
            ['divorced', 10],
            ['widowed', 5],
          ] as const);
    const education: EducationLevel = japan
      ? rng.weighted([
          ['sma', 35],
          ['smk', 40],
          ['d3', 15],
          ['s1', 10],
        ] as const)
      : rng.weighted([
          ['sd', 10],
          ['smp', 35],
          ['sma', 30],
          ['smk', 20],
          ['d3', 3],
          ['s1', 2],
        ] as const);
    const city = d.regency.startsWith('16.7');
    const addressLine = city
      ? `${rng.pick(cityStreets)} No. ${rng.int(1, 120)}, RT ${String(rng.int(1, 40)).padStart(3, '0')} RW ${String(rng.int(1, 12)).padStart(3, '0')}`
      : `Dusun ${rng.pick(roman)}, RT ${String(rng.int(1, 20)).padStart(3, '0')}`;
    const statusSince = d.status === 'cpmi' ? registeredOn : d.status === 'pmi' ? departedOn! : returnedOn!;

    plan.persons.push({
      id,
      officeId: ref.officeId,
      nik,
      fullName,
      sex: d.sex,
      birthPlace: rng.pick(towns[nikRegency]!),
      birthDate,
      addressLine,
      addressRegionCode,
      originRegencyCode: d.regency,
      phone: personPhone,
      whatsapp: rng.chance(0.9) ? personPhone : null,
      education,
      maritalStatus,
      status: d.status,
      statusSince,
      destinationCountryCode: d.destination,
      createdBy: clerk,
      createdAt: at(registeredOn, 0),
      updatedAt: at(statusSince, 5),
    });
    made.push({
      id,
      fullName,
      sex: d.sex,
      birthDate,
      regency: d.regency,
      nikDistrict,
      addressRegionCode,
      phone: personPhone,
      status: d.status,
      destination: d.destination,
    });

    // Status history and the timeline of registration and each change.
    const statusRow = (from: LifecycleStatus | null, to: LifecycleStatus, on: string, note: string | null) =>
      plan.statusChanges.push({ id: ids.uuid(), personId: id, fromStatus: from, toStatus: to, effectiveOn: on, note, changedBy: clerk, changedAt: at(on, 1) });
    statusRow(null, 'cpmi', registeredOn, null);
    event(id, registeredOn, 0, 'person.registered', { status: 'cpmi' }, 'person', id);
    if (departedOn) {
      statusRow('cpmi', 'pmi', departedOn, `Berangkat ke ${ref.countryNames.get(d.destination) ?? d.destination}`);
      event(id, departedOn, 1, 'status.changed', { from: 'cpmi', to: 'pmi', effectiveOn: departedOn }, 'person', id);
    }
    if (returnedOn) {
      statusRow('pmi', 'purna', returnedOn, 'Kontrak selesai, pulang ke daerah asal');
      event(id, returnedOn, 1, 'status.changed', { from: 'pmi', to: 'purna', effectiveOn: returnedOn }, 'person', id);
    }

    // Family: 1–3 members, exactly one emergency contact.
    const relatives: { relation: FamilyRelation; sex: Sex; phone: boolean; birthDate?: string }[] = [];
    if (maritalStatus === 'married') {
      relatives.push({ relation: 'spouse', sex: d.sex === 'female' ? 'male' : 'female', phone: true });
      if (ageAtRegistration >= 24 && rng.chance(0.7)) {
        relatives.push({
          relation: 'child',
          sex: rng.chance(0.5) ? 'female' : 'male',
          phone: false,
          birthDate: addDays(registeredOn, -rng.int(365, 365 * Math.min(12, ageAtRegistration - 20))),
        });
      }
      if (rng.chance(0.3)) relatives.push({ relation: 'mother', sex: 'female', phone: true });
    } else {
      const motherFirst = rng.chance(0.6);
      relatives.push(motherFirst ? { relation: 'mother', sex: 'female', phone: true } : { relation: 'father', sex: 'male', phone: true });
      if (rng.chance(0.4))
        relatives.push(
          motherFirst ? { relation: 'father', sex: 'male', phone: rng.chance(0.5) } : { relation: 'mother', sex: 'female', phone: rng.chance(0.5) },
        );
      if (maritalStatus !== 'single' && ageAtRegistration >= 24 && rng.chance(0.6)) {
        relatives.push({ relation: 'child', sex: rng.chance(0.5) ? 'female' : 'male', phone: false, birthDate: addDays(registeredOn, -rng.int(365, 365 * 8)) });
      }
    }
    const familyName = fullName.split(' ').at(-1)!;
    relatives.forEach((r, i) => {
      const familyId = ids.uuid();
      // Children often carry a parent's last name; others have their own.
      const memberName = r.relation === 'child' && rng.chance(0.5) ? `${rng.pick(r.sex === 'female' ? femaleFirst : maleFirst)} ${familyName}` : name(r.sex, 2);
      plan.family.push({
        id: familyId,
        personId: id,
        fullName: memberName,
        relation: r.relation,
        birthDate: r.birthDate ?? null,
        phone: r.phone ? phone() : null,
        addressLine: i === 0 ? addressLine : null,
        emergencyContact: i === 0,
        createdAt: at(registeredOn, 10 + i),
        updatedAt: at(registeredOn, 10 + i),
      });
      event(id, registeredOn, 10 + i, 'family.added', { relation: r.relation, name: memberName }, 'family_member', familyId);
    });

    // Documents: how far along the person is decides which are on file.
    const cpmiStage =
      d.status !== 'cpmi'
        ? 3
        : toDays(today) - toDays(registeredOn) > 150
          ? 2
          : toDays(today) - toDays(registeredOn) > 60
            ? rng.chance(0.7)
              ? 1
              : 2
            : rng.chance(0.3)
              ? 1
              : 0;
    const regencyName = ref.regencyNames.get(nikRegency)!;
    let minute = 20;
    const doc = (typeCode: string, values: Partial<DocumentInsert>, recordedOn: string, verified: boolean) => {
      const docId = ids.uuid();
      const recorded = minDate(recordedOn < registeredOn ? registeredOn : recordedOn, today);
      const m = minute++;
      const verifiedOn = verified ? minDate(addDays(recorded, rng.int(0, 3)), today) : null;
      plan.documents.push({
        id: docId,
        personId: id,
        typeCode,
        number: values.number ?? null,
        issuedOn: values.issuedOn ?? null,
        expiresOn: values.expiresOn ?? null,
        issuer: values.issuer ?? null,
        verifiedAt: verifiedOn ? at(verifiedOn, 120 + m) : null,
        verifiedBy: verifiedOn ? clerk : null,
        createdAt: at(recorded, m),
        updatedAt: verifiedOn ? at(verifiedOn, 120 + m) : at(recorded, m),
      });
      event(id, recorded, m, 'document.added', { typeCode }, 'document', docId);
      if (verifiedOn) event(id, verifiedOn, 120 + m, 'document.verified', { typeCode }, 'document', docId);
    };
    const advanced = cpmiStage >= 1;
    // The KTP's number is the NIK, already on the record: not copied into the document.
    doc('ktp', { issuer: `Disdukcapil ${regencyName}` }, registeredOn, advanced || rng.chance(0.5));
    const kkIssued = addDays(registeredOn, -rng.int(200, 3000));
    doc(
      'kk',
      {
        number: `${nikDistrict.replaceAll('.', '')}${kkIssued.slice(8, 10)}${kkIssued.slice(5, 7)}${kkIssued.slice(2, 4)}${String(rng.int(1, 40)).padStart(4, '0')}`,
        issuedOn: kkIssued,
        issuer: `Disdukcapil ${regencyName}`,
      },
      registeredOn,
      advanced || rng.chance(0.5),
    );
    if (rng.chance(0.6)) doc('diploma', { issuedOn: null }, registeredOn, advanced);
    if (maritalStatus !== 'single' || advanced)
      doc('marital_status_letter', { issuer: 'Kantor desa/kelurahan' }, addDays(registeredOn, rng.int(0, 10)), advanced);

    const departure = departedOn ?? addDays(today, rng.int(20, 120));
    const hasPassport = d.status === 'pmi' ? rng.chance(0.92) : d.status === 'purna' ? rng.chance(0.6) : cpmiStage >= 1 ? rng.chance(0.85) : rng.chance(0.2);
    if (hasPassport) {
      let issuedOn = minDate(addDays(d.status === 'cpmi' ? registeredOn : departure, d.status === 'cpmi' ? rng.int(10, 40) : -rng.int(30, 90)), today);
      // A few passports issued in early 2022 for five years: they expire within six months of today.
      const oldIssue = fromDays(rng.int(toDays('2022-01-10'), toDays('2022-04-20')));
      if (d.status !== 'purna' && rng.chance(0.08) && oldIssue < departure) issuedOn = oldIssue;
      const years = issuedOn >= TEN_YEAR_PASSPORTS_FROM ? 10 : 5;
      doc(
        'passport',
        { number: passportNumber(), issuedOn, expiresOn: addDays(addYears(issuedOn, years), -1), issuer: PASSPORT_OFFICE },
        issuedOn,
        d.status !== 'cpmi' || rng.chance(0.6),
      );
    }
    if (d.status === 'cpmi' && cpmiStage >= 1) {
      // Health certificates are valid three months; a few here are older, so the warning shows.
      const issuedOn = rng.chance(0.15) ? addDays(today, -rng.int(100, 200)) : addDays(today, -rng.int(5, 80));
      const validFrom = issuedOn < registeredOn ? registeredOn : issuedOn;
      doc(
        'health_certificate',
        { issuedOn: validFrom, expiresOn: addMonths(validFrom, 3), issuer: 'Sarana kesehatan pemeriksa CPMI, Palembang' },
        validFrom,
        rng.chance(0.7),
      );
    }
    if (cpmiStage >= 2) {
      const on = d.status === 'cpmi' ? addDays(registeredOn, rng.int(30, 100)) : addDays(departure, -rng.int(20, 45));
      doc('family_permission', { issuer: 'Kepala desa/lurah' }, on, d.status !== 'cpmi');
      doc('placement_agreement', {}, on, d.status !== 'cpmi');
      doc('bpjs_ketenagakerjaan', { issuer: 'BPJS Ketenagakerjaan' }, on, d.status !== 'cpmi');
    }
    if (d.status !== 'cpmi') {
      const visaOn = addDays(departure, -rng.int(7, 25));
      doc('work_visa', { issuedOn: visaOn, expiresOn: d.status === 'pmi' ? addDays(departure, contractDays) : null }, visaOn, true);
      doc('opp_certificate', { issuedOn: addDays(departure, -rng.int(2, 6)), issuer: 'BP3MI Sumatera Selatan' }, addDays(departure, -6), true);
      doc('work_contract', { issuedOn: addDays(departure, -3) }, addDays(departure, -3), true);
      doc('e_pmi', { issuedOn: addDays(departure, -2), issuer: 'BP2MI' }, addDays(departure, -2), true);
    }

    // Qualifications.
    const qualification = (values: Omit<QualificationInsert, 'id' | 'personId' | 'createdAt' | 'updatedAt'>, recordedOn: string) => {
      const qId = ids.uuid();
      const recorded = minDate(recordedOn < registeredOn ? registeredOn : recordedOn, today);
      const m = minute++;
      plan.qualifications.push({ id: qId, personId: id, ...values, createdAt: at(recorded, m), updatedAt: at(recorded, m) });
      event(id, recorded, m, 'qualification.added', { kind: values.kind, title: values.title, level: values.level ?? null }, 'qualification', qId);
    };
    if (japan) {
      const passedOn = addDays(d.status === 'cpmi' ? registeredOn : departure, -rng.int(30, 120));
      if (rng.chance(0.6))
        qualification({ kind: 'language_test', title: 'JFT-Basic', level: 'A2', organisation: 'The Japan Foundation', startedOn: passedOn }, passedOn);
      else qualification({ kind: 'language_test', title: 'JLPT', level: 'N4', organisation: 'The Japan Foundation / JEES', startedOn: passedOn }, passedOn);
      const field = ref.sswFields.length ? rng.weighted(ref.sswFields.map((c, i) => [c, ref.sswFields.length - i] as const)) : undefined;
      if (field && (d.status !== 'cpmi' || rng.chance(0.7))) {
        const testOn = addDays(passedOn, rng.int(10, 40));
        qualification(
          { kind: 'skills_test', title: 'Ujian keterampilan SSW', level: 'lulus', sswFieldCode: field, countryCode: 'JP', startedOn: testOn },
          testOn,
        );
        if (field === 'nursing_care')
          qualification({ kind: 'language_test', title: 'Kaigo Nihongo', level: 'lulus', sswFieldCode: field, startedOn: testOn }, testOn);
      }
      if (d.regency === '16.74') {
        const trainedOn = addDays(passedOn, -rng.int(30, 90));
        qualification(
          {
            kind: 'competency_certificate',
            title: 'Pelatihan bahasa dan budaya Jepang',
            level: 'lulus',
            organisation: 'Pemerintah Kota Prabumulih',
            notes: 'Program pelatihan Pemkot Prabumulih (Nota Kesepakatan dengan BP2MI)',
            startedOn: trainedOn,
          },
          trainedOn,
        );
      }
    }
    const job = rng.pick(jobs[d.destination].filter((j) => (d.sex === 'female' ? j.women : j.men)));
    if (!japan && cpmiStage >= 2) {
      const on = addDays(d.status === 'cpmi' ? registeredOn : departure, d.status === 'cpmi' ? rng.int(20, 60) : -rng.int(40, 80));
      qualification(
        {
          kind: 'competency_certificate',
          title: `Sertifikat kompetensi: ${job.title.toLowerCase()}`,
          level: 'kompeten',
          organisation: 'Lembaga sertifikasi profesi',
          startedOn: on,
        },
        on,
      );
    }
    if (d.status === 'purna') {
      qualification(
        {
          kind: 'work_history',
          title: job.title,
          countryCode: d.destination,
          organisation: job.employer,
          startedOn: departure,
          endedOn: returnedOn!,
          notes: d.kind === 'returnee-business' ? rng.pick(returneeBusinesses) : null,
        },
        returnedOn!,
      );
    }

    // Consent: the registry's own legal basis for everyone; the empowerment newsletter by consent for some.
    const consent = (values: Omit<ConsentInsert, 'id' | 'personId' | 'recordedBy' | 'createdAt' | 'updatedAt'>) => {
      const cId = ids.uuid();
      const m = minute++;
      plan.consents.push({
        id: cId,
        personId: id,
        ...values,
        recordedBy: clerk,
        createdAt: at(values.givenOn, m),
        updatedAt: at(values.withdrawnOn ?? values.givenOn, m),
      });
      event(id, values.givenOn, m, 'consent.recorded', { purpose: values.purpose, legalBasis: values.legalBasis }, 'consent', cId);
      if (values.withdrawnOn) event(id, values.withdrawnOn, m, 'consent.withdrawn', { purpose: values.purpose, legalBasis: values.legalBasis }, 'consent', cId);
    };
    consent({ purpose: PURPOSE_CORE, legalBasis: 'public_task', givenOn: registeredOn, channel: 'in_person' });
    if (rng.chance(d.status === 'purna' ? 0.75 : 0.2)) {
      const givenOn = returnedOn ? minDate(addDays(returnedOn, rng.int(7, 60)), today) : registeredOn;
      const withdrawn = rng.chance(0.15) ? minDate(addDays(givenOn, rng.int(30, 400)), today) : null;
      consent({
        purpose: PURPOSE_EMPOWERMENT,
        legalBasis: 'consent',
        givenOn,
        channel: rng.chance(0.7) ? 'in_person' : 'whatsapp',
        withdrawnOn: withdrawn,
        withdrawalNote: withdrawn ? 'Tidak ingin menerima informasi program lagi' : null,
      });
    }
  };

  for (const d of drafts) build(d);

  // Three deliberate likely duplicates: registered again later with the name spelt another way and a new
  // NIK serial (a clerk's typo or a second KTP), same birth date and regency.
  const respell = (n: string): string => {
    // Spelling variants clerks meet every day: old and new spelling, a dropped h, i for y.
    const rules: [RegExp, string][] = [
      [/^Muhammad\b/, 'Muhamad'],
      [/^Ahmad\b/, 'Achmad'],
      [/^Nur\b/, 'Noor'],
      [/ia/, 'ya'],
      [/ah\b/, 'a'],
      [/i\b/, 'y'],
      [/y/, 'i'],
      [/u/, 'oe'],
    ];
    for (const [re, to] of rules) if (re.test(n)) return n.replace(re, to);
    return n.replace(/(\w)\b/, '$1$1');
  };
  const originals = [Math.floor(regular * 0.05), Math.floor(regular * 0.4), Math.floor(regular * 0.75)].map((i) => made[i]!);
  for (const [k, o] of originals.entries()) {
    const registeredOn = addDays(today, -rng.int(5, 40));
    const firstId = made.length;
    build(
      { kind: o.destination === 'JP' ? 'japan' : 'regular', destination: o.destination, sex: o.sex, regency: o.regency, status: 'cpmi' },
      {
        fullName: respell(o.fullName),
        birthDate: o.birthDate,
        nikDistrict: o.nikDistrict,
        addressRegionCode: o.addressRegionCode,
        registeredOn,
        ...(k === 0 ? { phone: o.phone } : {}),
      },
    );
    plan.duplicatePairs.push([o.id, made[firstId]!.id]);
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------------------------------------

/** Inserts rows in as few statements as PostgreSQL's limit of 65,535 parameters per statement allows. */
async function insertAll<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]) {
  const size = Math.floor(60_000 / Object.keys(getTableColumns(table)).length);
  for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size));
}

/**
 * Adds the synthetic registry to the demo office (BP3MI-SUMSEL), in one transaction. Idempotent: when the
 * office already has persons it adds nothing. Returns how many persons were added.
 */
export async function seedDemoPersons(database: Database, options: { count?: number; today?: string; seed?: number } = {}): Promise<number> {
  const size = options.count ?? 300;
  if (!Number.isInteger(size) || size < 20 || size > 5000) throw new RangeError(`demo person count must be 20–5000 (got ${size})`);
  const today = options.today ?? DEMO_TODAY;
  return database.db.transaction(async (tx) => {
    // The demo seed's lock: two instances starting together take turns.
    await tx.execute(sql`select pg_advisory_xact_lock(7204551003)`);
    const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.code, demoOffice.code));
    if (!office) throw new Error(`the demo office ${demoOffice.code} does not exist: run seedDemo first`);
    const [present] = await tx.select({ n: count() }).from(persons).where(eq(persons.officeId, office.id));
    if ((present?.n ?? 0) > 0) return 0;
    const plan = planDemoPersons(await readReference(tx, office.id), { count: size, today, seed: options.seed ?? DEMO_PERSONS_SEED });
    await insertAll(tx, persons, plan.persons);
    await insertAll(tx, personStatusChanges, plan.statusChanges);
    await insertAll(tx, familyMembers, plan.family);
    await insertAll(tx, personDocuments, plan.documents);
    await insertAll(tx, qualifications, plan.qualifications);
    await insertAll(tx, consents, plan.consents);
    await insertAll(tx, timelineEvents, plan.timeline);
    return plan.persons.length;
  });
}
