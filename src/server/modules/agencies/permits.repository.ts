import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { jobOrders, recruitmentPermits } from '../../db/schema/index.js';

export type PermitRow = typeof recruitmentPermits.$inferSelect;

/**
 * The positions already drawn on a recruitment permit (SIP2MI): the sum of `positions` of every job order
 * whose `permit_id` is this permit, whatever its status (a closed order counts too — kept simple on purpose).
 *
 * For the job-orders module: enforce the quota at creation with
 * `usedPositions(db, permitId) + positions <= permit.quota`; when changing an order's positions, pass
 * `{ excludeJobOrderId }` so the order's own current positions are not counted twice:
 * `usedPositions(db, permitId, { excludeJobOrderId: order.id }) + newPositions <= permit.quota`.
 * Call it inside the same transaction as the write (and lock the permit row with `lockPermit` first) so
 * two concurrent orders cannot both pass the check.
 */
export async function usedPositions(db: Db, permitId: string, options: { excludeJobOrderId?: string } = {}): Promise<number> {
  const conditions = [eq(jobOrders.permitId, permitId)];
  if (options.excludeJobOrderId) conditions.push(ne(jobOrders.id, options.excludeJobOrderId));
  const [row] = await db
    .select({ n: sql<string | number>`coalesce(sum(${jobOrders.positions}), 0)` })
    .from(jobOrders)
    .where(and(...conditions));
  return Number(row?.n ?? 0);
}

/** Locks a permit row for the rest of the transaction (`select … for update`); undefined when absent. */
export async function lockPermit(db: Db, permitId: string): Promise<PermitRow | undefined> {
  const [row] = await db.select().from(recruitmentPermits).where(eq(recruitmentPermits.id, permitId)).for('update');
  return row;
}

/** Used positions of many permits at once: one query. Permits without orders answer 0. */
export async function usedPositionsOf(db: Db, permitIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>(permitIds.map((id) => [id, 0]));
  if (permitIds.length === 0) return out;
  const rows = await db
    .select({ permitId: jobOrders.permitId, n: sql<string | number>`coalesce(sum(${jobOrders.positions}), 0)` })
    .from(jobOrders)
    .where(inArray(jobOrders.permitId, [...permitIds]))
    .groupBy(jobOrders.permitId);
  for (const row of rows) if (row.permitId) out.set(row.permitId, Number(row.n));
  return out;
}

export const permitsRepository = {
  async listOf(db: Db, agencyId: string): Promise<PermitRow[]> {
    return db
      .select()
      .from(recruitmentPermits)
      .where(eq(recruitmentPermits.agencyId, agencyId))
      .orderBy(asc(recruitmentPermits.validUntil), asc(recruitmentPermits.id));
  },

  async get(db: Db, agencyId: string, id: string): Promise<PermitRow | undefined> {
    const [row] = await db
      .select()
      .from(recruitmentPermits)
      .where(and(eq(recruitmentPermits.agencyId, agencyId), eq(recruitmentPermits.id, id)));
    return row;
  },

  /** Whether a permit number is taken (case-insensitive), optionally by another permit than `exceptId`. */
  async numberTaken(db: Db, number: string, exceptId?: string): Promise<boolean> {
    const conditions = [sql`upper(${recruitmentPermits.number}) = upper(${number})`];
    if (exceptId) conditions.push(ne(recruitmentPermits.id, exceptId));
    const [row] = await db
      .select({ id: recruitmentPermits.id })
      .from(recruitmentPermits)
      .where(and(...conditions));
    return Boolean(row);
  },

  async insert(db: Db, values: typeof recruitmentPermits.$inferInsert): Promise<PermitRow> {
    const [row] = await db.insert(recruitmentPermits).values(values).returning();
    return row!;
  },

  /** Updates when the version matches; undefined when someone else changed it first. */
  async update(db: Db, id: string, version: number, values: Partial<typeof recruitmentPermits.$inferInsert>): Promise<PermitRow | undefined> {
    const [row] = await db
      .update(recruitmentPermits)
      .set({ ...values, version: sql`${recruitmentPermits.version} + 1`, updatedAt: new Date() })
      .where(and(eq(recruitmentPermits.id, id), eq(recruitmentPermits.version, version)))
      .returning();
    return row;
  },
};
