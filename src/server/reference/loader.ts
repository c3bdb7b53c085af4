import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { inTransaction, type Database } from '../db/client.js';
import { serverSource } from '../lib/paths.js';
import { seedSchemes } from '../modules/schemes/schemes.seed.js';

const require = createRequire(import.meta.url);
/** The datasets stay in the sources (src/server/reference/data); the compiled server reads them there too. */
const here = serverSource('reference');

type Row = Record<string, string | number | boolean | null>;

interface Dataset {
  name: string;
  version: string;
  source: string;
  license?: string;
  table: string;
  /** Column names in the table, in the order rows give them. */
  columns: { name: string; type: string }[];
  key: string;
  rows: () => Promise<unknown[][]>;
}

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

function jsonDataset(file: string, table: string, columns: { name: string; type: string; from: string }[]): Dataset {
  const data = JSON.parse(fs.readFileSync(path.join(here, 'data', file), 'utf8')) as {
    version: string;
    source: string;
    rows: Row[];
  };
  return {
    name: table,
    version: data.version,
    source: data.source,
    table,
    key: 'code',
    columns: [...columns, { name: 'sort_order', type: 'smallint' }],
    rows: async () => data.rows.map((r, i) => [...columns.map((c) => r[c.from] ?? null), i + 1]),
  };
}

/**
 * Country names as Indonesian offices and BP2MI write them, where the package's differ: Tiongkok (not
 * China, the usage of Kemlu and Keppres 12/2014), Vietnam, and territories whose Indonesian name the
 * package leaves in English. English keeps the short names of BP2MI's statistics ("Taiwan", "China").
 */
export const countryNameOverrides: Record<string, { id?: string; en?: string }> = {
  CN: { id: 'Tiongkok', en: 'China' },
  TW: { en: 'Taiwan' },
  VN: { id: 'Vietnam' },
  US: { en: 'United States' },
  AX: { id: 'Kepulauan Åland' },
  BQ: { id: 'Bonaire, Sint Eustatius, dan Saba' },
  IM: { id: 'Pulau Man' },
  MF: { id: 'Saint Martin (Prancis)' },
  SX: { id: 'Sint Maarten (Belanda)' },
  TC: { id: 'Kepulauan Turks dan Caicos' },
  UM: { id: 'Kepulauan Terluar Kecil Amerika Serikat' },
  VC: { id: 'Saint Vincent dan Grenadine' },
  VG: { id: 'Kepulauan Virgin Britania Raya' },
  VI: { id: 'Kepulauan Virgin Amerika Serikat' },
  WF: { id: 'Wallis dan Futuna' },
};
/** Raised when the overrides change, so that databases load the names again. */
const COUNTRY_NAMES_REVISION = 1;

