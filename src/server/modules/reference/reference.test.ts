import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const items = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  expect(res.statusCode).toBe(200);
  return res.json().items as Record<string, unknown>[];
};

describe('reference data', () => {
  it('has the ISO countries with Indonesian names', async () => {
    const countries = await items('/api/countries');
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.find((c) => c.code === 'JP')).toEqual({ code: 'JP', alpha3: 'JPN', numeric: '392', nameId: 'Jepang', nameEn: 'Japan' });
    expect(countries.find((c) => c.code === 'MY')).toMatchObject({ nameId: 'Malaysia' });
  });

  it('names countries as Indonesian offices write them: Tiongkok, and no English left in Indonesian names', async () => {
    const countries = await items('/api/countries');
    const byCode = (code: string) => countries.find((c) => c.code === code);
    expect(byCode('CN')).toMatchObject({ nameId: 'Tiongkok', nameEn: 'China' });
    expect(byCode('TW')).toMatchObject({ nameId: 'Taiwan', nameEn: 'Taiwan' });
    expect(byCode('KR')).toMatchObject({ nameId: 'Korea Selatan' });
    expect(byCode('HK')).toMatchObject({ nameId: 'Hong Kong' });
    expect(byCode('SA')).toMatchObject({ nameId: 'Arab Saudi' });
    const english = countries.filter((c) => /\b(and|the|of|Islands?|part)\b/.test(String(c.nameId))).map((c) => `${c.code} ${c.nameId}`);
    expect(english).toEqual([]);
  });

  it('has the SSW fields with effective dates: 16 in operation and 3 decided in 2026', async () => {
    const fields = await items('/api/ssw-fields');
    expect(fields).toHaveLength(19);
    expect(fields.filter((f) => String(f.effectiveFrom) <= '2026-01-23')).toHaveLength(16);
    expect(fields.find((f) => f.code === 'nursing_care')).toMatchObject({ ssw2: false, effectiveFrom: '2019-04-01' });
    expect(fields.filter((f) => f.ssw2)).toHaveLength(11);
  });

  it('has the eight documents of UU 18/2017 Pasal 13 and the health certificate valid 3 months', async () => {
    const docs = await items('/api/document-types');
    expect(docs.filter((d) => d.placementRequired)).toHaveLength(8);
    expect(docs.find((d) => d.code === 'health_certificate')).toMatchObject({ validityMonths: 3, sensitive: true });
    expect(docs.map((d) => d.code)).toEqual(expect.arrayContaining(['ktp', 'kk', 'diploma', 'bpjs_ketenagakerjaan', 'e_pmi', 'opp_certificate']));
  });

  it('has the 18 BP2MI complaint categories in order', async () => {
    const cats = await items('/api/complaint-categories');
    expect(cats).toHaveLength(18);
    expect(cats[0]).toEqual({ code: 'wants_repatriation', nameId: 'PMI ingin dipulangkan', nameEn: 'Wants to be sent home' });
  });

  it('records the version and source of every dataset, with the ODbL licence for regions', async () => {
    const sets = await items('/api/reference-datasets');
    const version = JSON.parse(fs.readFileSync('node_modules/idn-area-data/package.json', 'utf8')).version;
    expect(sets.find((s) => s.name === 'regions')).toMatchObject({ version: `idn-area-data@${version}`, license: 'ODbL-1.0', rowCount: 91599 });
    expect(sets.map((s) => s.name).sort()).toEqual(['complaint_categories', 'countries', 'document_types', 'regions', 'ssw_fields']);
  });
});
