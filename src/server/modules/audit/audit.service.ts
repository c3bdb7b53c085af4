import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/access.js';
import { maskIdentifier } from '../../../domain/registry.js';
import type { Db } from '../../db/client.js';
import type { Context } from '../../kit/context.js';
import { auditEvents } from '../../db/schema/index.js';

export interface AuditEntry {
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  /**
   * Who acted: left out, the source's actor (the caller of the request); `null`, nobody signed in, even
   * if the request carries someone's session (a failed sign-in is not the act of the cookie's owner).
   */
  actor?: Actor | null;
  /** Who, when there is no actor (a failed sign-in): the typed e-mail. */
  actorLabel?: string;
  officeId?: string | null;
  resourceType?: string;
  resourceId?: string;
  details?: Record<string, unknown>;
}

/** Fields never written to the audit log, whatever record they belong to. */
const secretFields = new Set(['passwordHash', 'password', 'totpSecret', 'tokenHash', 'csrfToken', 'codeHash', 'token']);

/** Identifiers kept in the audit log only masked (the log is read by more people than the registry). */
const maskedFields = new Set(['nik', 'passportNumber']);
/** Specific personal data (UU 27/2022): the log says it changed, not what it says. */
const hiddenFields = new Set(['healthNotes']);

/** Copies a record for the audit log without its secrets, identifiers masked and health data hidden. */
export function auditSnapshot<T extends Record<string, unknown>>(record: T | undefined | null): Record<string, unknown> | undefined {
  if (!record) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (secretFields.has(k)) continue;
    if (maskedFields.has(k)) {
      out[k] = typeof v === 'string' ? maskIdentifier(v) : v;
      continue;
    }
    if (hiddenFields.has(k)) {
      out[k] = v ? '[hidden]' : null;
      continue;
    }
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/** Who and where an event comes from: a service's context, or (for the HTTP layer itself) the request. */
export type EventSource = Pick<Context, 'actor' | 'clock' | 'ip' | 'requestId'> | FastifyRequest | null;

/** The facts of an event source, whichever form it has. */
export function sourceFacts(source: EventSource): { actor: Actor | null; at: Date; ip: string | null; requestId: string | null } {
  if (!source) return { actor: null, at: new Date(), ip: null, requestId: null };
  if ('server' in source) return { actor: source.actor, at: source.server.clock.now(), ip: source.ip, requestId: String(source.id) };
  return { actor: source.actor, at: source.clock.now(), ip: source.ip, requestId: source.requestId };
}

/** Appends one event. Call it inside the transaction of the write it records. */
export async function recordAudit(db: Db, source: EventSource, entry: AuditEntry): Promise<void> {
  const origin = sourceFacts(source);
  const actor = entry.actor === null ? null : (entry.actor ?? origin.actor);
  await db.insert(auditEvents).values({
    at: origin.at,
    officeId: entry.officeId ?? actor?.officeId ?? null,
    actorUserId: actor?.kind === 'user' ? actor.id : null,
    actorTokenId: actor?.kind === 'token' ? actor.id : null,
    actorLabel: actor?.label ?? entry.actorLabel ?? null,
    action: entry.action,
    outcome: entry.outcome,
    resourceType: entry.resourceType ?? null,
    resourceId: entry.resourceId ?? null,
    ip: origin.ip,
    requestId: origin.requestId,
    details: entry.details ?? null,
  });
}
