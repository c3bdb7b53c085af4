import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { checkPassword } from '../../domain/password-policy.js';
import type { Database } from '../db/client.js';
import { auditEvents, offices, users } from '../db/schema/index.js';
import { hashPassword, randomToken } from '../lib/secrets.js';

export const createAdminInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(2).max(120),
  officeCode: z.string().trim().min(2).max(40).optional(),
  officeName: z.string().trim().min(3).max(120).optional(),
  password: z.string().optional(),
});

/** A problem the operator can fix: printed as one line. */
export class CreateAdminError extends Error {}

/**
 * Creates the first administrator of a deployment (or another one). The office is found by code, or
 * created when a name is given; the only office is used when neither is. Without a password one is
 * generated; either way the administrator changes it and enrols a second factor at first sign-in.
 */
export async function createAdmin(database: Database, raw: z.input<typeof createAdminInput>) {
  const parsed = createAdminInput.safeParse(raw);
  if (!parsed.success) throw new CreateAdminError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const input = parsed.data;
  if (input.password) {
    const problem = await checkPassword(input.password, [input.email, input.name]);
    if (problem) throw new CreateAdminError(`password: ${problem.replace('_', ' ')} (at least 12 characters, not a common password)`);
  }
  const password = input.password ?? `${randomToken(12)}-${randomToken(6)}`;
  const passwordHash = await hashPassword(password);
  return database.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email}`);
    if (taken) throw new CreateAdminError(`A user with e-mail ${input.email} already exists.`);
    let officeId: string | undefined;
    if (input.officeCode) {
      const [found] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.code, input.officeCode));
      officeId = found?.id;
      if (!officeId && input.officeName) {
        officeId = (await tx.insert(offices).values({ code: input.officeCode, name: input.officeName, kind: 'bp3mi' }).returning())[0]!.id;
      }
      if (!officeId) throw new CreateAdminError(`No office with code ${input.officeCode}; add --office-name to create it.`);
    } else {
      const all = await tx.select({ id: offices.id, code: offices.code }).from(offices).limit(2);
      if (all.length !== 1) {
        throw new CreateAdminError(
          all.length === 0
            ? 'There is no office yet: give --office-code and --office-name to create it.'
            : `There are several offices: choose one with --office-code (${all.map((o) => o.code).join(', ')}, …).`,
        );
      }
      officeId = all[0]!.id;
    }
    const [user] = await tx
      .insert(users)
      .values({ officeId, email: input.email, name: input.name, role: 'administrator', passwordHash, mustChangePassword: true })
      .returning({ id: users.id });
    await tx.insert(auditEvents).values({
      officeId,
      actorLabel: 'command line',
      action: 'user.create',
      outcome: 'success',
      resourceType: 'user',
      resourceId: user!.id,
      details: { after: { email: input.email, name: input.name, role: 'administrator' } },
    });
    return { userId: user!.id, officeId, generatedPassword: input.password ? null : password };
  });
}
