import { and, asc, count, desc, eq, ilike, notInArray, or, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../domain/access.js';
import { applicationStages } from '../../../domain/placement/stages.js';
import type { Db } from '../../db/client.js';
import { applicationStageEvents, applications, jobOrders, persons, schemes, users } from '../../db/schema/index.js';
import { listPage } from '../../kit/list.js';
import { scopeCondition } from '../../kit/scope-sql.js';
import type { ApplicationListQuery } from './applications.schemas.js';

export type ApplicationRow = typeof applications.$inferSelect;
export interface ApplicationDetailRow {
  application: ApplicationRow;
  personName: string;
  jobOrderReference: string | null;
  jobOrderTitle: string | null;
  schemeCode: string;
}

const detail = (db: Db) =>
  db
    .select({
      application: applications,
      personName: persons.fullName,
      jobOrderReference: jobOrders.reference,
      jobOrderTitle: jobOrders.title,
      schemeCode: schemes.code,
    })
    .from(applications)
    .innerJoin(persons, eq(persons.id, applications.personId))
    .innerJoin(schemes, eq(schemes.id, applications.schemeId))
    .leftJoin(jobOrders, eq(jobOrders.id, applications.jobOrderId));

const scoped = (scope: Scope) => scopeCondition(scope, { officeId: applications.officeId });

export const applicationsRepository = {
  async list(db: Db, scope: Scope, query: ApplicationListQuery) {
    const conditions: (SQL | undefined)[] = [scoped(scope)];
    if (query.personId) conditions.push(eq(applications.personId, query.personId));
    if (query.jobOrderId) conditions.push(eq(applications.jobOrderId, query.jobOrderId));
    if (query.stage) conditions.push(eq(applications.stage, query.stage));
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(ilike(persons.fullName, like), ilike(jobOrders.reference, like)));
    }
    const where = and(...conditions);
    return listPage(
      query.page,
      query.pageSize,
      async (limit, offset) =>
        (await detail(db).where(where).orderBy(desc(applications.updatedAt), asc(applications.id)).limit(limit).offset(offset)) as ApplicationDetailRow[],
      async () => {
        const [row] = await db
          .select({ n: count() })
          .from(applications)
          .innerJoin(persons, eq(persons.id, applications.personId))
          .leftJoin(jobOrders, eq(jobOrders.id, applications.jobOrderId))
          .where(where);
        return row?.n ?? 0;
      },
    );
  },

  async get(db: Db, scope: Scope, id: string): Promise<ApplicationDetailRow | undefined> {
    const [row] = await detail(db).where(and(eq(applications.id, id), scoped(scope)));
    return row as ApplicationDetailRow | undefined;
  },

  /** An application's moves in order. Moves in the same instant (an import) follow the stages' order, which moves never go back on. */
  async events(db: Db, applicationId: string) {
    const rank = (s: string) => (applicationStages as readonly string[]).indexOf(s);
    const rows = await db
      .select({ event: applicationStageEvents, changedByName: users.name })
      .from(applicationStageEvents)
      .leftJoin(users, eq(users.id, applicationStageEvents.changedBy))
      .where(eq(applicationStageEvents.applicationId, applicationId))
      .orderBy(asc(applicationStageEvents.changedAt), asc(applicationStageEvents.effectiveOn));
    return rows.sort((a, b) => a.event.changedAt.getTime() - b.event.changedAt.getTime() || rank(a.event.toStage) - rank(b.event.toStage));
  },

  /** The person's live application to a job order (not withdrawn or rejected), if any. */
  async live(db: Db, personId: string, jobOrderId: string) {
    const [row] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.personId, personId), eq(applications.jobOrderId, jobOrderId), notInArray(applications.stage, ['withdrawn', 'rejected'])));
    return row;
  },

  async insert(db: Db, values: typeof applications.$inferInsert): Promise<ApplicationRow> {
    const [row] = await db.insert(applications).values(values).returning();
    return row!;
  },

  async addEvent(db: Db, values: typeof applicationStageEvents.$inferInsert): Promise<void> {
    await db.insert(applicationStageEvents).values(values);
  },
};
