import { ageBands, lifecycleStatuses, sexes } from '../../domain/registry';
import { roles } from '../../domain/roles';
import { searchForAddress } from '../features/persons/search-text';
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

export interface SignInSearch {
  /** Where to go after signing in: a path inside the app. */
  next?: string;
  /** 1 when the previous session ended (idle or absolute timeout, signed out elsewhere). */
  expired?: 1;
}
/** Only a path of this app is a valid `next` (never another site: //evil.example or https://…). */
export function parseSignInSearch(search: Record<string, unknown>): SignInSearch {
  const next = text(search.next, 500);
  return {
    next: next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && !next.startsWith('/masuk') ? next : undefined,
    expired: search.expired === 1 || search.expired === '1' ? 1 : undefined,
  };
}

export const profileTabs = ['kata-sandi', 'autentikator', 'sesi'] as const;
export type ProfileTab = (typeof profileTabs)[number];
export function parseProfileTab(tab: string): ProfileTab | undefined {
  return oneOf(profileTabs, tab);
}

// The roles of the server's policy (src/domain/roles.ts), one list for both.
export const userRoles = roles;
export const userStatuses = ['aktif', 'nonaktif'] as const;
export const userSorts = ['name', '-name', 'email', '-email', 'role', '-role', 'createdAt', '-createdAt'] as const;
export type UserSort = (typeof userSorts)[number];
export interface UsersSearch {
  q?: string;
  role?: (typeof userRoles)[number];
  status?: (typeof userStatuses)[number];
  sort?: UserSort;
  page?: number;
}
export function parseUsersSearch(search: Record<string, unknown>): UsersSearch {
  return {
    q: text(search.q),
    role: oneOf(userRoles, search.role),
    status: oneOf(userStatuses, search.status),
    sort: oneOf(userSorts, search.sort),
    page: positiveInt(search.page),
  };
}

export const auditOutcomes = ['success', 'failure', 'denied'] as const;
const isoDate = (value: unknown): string | undefined => {
  const s = text(value, 10);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : undefined;
};
const uuid = (value: unknown): string | undefined => {
  const s = text(value, 36);
  return s && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s) ? s.toLowerCase() : undefined;
};
export interface AuditSearch {
  action?: string;
  outcome?: (typeof auditOutcomes)[number];
  /** Id of the user who acted. */
  actor?: string;
  /** Calendar dates (YYYY-MM-DD) in the office's time zone, both included. */
  from?: string;
  to?: string;
  resourceType?: string;
  resourceId?: string;
  page?: number;
}
export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  const action = text(search.action, 60);
  const resourceType = text(search.resourceType, 40);
  return {
    action: action && /^[a-z_]+\.[a-z_]+$/.test(action) ? action : undefined,
    outcome: oneOf(auditOutcomes, search.outcome),
    actor: uuid(search.actor),
    from: isoDate(search.from),
    to: isoDate(search.to),
    resourceType: resourceType && /^[a-z_]+$/.test(resourceType) ? resourceType : undefined,
    resourceId: text(search.resourceId, 80),
    page: positiveInt(search.page),
  };
}

export const passportExpiryFilters = ['6m'] as const;
export const personSorts = ['fullName', '-fullName', 'birthDate', '-birthDate', 'createdAt', '-createdAt', 'status', '-status'] as const;
export type PersonSort = (typeof personSorts)[number];
export interface PersonsSearch {
  /** A name only: a NIK, passport or phone number is never put in the address (see search-text.ts). */
  q?: string;
  status?: (typeof lifecycleStatuses)[number];
  sex?: (typeof sexes)[number];
  /** Kab/kota of origin, e.g. 16.74. */
  regency?: string;
  ageBand?: (typeof ageBands)[number];
  /** Destination country, ISO alpha-2. */
  country?: string;
  /** 6m: only persons whose passport runs out within six months (the dashboard's card). */
  passportExpiring?: (typeof passportExpiryFilters)[number];
  sort?: PersonSort;
  page?: number;
}
export function parsePersonsSearch(search: Record<string, unknown>): PersonsSearch {
  const regency = text(search.regency, 6);
  const country = text(search.country, 3)?.toUpperCase();
  return {
    q: searchForAddress(text(search.q)),
    status: oneOf(lifecycleStatuses, search.status),
    sex: oneOf(sexes, search.sex),
    regency: regency && /^\d{2}\.\d{2}$/.test(regency) ? regency : undefined,
    ageBand: oneOf(ageBands, search.ageBand),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    passportExpiring: oneOf(passportExpiryFilters, search.passportExpiring),
    sort: oneOf(personSorts, search.sort),
    page: positiveInt(search.page),
  };
}

export const personTabs = ['profil', 'keluarga', 'dokumen', 'kualifikasi', 'kelayakan', 'riwayat', 'persetujuan'] as const;
export type PersonTab = (typeof personTabs)[number];
export interface PersonSearch {
  tab?: PersonTab;
}
export function parsePersonSearch(search: Record<string, unknown>): PersonSearch {
  return { tab: oneOf(personTabs, search.tab) };
}

export interface PageOnlySearch {
  page?: number;
}
export function parsePageOnlySearch(search: Record<string, unknown>): PageOnlySearch {
  return { page: positiveInt(search.page) };
}
