import type { Database } from '../../db/client.js';
import type { SessionRow, UserRow } from './auth.repository.js';

/**
 * A short-lived cache of session lookups, so that a signed-in request does not read its session, user
 * and office kind from the database every time (docs/decisions/0009). It keeps rows, not judgments: the
 * caller still judges revocation, absolute and idle expiry and a disabled user against its clock.
 *
 * Entries live TTL_MS of real (monotonic) time, whatever a test clock says, and are dropped at once when
 * this process signs a session out, ends one, or changes its user. Another instance on the same
 * PostgreSQL database does not hear of those changes: there a revoked session stays usable for at most
 * TTL_MS.
 *
 * One cache per database handle: two app instances on one database (tests, a CLI next to a server) see
 * the same entries, two databases never do.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 5_000;

export interface CachedSession {
  session: SessionRow;
  user: UserRow;
}

interface Entry extends CachedSession {
  expiresAt: number;
}

/** Office kinds (national or regional) change only by migration or by hand: a minute is short enough. */
const OFFICE_KIND_TTL_MS = 60_000;

class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly officeKinds = new Map<string, { kind: string | undefined; expiresAt: number }>();
  /** Bumped by every invalidation: a lookup that started before one must not store what it read. */
  private generation = 0;

  get(tokenHash: string): CachedSession | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAt <= performance.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry;
  }

  /** A ticket to pass to set(): taken before reading the database. */
  ticket(): number {
    return this.generation;
  }

  set(tokenHash: string, value: CachedSession, ticket: number): void {
    if (ticket !== this.generation) return;
    // Oldest first in a Map: drop from the front when full.
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenHash, { ...value, expiresAt: performance.now() + SESSION_CACHE_TTL_MS });
  }

  /** Records a touch written by this process, so the next judgment sees the new last_seen_at. */
  touched(sessionId: string, at: Date): void {
    for (const entry of this.entries.values()) {
      if (entry.session.id === sessionId) entry.session = { ...entry.session, lastSeenAt: at };
    }
  }

  forgetSession(sessionId: string): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (entry.session.id === sessionId) this.entries.delete(key);
  }

  forgetUser(userId: string): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(key);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.officeKinds.clear();
  }

  /** The kind of an office, read through `load` at most once a minute. */
  async officeKind(officeId: string, load: () => Promise<string | undefined>): Promise<string | undefined> {
    const hit = this.officeKinds.get(officeId);
    if (hit && hit.expiresAt > performance.now()) return hit.kind;
    const kind = await load();
    if (this.officeKinds.size >= MAX_ENTRIES) this.officeKinds.clear();
    this.officeKinds.set(officeId, { kind, expiresAt: performance.now() + OFFICE_KIND_TTL_MS });
    return kind;
  }
}

const caches = new WeakMap<Database, SessionCache>();

/** The session cache of a database. */
export function sessionCache(database: Database): SessionCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = new SessionCache();
    caches.set(database, cache);
  }
  return cache;
}
