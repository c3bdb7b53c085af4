import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { conflict } from '../lib/errors.js';
import { recordAudit, type AuditEntry } from '../modules/audit/audit.service.js';
import { addTimelineEvent, type TimelineEntry } from '../modules/timeline/timeline.service.js';
import type { Context } from './context.js';

/**
 * Records a change the way every module must: the audit entry and the timeline events of the persons
 * concerned, in the transaction of the change (`ctx.db` bound to it), so neither tells of a change that
 * was rolled back.
 */
export async function recordChange(ctx: Context, change: { audit: AuditEntry; timeline?: TimelineEntry | TimelineEntry[] }): Promise<void> {
  for (const event of [change.timeline ?? []].flat()) await addTimelineEvent(ctx.db, ctx, event);
  await recordAudit(ctx.db, ctx, change.audit);
}

type Versioned = PgTable & { id: AnyPgColumn; version: AnyPgColumn };

/**
 * Optimistic concurrency in one place: updates the row when its version is still the one the caller read,
 * bumping it; throws 409 when someone else changed it first (the caller's edit is not applied, nothing is
 * lost: they reload and apply it again). `where` narrows further (not deleted, not merged).
 */
export async function updateVersioned<T extends Versioned>(
  db: Db,
  table: T,
  id: string,
  version: number,
  values: Partial<T['$inferInsert']>,
  where?: SQL,
): Promise<T['$inferSelect']> {
  const rows = (await db
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1` } as never)
    .where(and(eq(table.id, id), eq(table.version, version), where))
    .returning()) as T['$inferSelect'][];
  if (!rows[0]) throw conflict();
  return rows[0];
}
