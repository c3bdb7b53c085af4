import { and, asc, count, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { timelineEvents, users } from '../../db/schema/index.js';
import { offsetOf } from '../../lib/pagination.js';
import { sourceFacts, type EventSource } from '../audit/audit.service.js';

export type TimelineRow = typeof timelineEvents.$inferSelect;

export interface TimelineEntry {
  personId: string;
  /** Module that wrote it: registry, placement, training, cases… */
  module: string;
  /** Event name, e.g. person.registered, document.added, status.changed. Labelled in the staff app. */
  kind: string;
  /** What the summary needs (document type, new status…); never an identifier such as NIK or passport number. */
  data?: Record<string, string | number | boolean | null>;
  refType?: string;
  refId?: string;
  at?: Date;
}

/**
 * Appends an event to a person's timeline. Every module calls this inside the transaction of the change
 * it records, so the timeline never tells of something that was rolled back.
 */
export async function addTimelineEvent(db: Db, source: EventSource, entry: TimelineEntry): Promise<void> {
  const { actor, at } = sourceFacts(source);
  await db.insert(timelineEvents).values({
    personId: entry.personId,
    at: entry.at ?? at,
    module: entry.module,
    kind: entry.kind,
    data: entry.data ?? null,
    actorUserId: actor?.kind === 'user' ? actor.id : null,
    actorLabel: actor?.label ?? null,
    refType: entry.refType ?? null,
    refId: entry.refId ?? null,
  });
}

export const timelineRepository = {
  /**
   * Events of one person (and of records merged into it), newest first, each with the name of the user
   * who acted (actorName; the label kept in the row is the email of that moment, for the audit's sake).
   */
  async list(db: Db, personIds: string[], page: number, pageSize: number, order: 'asc' | 'desc' = 'desc') {
    const where = inArray(timelineEvents.personId, personIds);
    const rows = await db
      .select({ ...getTableColumns(timelineEvents), actorName: users.name })
      .from(timelineEvents)
      .leftJoin(users, eq(users.id, timelineEvents.actorUserId))
      .where(where)
      .orderBy(order === 'desc' ? desc(timelineEvents.at) : asc(timelineEvents.at), order === 'desc' ? desc(timelineEvents.id) : asc(timelineEvents.id))
      .limit(pageSize)
      .offset(offsetOf(page, pageSize));
    const [total] = await db.select({ n: count() }).from(timelineEvents).where(where);
    return { rows, total: total?.n ?? 0 };
  },

  async forPerson(db: Db, personId: string) {
    return db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.personId, personId)))
      .orderBy(asc(timelineEvents.at), asc(timelineEvents.id));
  },
};
