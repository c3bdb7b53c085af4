/**
 * Who may do what: the one table of grants, pure and without I/O. Routes declare the permission they
 * need; the access plugin asks `can()`; records of another office are filtered by `officeScope()`.
 */
import type { Role } from './roles.js';

export const resources = [
  'offices',
  'users',
  'api-tokens',
  'audit-events',
  'reports',
  'partners',
  'persons',
  'person-health',
  // Placement (penempatan): schemes and their rules, P3MI agencies with permits, employers, job orders, applications.
  'schemes',
  'agencies',
  'employers',
  'job-orders',
  'applications',
] as const;
export type Resource = (typeof resources)[number];
/**
 * `reveal`: see a masked identifier (NIK, passport number) in full, with a reason that is audited.
 * `merge`: fold a duplicate record into another.
 */
export const actions = ['read', 'create', 'update', 'export', 'reveal', 'merge'] as const;
export type Action = (typeof actions)[number];
export type Permission = `${Resource}:${Action}`;

/** Everything a signed-in person or an integration token carries into a request. */
export interface Actor {
  kind: 'user' | 'token';
  id: string;
  /** For people: their e-mail; for tokens: their name. Shown in the audit log. */
  label: string;
  role: Role | 'token';
  officeId: string;
  /** National roles (and users of a national office) see every office. */
  allOffices: boolean;
  divisionId: string | null;
  partnerId: string | null;
  /** Explicit grants of a token; people get theirs from their role. */
  scopes?: readonly Permission[];
  /** Signed in but must enrol a second factor before anything else. */
  totpEnrolmentRequired?: boolean;
  /** Signed in with a one-time password (a new account): must change it before anything else. */
  mustChangePassword?: boolean;
  sessionId?: string;
}

const staffRead: Permission[] = ['offices:read', 'reports:read', 'partners:read'];
/** The registry as the divisions that serve people use it (penempatan, pelindungan). */
const registryWork: Permission[] = ['persons:read', 'persons:create', 'persons:update', 'persons:reveal', 'persons:merge', 'person-health:read'];

/** Placement as the read side sees it: schemes, agencies, employers, job orders and applications. */
const placementRead: Permission[] = ['schemes:read', 'agencies:read', 'employers:read', 'job-orders:read', 'applications:read'];
/** Placement as the placement division works it. Scheme rules are changed by administrators only. */
const placementWork: Permission[] = [
  ...placementRead,
  'agencies:create',
  'agencies:update',
  'employers:create',
  'employers:update',
  'job-orders:create',
  'job-orders:update',
  'applications:create',
  'applications:update',
];

/** Grants per role. Anything not listed is denied. */
export const grants: Record<Role, readonly Permission[]> = {
  administrator: [
    ...staffRead,
    'users:read',
    'users:create',
    'users:update',
    'api-tokens:read',
    'api-tokens:create',
    'api-tokens:update',
    'audit-events:read',
    'audit-events:export',
    ...registryWork,
    'persons:export',
    ...placementWork,
    'schemes:update',
    'job-orders:export',
  ],
  // The head of office reads and answers data-subject requests; day-to-day entry is the divisions' work.
  kepala: [
    ...staffRead,
    'users:read',
    'audit-events:read',
    'audit-events:export',
    'persons:read',
    'persons:reveal',
    'persons:export',
    'person-health:read',
    ...placementRead,
    'job-orders:export',
  ],
  staff: [...staffRead, ...registryWork, ...placementWork, 'job-orders:export'],
  // The media team publishes verified vacancies and explains schemes; it does not see applications.
  humas: ['offices:read', 'reports:read', 'schemes:read', 'agencies:read', 'job-orders:read'],
  // National viewers see the registry across offices, masked; they cannot reveal or read health data.
  national_viewer: [...staffRead, 'users:read', 'persons:read', ...placementRead],
  partner_pemda: ['offices:read'],
  partner_lpk: ['offices:read'],
  partner_mentor: ['offices:read'],
  partner_bumn: ['offices:read'],
  partner_p3mi: ['offices:read'],
};

/** Roles that must use a second factor unless the deployment says otherwise. */
export const defaultTotpRoles: readonly Role[] = ['administrator', 'kepala'];

export const partnerRoles: readonly Role[] = ['partner_pemda', 'partner_lpk', 'partner_mentor', 'partner_bumn', 'partner_p3mi'];

export function can(actor: Actor, permission: Permission): boolean {
  if (actor.totpEnrolmentRequired) return false;
  const granted = actor.kind === 'token' ? (actor.scopes ?? []) : (grants[actor.role as Role] ?? []);
  return granted.includes(permission);
}

/** The offices whose records the actor may see: all, or their own. */
export function officeScope(actor: Actor): 'all' | string {
  return actor.allOffices ? 'all' : actor.officeId;
}

export function canSeeOffice(actor: Actor, officeId: string): boolean {
  return actor.allOffices || actor.officeId === officeId;
}

/**
 * Which records of a resource an actor may see. Office is the common case; partner users see only what
 * their organisation is party to; confidential records (complaint cases) only the officer assigned, plus
 * whoever the resource's policy widens it to; the public sees only what is published. A policy picks
 * the scope per resource (`server/kit/policy.ts`), and repositories turn it into a condition with
 * `scopeCondition` (`server/kit/scope-sql.ts`), so lists and single reads filter alike.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'office'; officeId: string }
  | { kind: 'partner'; partnerId: string }
  | { kind: 'assigned'; officeId: string; userId: string }
  | { kind: 'public' }
  | { kind: 'none' };

/** What a record says about who may see it; a resource gives the facts it has. */
export interface ScopedRecord {
  officeId: string;
  /** Partner organisations party to the record (a cohort's LPK, a referral's BUMN…). */
  partnerIds?: readonly string[];
  /** The officer a confidential record is assigned to. */
  assignedUserId?: string | null;
  /** Published to everyone (a verified public vacancy, a published article). */
  isPublic?: boolean;
}

/** The usual scope of a staff resource: every office for national roles, else the actor's office; partners none. */
export function officeScopeOf(actor: Actor | null): Scope {
  if (!actor) return { kind: 'public' };
  if (actor.partnerId) return { kind: 'partner', partnerId: actor.partnerId };
  return actor.allOffices ? { kind: 'all' } : { kind: 'office', officeId: actor.officeId };
}

/** Whether a record lies within a scope: the one rule behind single reads (lists use the SQL form). */
export function inScope(scope: Scope, record: ScopedRecord): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'office':
      return record.officeId === scope.officeId;
    case 'partner':
      return record.partnerIds?.includes(scope.partnerId) ?? false;
    case 'assigned':
      return record.officeId === scope.officeId && record.assignedUserId === scope.userId;
    case 'public':
      return record.isPublic === true;
    case 'none':
      return false;
  }
}
