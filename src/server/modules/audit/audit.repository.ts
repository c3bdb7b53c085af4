import { and, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditEvents, persons, users } from '../../db/schema/index.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuditRow = typeof auditEvents.$inferSelect;

export interface AuditFilter {
  scope: 'all' | string;
  actorUserId?: string | undefined;
  action?: string | undefined;
  outcome?: 'success' | 'failure' | 'denied' | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function where(f: AuditFilter): SQL | undefined {
  return and(
    f.scope === 'all' ? undefined : eq(auditEvents.officeId, f.scope),
    f.actorUserId ? eq(auditEvents.actorUserId, f.actorUserId) : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.outcome ? eq(auditEvents.outcome, f.outcome) : undefined,
    f.resourceType ? eq(auditEvents.resourceType, f.resourceType) : undefined,
    f.resourceId ? eq(auditEvents.resourceId, f.resourceId) : undefined,
    f.from ? gte(auditEvents.at, new Date(f.from)) : undefined,
    f.to ? lt(auditEvents.at, new Date(f.to)) : undefined,
  );
}

/** Reads of the append-only audit log, newest first. There is no update or delete here, on purpose. */
export const auditRepository = {
  async list(db: Db, f: AuditFilter, page: number, pageSize: number) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(where(f))
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [total] = await db.select({ n: count() }).from(auditEvents).where(where(f));
    return { rows, total: total?.n ?? 0 };
  },

  /**
   * What the page's records are called: a person's full name, a user's name, by resource id. Never an
   * identifier (NIK, passport): the log shows who was concerned, not their numbers.
   */
  async resourceLabels(db: Db, events: Pick<AuditRow, 'resourceType' | 'resourceId'>[]): Promise<Map<string, string>> {
    const ids = (type: string) => [
      ...new Set(events.filter((e) => e.resourceType === type && e.resourceId && uuidPattern.test(e.resourceId)).map((e) => e.resourceId!)),
    ];
    const personIds = ids('person');
    const userIds = ids('user');
    const found = [
      ...(personIds.length ? await db.select({ id: persons.id, name: persons.fullName }).from(persons).where(inArray(persons.id, personIds)) : []),
      ...(userIds.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)) : []),
    ];
    return new Map(found.map((r) => [r.id, r.name]));
  },

  async all(db: Db, f: AuditFilter, limit: number): Promise<AuditRow[]> {
    return db.select().from(auditEvents).where(where(f)).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(limit);
  },
};
