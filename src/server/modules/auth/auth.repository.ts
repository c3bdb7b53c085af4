import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { rows, type Db } from '../../db/client.js';
import { offices, recoveryCodes, sessions, signInThrottle, users } from '../../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export const authRepository = {
  async userByEmail(db: Db, email: string): Promise<UserRow | undefined> {
    const [row] = await db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
    return row;
  },

  async userById(db: Db, id: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row;
  },

  async officeKind(db: Db, officeId: string): Promise<string | undefined> {
    const [row] = await db.select({ kind: offices.kind }).from(offices).where(eq(offices.id, officeId));
    return row?.kind;
  },

  /** The session of a cookie token, with its user, whatever its state (the service judges it). */
  async sessionByTokenHash(db: Db, tokenHash: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const [row] = await db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash));
    return row;
  },

  async insertSession(db: Db, values: typeof sessions.$inferInsert): Promise<SessionRow> {
    const [row] = await db.insert(sessions).values(values).returning();
    return row!;
  },

  async touchSession(db: Db, id: string, at: Date): Promise<void> {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
  },

  async clearEnrolmentRequired(db: Db, id: string): Promise<void> {
    await db.update(sessions).set({ totpEnrolmentRequired: false }).where(eq(sessions.id, id));
  },

  async revokeSession(db: Db, id: string, at: Date): Promise<void> {
    await db
      .update(sessions)
      .set({ revokedAt: at })
      .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
  },

  async revokeUserSessions(db: Db, userId: string, at: Date, exceptId?: string): Promise<number> {
    const rows = await db
      .update(sessions)
      .set({ revokedAt: at })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), exceptId ? sql`${sessions.id} <> ${exceptId}` : undefined))
      .returning({ id: sessions.id });
    return rows.length;
  },

  async activeSessions(db: Db, userId: string, now: Date): Promise<SessionRow[]> {
    return db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), sql`${sessions.expiresAt} > ${now.toISOString()}`))
      .orderBy(sql`${sessions.lastSeenAt} desc`);
  },

  async throttle(db: Db, keys: string[]) {
    if (!keys.length) return [];
    return db.select().from(signInThrottle).where(inArray(signInThrottle.key, keys));
  },

  /**
   * Counts a sign-in attempt for a key, atomically, and returns its number in the window: the caller
   * checks the password only when it is at most `max`, so parallel guesses cannot pass the limit. Starts
   * a new window when the old one has passed, and locks the key when the count reaches `max` (a lock is
   * not extended by attempts refused while it lasts).
   */
  async countAttempt(db: Db, key: string, now: Date, windowMs: number, max: number): Promise<{ failures: number; lockedUntil: Date | null }> {
    const nowIso = now.toISOString();
    const windowStartCutoff = new Date(now.getTime() - windowMs).toISOString();
    const lockUntil = new Date(now.getTime() + windowMs).toISOString();
    const [row] = await rows<{ failures: number; locked_until: string | Date | null }>(
      db,
      sql`
      insert into sign_in_throttle as t (key, failures, window_start, locked_until)
      values (${key}, 1, ${nowIso}, ${max <= 1 ? lockUntil : null})
      on conflict (key) do update set
        failures = case when t.window_start < ${windowStartCutoff} then 1 else t.failures + 1 end,
        window_start = case when t.window_start < ${windowStartCutoff} then ${nowIso}::timestamptz else t.window_start end,
        locked_until = case
          when (case when t.window_start < ${windowStartCutoff} then 1 else t.failures + 1 end) >= ${max}
            and (t.locked_until is null or t.locked_until <= ${nowIso}::timestamptz)
          then ${lockUntil}::timestamptz else t.locked_until end
      returning failures, locked_until`,
    );
    return { failures: Number(row!.failures), lockedUntil: row!.locked_until ? new Date(row!.locked_until) : null };
  },

  /** Takes back an attempt that was not a failure (the right password), lifting a lock it had caused. */
  async uncountAttempt(db: Db, key: string, max: number): Promise<void> {
    await db.execute(sql`
      update sign_in_throttle set
        failures = greatest(failures - 1, 0),
        locked_until = case when failures - 1 < ${max} then null else locked_until end
      where key = ${key}`);
  },

  async clearThrottle(db: Db, key: string): Promise<void> {
    await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
  },

  async updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>): Promise<void> {
    await db.update(users).set(values).where(eq(users.id, id));
  },

  async replaceRecoveryCodes(db: Db, userId: string, hashes: string[]): Promise<void> {
    await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    if (hashes.length) await db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
  },

  /** Marks an unused recovery code used; returns whether one matched. */
  async useRecoveryCode(db: Db, userId: string, codeHash: string, at: Date): Promise<boolean> {
    const rows = await db
      .update(recoveryCodes)
      .set({ usedAt: at })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    return rows.length > 0;
  },

  async unusedRecoveryCodes(db: Db, userId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
    return row?.n ?? 0;
  },
};
