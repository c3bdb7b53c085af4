import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { divisions, partners, users } from '../../db/schema/index.js';
import { offsetOf, parseSort } from '../../lib/pagination.js';
import type { UserListQuery } from './users.schemas.js';

export type UserRow = typeof users.$inferSelect;

const scoped = (scope: 'all' | string): SQL | undefined => (scope === 'all' ? undefined : eq(users.officeId, scope));

export const usersRepository = {
  async list(db: Db, scope: 'all' | string, query: UserListQuery) {
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` : undefined;
    const where = and(
      scoped(scope),
      pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
      query.role ? eq(users.role, query.role) : undefined,
      query.officeId ? eq(users.officeId, query.officeId) : undefined,
      query.disabled === 'true' ? isNotNull(users.disabledAt) : query.disabled === 'false' ? isNull(users.disabledAt) : undefined,
    );
    const { field, desc: descending } = parseSort(query.sort);
    const column = { name: users.name, email: users.email, role: users.role, createdAt: users.createdAt }[field] ?? users.name;
    const rows = await db
      .select()
      .from(users)
      .where(where)
      .orderBy(descending ? desc(column) : asc(column), asc(users.id))
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize));
    const [total] = await db.select({ n: count() }).from(users).where(where);
    return { rows, total: total?.n ?? 0 };
  },

  async get(db: Db, id: string, scope: 'all' | string): Promise<UserRow | undefined> {
    const [row] = await db
      .select()
      .from(users)
      .where(and(eq(users.id, id), scoped(scope)));
    return row;
  },

  async emailTaken(db: Db, email: string): Promise<boolean> {
    const [row] = await db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
    return Boolean(row);
  },

  async divisionInOffice(db: Db, divisionId: string, officeId: string): Promise<boolean> {
    const [row] = await db
      .select({ id: divisions.id })
      .from(divisions)
      .where(and(eq(divisions.id, divisionId), eq(divisions.officeId, officeId)));
    return Boolean(row);
  },

  async partnerInOffice(db: Db, partnerId: string, officeId: string): Promise<boolean> {
    const [row] = await db
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.id, partnerId), eq(partners.officeId, officeId)));
    return Boolean(row);
  },

  async insert(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
    const [row] = await db.insert(users).values(values).returning();
    return row!;
  },

  /** Updates when the version matches; returns undefined when someone else changed it first. */
  async update(db: Db, id: string, version: number, values: Partial<typeof users.$inferInsert>): Promise<UserRow | undefined> {
    const [row] = await db
      .update(users)
      .set({ ...values, version: sql`${users.version} + 1` })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning();
    return row;
  },
};
