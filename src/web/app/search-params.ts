/** Search parameters of the screens, parsed from the address bar without trusting it. */

/** The router turns "16" into 16 and "true" into true (when lossless): take them back as text. */
const text = (value: unknown, max = 100): string | undefined => {
  const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  return s.trim() !== '' ? s.trim().slice(0, max) : undefined;
};

const positiveInt = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n > 1 && n <= 100_000 ? n : undefined;
};

function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

export const officeSorts = ['name', '-name', 'code', '-code'] as const;
export type OfficeSort = (typeof officeSorts)[number];
export interface OfficesSearch {
  q?: string;
  page?: number;
  sort?: OfficeSort;
}
export function parseOfficesSearch(search: Record<string, unknown>): OfficesSearch {
  return { q: text(search.q), page: positiveInt(search.page), sort: oneOf(officeSorts, search.sort) };
}

export const regionLevels = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof regionLevels)[number];
export interface RegionsSearch {
  q?: string;
  level?: RegionLevel;
  /** Code of the region whose children are listed (browsing). */
  parent?: string;
  page?: number;
}
export function parseRegionsSearch(search: Record<string, unknown>): RegionsSearch {
  const parent = text(search.parent, 13);
  return {
    q: text(search.q),
    level: oneOf(regionLevels, search.level),
    parent: parent && /^\d{2}(\.\d{2}(\.\d{2})?)?$/.test(parent) ? parent : undefined,
    page: positiveInt(search.page),
  };
}

export const referenceTabs = ['negara', 'ssw', 'dokumen', 'pengaduan'] as const;
export type ReferenceTab = (typeof referenceTabs)[number];
export interface ReferenceSearch {
  tab?: ReferenceTab;
}
export function parseReferenceSearch(search: Record<string, unknown>): ReferenceSearch {
  return { tab: oneOf(referenceTabs, search.tab) };
}