/** The reference datasets Balai ships, each from its real source. */
export function datasets(): Dataset[] {
  return [
    {
      name: 'regions',
      version: `idn-area-data@${packageVersion('idn-area-data')}`,
      source: 'Kemendagri administrative area codes via the idn-area-data package (github.com/fityannugroho/idn-area-data)',
      license: 'ODbL-1.0',
      table: 'regions',
      key: 'code',
      columns: [
        { name: 'code', type: 'text' },
        { name: 'parent_code', type: 'text' },
        { name: 'level', type: 'smallint' },
        { name: 'name', type: 'text' },
      ],
      rows: async () => {
        // Imported only to load the rows: most starts find the version loaded already.
        const { getDistricts, getProvinces, getRegencies, getVillages } = await import('idn-area-data');
        const [p, r, d, v] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]);
        return [
          ...p.map((x) => [x.code, null, 1, x.name]),
          ...r.map((x) => [x.code, x.province_code, 2, x.name]),
          ...d.map((x) => [x.code, x.regency_code, 3, x.name]),
          ...v.map((x) => [x.code, x.district_code, 4, x.name]),
        ];
      },
    },
    {
      name: 'countries',
      version: `i18n-iso-countries@${packageVersion('i18n-iso-countries')}+names.${COUNTRY_NAMES_REVISION}`,
      source: 'ISO 3166-1 via the i18n-iso-countries package, with the names Indonesian offices use (Tiongkok)',
      license: 'MIT',
      table: 'countries',
      key: 'code',
      columns: [
        { name: 'code', type: 'text' },
        { name: 'alpha3', type: 'text' },
        { name: 'numeric', type: 'text' },
        { name: 'name_id', type: 'text' },
        { name: 'name_en', type: 'text' },
      ],
      rows: async () => {
        const { default: countriesLib } = await import('i18n-iso-countries');
        countriesLib.registerLocale(require('i18n-iso-countries/langs/id.json'));
        countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));
        const id = countriesLib.getNames('id', { select: 'official' });
        const en = countriesLib.getNames('en', { select: 'official' });
        return Object.keys(countriesLib.getAlpha2Codes()).map((code) => [
          code,
          countriesLib.alpha2ToAlpha3(code) ?? '',
          countriesLib.alpha2ToNumeric(code) ?? '',
          countryNameOverrides[code]?.id ?? id[code] ?? en[code] ?? code,
          countryNameOverrides[code]?.en ?? en[code] ?? code,
        ]);
      },
    },
    jsonDataset('ssw-fields.json', 'ssw_fields', [
      { name: 'code', type: 'text', from: 'code' },
      { name: 'name_id', type: 'text', from: 'nameId' },
      { name: 'name_en', type: 'text', from: 'nameEn' },
      { name: 'name_ja', type: 'text', from: 'nameJa' },
      { name: 'effective_from', type: 'date', from: 'effectiveFrom' },
      { name: 'effective_to', type: 'date', from: 'effectiveTo' },
      { name: 'ssw2', type: 'boolean', from: 'ssw2' },
    ]),
    jsonDataset('document-types.json', 'document_types', [
      { name: 'code', type: 'text', from: 'code' },
      { name: 'name_id', type: 'text', from: 'nameId' },
      { name: 'name_en', type: 'text', from: 'nameEn' },
      { name: 'legal_basis', type: 'text', from: 'legalBasis' },
      { name: 'placement_required', type: 'boolean', from: 'placementRequired' },
      { name: 'validity_months', type: 'smallint', from: 'validityMonths' },
      { name: 'sensitive', type: 'boolean', from: 'sensitive' },
    ]),
    jsonDataset('complaint-categories.json', 'complaint_categories', [
      { name: 'code', type: 'text', from: 'code' },
      { name: 'name_id', type: 'text', from: 'nameId' },
      { name: 'name_en', type: 'text', from: 'nameEn' },
    ]),
  ];
}

const BATCH = 5000;
const REFERENCE_LOCK_KEY = 7_204_551_002;

/**
 * Loads every reference dataset whose shipped version differs from the one in the database. Rows are
 * upserted (never deleted: other records point to them), batch by batch through unnest(), all in one
 * transaction per dataset. Returns the names of the datasets loaded.
 */
export async function loadReferenceData(database: Database): Promise<string[]> {
  const loaded: string[] = [];
  const current = new Map(
    (await database.query<{ name: string; version: string }>('select name, version from reference_datasets')).map((r) => [r.name, r.version]),
  );
  for (const ds of datasets()) {
    if (current.get(ds.name) === ds.version) continue;
    const rows = await ds.rows();
    const cols = ds.columns.map((c) => `"${c.name}"`).join(', ');
    const unnest = ds.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
    const updates = ds.columns
      .filter((c) => c.name !== ds.key)
      .map((c) => `"${c.name}" = excluded."${c.name}"`)
      .join(', ');
    const upsert = `insert into ${ds.table} (${cols}) select * from unnest(${unnest}) on conflict ("${ds.key}") do update set ${updates}`;
    await inTransaction(database, async (run) => {
      // Instances starting together take turns; the second finds the version already loaded.
      await run('select pg_advisory_xact_lock($1)', [REFERENCE_LOCK_KEY]);
      const [row] = (await run('select version from reference_datasets where name = $1', [ds.name])) as { version: string }[];
      if (row?.version === ds.version) return;
      for (let i = 0; i < rows.length; i += BATCH) {
        const chunk = rows.slice(i, i + BATCH);
        await run(
          upsert,
          ds.columns.map((_, c) => chunk.map((r) => r[c])),
        );
      }
      await run(
        `insert into reference_datasets (name, version, source, license, row_count, loaded_at)
         values ($1, $2, $3, $4, $5, now())
         on conflict (name) do update set version = excluded.version, source = excluded.source,
           license = excluded.license, row_count = excluded.row_count, loaded_at = now()`,
        [ds.name, ds.version, ds.source, ds.license ?? null, rows.length],
      );
    });
    loaded.push(ds.name);
  }
  // PGlite runs no autovacuum: without statistics the planner ignores the trigram index on names.
  if (loaded.length)
    await database.query(
      `analyze ${datasets()
        .filter((d) => loaded.includes(d.name))
        .map((d) => d.table)
        .join(', ')}`,
    );
  // The placement schemes the catalogue ships, when missing (edits made in the application are kept).
  await seedSchemes(database);
  return loaded;
}
