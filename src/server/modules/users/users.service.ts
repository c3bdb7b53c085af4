import type { ActorContext } from '../../kit/context.js';
import { canSeeOffice, officeScope } from '../../../domain/access.js';
import type { Role } from '../../db/schema/identity.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { hashPassword, randomToken } from '../../lib/secrets.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { assertPasswordAcceptable } from '../auth/auth.service.js';
import { authRepository } from '../auth/auth.repository.js';
import { sessionCache } from '../auth/session-cache.js';
import { roleNeeds } from './users.policy.js';
import { usersRepository, type UserRow } from './users.repository.js';
import type { createUserBody, updateUserBody } from './users.schemas.js';
import type { z } from 'zod';

import type { Db } from '../../db/client.js';

/** Checks that a role has what it needs, and that division and partner belong to the user's office. */
async function assertAssignment(db: Db, officeId: string, role: Role, divisionId: string | null, partnerId: string | null) {
  const needs = roleNeeds(role);
  const fields: Record<string, string> = {};
  if (needs.division && !divisionId) fields.divisionId = 'i18n:users.division_required';
  if (needs.partner && divisionId) fields.divisionId = 'i18n:users.division_not_for_role';
  if (needs.partner && !partnerId) fields.partnerId = 'i18n:users.partner_required';
  if (!needs.partner && partnerId) fields.partnerId = 'i18n:users.partner_not_for_role';
  if (divisionId && !fields.divisionId && !(await usersRepository.divisionInOffice(db, divisionId, officeId)))
    fields.divisionId = 'i18n:users.division_other_office';
  if (partnerId && !fields.partnerId && !(await usersRepository.partnerInOffice(db, partnerId, officeId))) fields.partnerId = 'i18n:users.partner_other_office';
  if (Object.keys(fields).length) throw new AppError(400, 'validation_failed', 'errors.validation', {}, fields);
}

/** Creates a user; generates the initial password when none is given (returned once, changed at first sign-in). */
export async function createUser(ctx: ActorContext, input: z.infer<typeof createUserBody>) {
  const actor = ctx.actor;
  const officeId = input.officeId ?? actor.officeId;
  // Another office's id is treated as unknown, like a record of another office.
  if (!canSeeOffice(actor, officeId)) throw new AppError(400, 'validation_failed', 'errors.validation', {}, { officeId: 'i18n:users.office_unknown' });
  const divisionId = input.divisionId ?? null;
  const partnerId = input.partnerId ?? null;
  const db = ctx.db;
  await assertAssignment(db, officeId, input.role, divisionId, partnerId);
  const generated = input.password === undefined;
  const password = input.password ?? `${randomToken(12)}-${randomToken(6)}`;
  if (!generated) await assertPasswordAcceptable(password, [input.email, input.name], 'password');
  if (await usersRepository.emailTaken(db, input.email)) {
    throw new AppError(409, 'email_taken', 'users.email_taken', {}, { email: 'i18n:users.email_taken' });
  }
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const row = await usersRepository.insert(tx, {
      officeId,
      email: input.email,
      name: input.name,
      role: input.role,
      divisionId,
      partnerId,
      passwordHash,
      mustChangePassword: true,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'user.create',
      outcome: 'success',
      officeId,
      resourceType: 'user',
      resourceId: row.id,
      details: { after: auditSnapshot(row) },
    });
    return row;
  });
  return { user, initialPassword: generated ? password : null };
}

/** Updates a user with optimistic concurrency; disabling ends their sessions. */
export async function updateUser(ctx: ActorContext, id: string, input: z.infer<typeof updateUserBody>): Promise<UserRow> {
  const actor = ctx.actor;
  const db = ctx.db;
  const before = await usersRepository.get(db, id, officeScope(actor));
  if (!before) throw notFound();
  if (input.disabled === true && before.id === actor.id) {
    throw new AppError(400, 'validation_failed', 'errors.validation', {}, { disabled: 'i18n:users.cannot_disable_self' });
  }
  const role = input.role ?? before.role;
  const divisionId = input.divisionId === undefined ? before.divisionId : input.divisionId;
  const partnerId = input.partnerId === undefined ? before.partnerId : input.partnerId;
  await assertAssignment(db, before.officeId, role, divisionId, partnerId);
  const now = ctx.clock.now();
  const updated = await db.transaction(async (tx) => {
    const after = await usersRepository.update(tx, id, input.version, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      role,
      divisionId,
      partnerId,
      ...(input.disabled !== undefined ? { disabledAt: input.disabled ? (before.disabledAt ?? now) : null } : {}),
      updatedAt: now,
    });
    if (!after) throw conflict();
    if (input.disabled && !before.disabledAt) await authRepository.revokeUserSessions(tx, id, now);
    await recordAudit(tx, ctx, {
      action: input.disabled === true && !before.disabledAt ? 'user.disable' : 'user.update',
      outcome: 'success',
      officeId: before.officeId,
      resourceType: 'user',
      resourceId: id,
      details: { before: auditSnapshot(before), after: auditSnapshot(after) },
    });
    return after;
  });
  // After the commit: the user's cached sessions see the new role, division, partner or disabling now.
  sessionCache(ctx.database).forgetUser(id);
  return updated;
}
