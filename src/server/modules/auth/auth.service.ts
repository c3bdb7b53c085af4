import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { grants, type Actor } from '../../../domain/access.js';
import { checkPassword } from '../../../domain/password-policy.js';
import type { Role } from '../../db/schema/identity.js';
import { AppError } from '../../lib/errors.js';
import { dummyPasswordHash, hashPassword, randomToken, sha256, verifyPassword } from '../../lib/secrets.js';
import { apiTokensRepository } from '../api-tokens/api-tokens.repository.js';
import { recordAudit } from '../audit/audit.service.js';
import { authRepository, type SessionRow, type UserRow } from './auth.repository.js';
import { sessionCache } from './session-cache.js';
import { newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpEnrolment, totpStep } from './totp.js';

export const SESSION_COOKIE = 'balai_session';
/** Writing last_seen_at on every request would make every read a write: once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

/** Builds the actor of a signed-in user. */
export async function userActor(app: FastifyInstance, user: UserRow, session?: SessionRow): Promise<Actor> {
  const officeKind = await sessionCache(app.database).officeKind(user.officeId, () => authRepository.officeKind(app.database.db, user.officeId));
  return {
    kind: 'user',
    id: user.id,
    label: user.email,
    role: user.role,
    officeId: user.officeId,
    allOffices: user.role === 'national_viewer' || officeKind === 'national',
    divisionId: user.divisionId,
    partnerId: user.partnerId,
    totpEnrolmentRequired: session?.totpEnrolmentRequired ?? false,
    mustChangePassword: user.mustChangePassword,
    ...(session ? { sessionId: session.id } : {}),
  };
}

/**
 * Resolves who is calling from a bearer token or the session cookie. An expired, revoked or disabled
 * credential leaves the request anonymous and notes why; the route's access decides what follows.
 */
export async function resolveActor(app: FastifyInstance, request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const now = app.clock.now();
  const db = app.database.db;
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    const token = await apiTokensRepository.byHash(db, sha256(bearer));
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) {
      request.authProblem = 'invalid_token';
      return;
    }
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await apiTokensRepository.touch(db, token.id, now);
    }
    request.actor = {
      kind: 'token',
      id: token.id,
      label: `token:${token.name}`,
      role: 'token',
      officeId: token.officeId,
      allOffices: false,
      divisionId: null,
      partnerId: null,
      scopes: token.scopes as Actor['scopes'],
    };
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return;
  // The rows come from a cache of a few seconds (session-cache.ts); the judgment below uses the clock.
  const cache = sessionCache(app.database);
  const tokenHash = sha256(cookie);
  let found = cache.get(tokenHash);
  if (!found) {
    const ticket = cache.ticket();
    const row = await authRepository.sessionByTokenHash(db, tokenHash);
    if (!row) {
      request.authProblem = 'session_expired';
      return;
    }
    found = row;
    cache.set(tokenHash, row, ticket);
  }
  const { session, user } = found;
  const idleMs = app.config.SESSION_IDLE_MINUTES * 60_000;
  const expired = session.revokedAt !== null || session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > idleMs || user.disabledAt !== null;
  if (expired) {
    if (!session.revokedAt) await authRepository.revokeSession(db, session.id, now);
    cache.forgetSession(session.id);
    request.authProblem = 'session_expired';
    return;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await authRepository.touchSession(db, session.id, now);
    cache.touched(session.id, now);
  }
  request.actor = await userActor(app, user, session);
  request.csrfToken = session.csrfToken;
}

function lockKeys(email: string, ip: string) {
  return { account: `account:${email.trim().toLowerCase()}`, address: `address:${ip}` };
}

export interface SignInInput {
  email: string;
  password: string;
  totp?: string | undefined;
}

/**
 * Signs a person in: lockout check, password, second factor, then a new session (a new id at every
 * sign-in). Failures answer the same message whether or not the account exists.
 *
 * Each attempt is counted before the password is checked, in one atomic statement per key: parallel
 * guesses each take a number, and only the first SIGN_IN_MAX_FAILURES of a window are checked at all
 * (checking first and counting after let a burst of guesses through). An attempt that turns out not to
 * be a failure is taken back. Audit rows of failures name the typed e-mail and no actor, whatever
 * session cookie the request carries.
 */
export async function signIn(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, input: SignInInput) {
  const db = app.database.db;
  const now = app.clock.now();
  const cfg = app.config;
  const windowMs = cfg.LOCKOUT_MINUTES * 60_000;
  const keys = lockKeys(input.email, request.ip);
  const locked = async () => {
    await recordAudit(db, request, { action: 'auth.sign_in', outcome: 'denied', actor: null, actorLabel: input.email, details: { reason: 'locked' } });
    return new AppError(429, 'sign_in_locked', 'auth.locked', { minutes: cfg.LOCKOUT_MINUTES });
  };
  const locks = await authRepository.throttle(db, [keys.account, keys.address]);
  if (locks.some((l) => l.lockedUntil && l.lockedUntil > now)) throw await locked();
  const account = await authRepository.countAttempt(db, keys.account, now, windowMs, cfg.SIGN_IN_MAX_FAILURES);
  const address = await authRepository.countAttempt(db, keys.address, now, windowMs, cfg.SIGN_IN_MAX_FAILURES_PER_ADDRESS);
  if (account.failures > cfg.SIGN_IN_MAX_FAILURES || address.failures > cfg.SIGN_IN_MAX_FAILURES_PER_ADDRESS) throw await locked();
  /** The attempt was not a failure (right password, second factor still to come). */
  const notAFailure = async () => {
    await authRepository.uncountAttempt(db, keys.account, cfg.SIGN_IN_MAX_FAILURES);
    await authRepository.uncountAttempt(db, keys.address, cfg.SIGN_IN_MAX_FAILURES_PER_ADDRESS);
  };

  let officeId: string | null = null;
  const fail = async (reason: string, code = 'invalid_credentials', key = 'auth.invalid_credentials') => {
    await recordAudit(db, request, { action: 'auth.sign_in', outcome: 'failure', actor: null, actorLabel: input.email, officeId, details: { reason } });
    return new AppError(401, code, key);
  };

  const user = await authRepository.userByEmail(db, input.email);
  officeId = user?.officeId ?? null;
  const passwordOk = await verifyPassword(user?.passwordHash ?? dummyPasswordHash, input.password);
  if (!user || !passwordOk) throw await fail(user ? 'wrong_password' : 'unknown_account');
  if (user.disabledAt) throw await fail('disabled');

  if (user.totpEnabledAt && user.totpSecret) {
    if (!input.totp) {
      await notAFailure();
      throw new AppError(401, 'totp_required', 'auth.totp_required');
    }
    const code = input.totp.trim();
    if (/^\d{6}$/.test(code)) {
      const step = totpStep(user.totpSecret, code, now);
      if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) {
        throw await fail(step === null ? 'wrong_totp' : 'reused_totp', 'totp_invalid', 'auth.totp_invalid');
      }
      await authRepository.updateUser(db, user.id, { totpLastStep: step });
    } else if (!(await authRepository.useRecoveryCode(db, user.id, sha256(normaliseRecoveryCode(code)), now))) {
      throw await fail('wrong_recovery_code', 'totp_invalid', 'auth.totp_invalid');
    }
  }

  const mustEnrol = !user.totpEnabledAt && cfg.TOTP_REQUIRED_ROLES.includes(user.role as Role);
  const token = randomToken();
  const session = await authRepository.insertSession(db, {
    tokenHash: sha256(token),
    userId: user.id,
    csrfToken: randomToken(24),
    totpEnrolmentRequired: mustEnrol,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + cfg.SESSION_ABSOLUTE_HOURS * 3_600_000),
    ip: request.ip,
    userAgent: (request.headers['user-agent'] ?? '').slice(0, 300),
  });
  await authRepository.clearThrottle(db, keys.account);
  await authRepository.uncountAttempt(db, keys.address, cfg.SIGN_IN_MAX_FAILURES_PER_ADDRESS);
  await authRepository.updateUser(db, user.id, { lastSignInAt: now });
  const actor = await userActor(app, user, session);
  await recordAudit(db, request, { action: 'auth.sign_in', outcome: 'success', actor, resourceType: 'user', resourceId: user.id });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    // The cookie lives as long as the session may; the server enforces idle expiry.
    maxAge: cfg.SESSION_ABSOLUTE_HOURS * 3600,
  });
  request.actor = actor;
  request.csrfToken = session.csrfToken;
  return me(app, request);
}

/** What the staff app needs to know about the caller. */
export async function me(app: FastifyInstance, request: FastifyRequest) {
  const actor = request.actor!;
  if (actor.kind === 'token') {
    return {
      kind: 'token' as const,
      id: actor.id,
      name: actor.label,
      email: null,
      role: 'token' as const,
      officeId: actor.officeId,
      allOffices: false,
      divisionId: null,
      partnerId: null,
      language: request.lang,
      scopes: [...(actor.scopes ?? [])],
      totpEnabled: false,
      totpEnrolmentRequired: false,
      mustChangePassword: false,
      csrfToken: null,
    };
  }
  const user = (await authRepository.userById(app.database.db, actor.id))!;
  return {
    kind: 'user' as const,
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    officeId: user.officeId,
    allOffices: actor.allOffices,
    divisionId: user.divisionId,
    partnerId: user.partnerId,
    language: user.language,
    // Until enrolment or the password change, nothing but the caller's own account is open.
    scopes: actor.totpEnrolmentRequired || user.mustChangePassword ? [] : [...grants[user.role]],
    totpEnabled: user.totpEnabledAt !== null,
    totpEnrolmentRequired: actor.totpEnrolmentRequired ?? false,
    mustChangePassword: user.mustChangePassword,
    csrfToken: request.csrfToken,
  };
}

export async function signOut(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, everywhere: boolean) {
  const actor = request.actor!;
  const now = app.clock.now();
  const db = app.database.db;
  if (everywhere) await authRepository.revokeUserSessions(db, actor.id, now);
  else if (actor.sessionId) await authRepository.revokeSession(db, actor.sessionId, now);
  if (everywhere) sessionCache(app.database).forgetUser(actor.id);
  else if (actor.sessionId) sessionCache(app.database).forgetSession(actor.sessionId);
  await recordAudit(db, request, {
    action: everywhere ? 'auth.sign_out_everywhere' : 'auth.sign_out',
    outcome: 'success',
    resourceType: 'user',
    resourceId: actor.id,
  });
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Rejects a password that breaks the rules, naming the field. */
export async function assertPasswordAcceptable(password: string, personal: string[], field = 'newPassword'): Promise<void> {
  const problem = await checkPassword(password, personal);
  if (problem) throw new AppError(400, 'validation_failed', 'errors.validation', {}, { [field]: `i18n:auth.password.${problem}` });
}

export async function changePassword(app: FastifyInstance, request: FastifyRequest, currentPassword: string, newPassword: string) {
  const db = app.database.db;
  const actor = request.actor!;
  const user = (await authRepository.userById(db, actor.id))!;
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError(400, 'validation_failed', 'errors.validation', {}, { currentPassword: 'i18n:auth.password.wrong_current' });
  }
  await assertPasswordAcceptable(newPassword, [user.email, user.name]);
  await db.transaction(async (tx) => {
    await authRepository.updateUser(tx, user.id, { passwordHash: await hashPassword(newPassword), mustChangePassword: false, updatedAt: app.clock.now() });
    // Other sessions may belong to whoever knew the old password.
    await authRepository.revokeUserSessions(tx, user.id, app.clock.now(), actor.sessionId);
    await recordAudit(tx, request, { action: 'auth.password_change', outcome: 'success', resourceType: 'user', resourceId: user.id });
  });
  // After the commit: the other sessions are revoked, and this one no longer must change its password.
  sessionCache(app.database).forgetUser(user.id);
}

export async function startTotpEnrolment(app: FastifyInstance, request: FastifyRequest) {
  const db = app.database.db;
  const user = (await authRepository.userById(db, request.actor!.id))!;
  if (user.totpEnabledAt) throw new AppError(409, 'totp_already_enabled', 'auth.totp_already_enabled');
  const secret = newTotpSecret();
  await authRepository.updateUser(db, user.id, { totpSecret: secret });
  sessionCache(app.database).forgetUser(user.id);
  return { secret, ...(await totpEnrolment(secret, user.email)) };
}

export async function confirmTotpEnrolment(app: FastifyInstance, request: FastifyRequest, code: string) {
  const db = app.database.db;
  const now = app.clock.now();
  const actor = request.actor!;
  const user = (await authRepository.userById(db, actor.id))!;
  if (user.totpEnabledAt) throw new AppError(409, 'totp_already_enabled', 'auth.totp_already_enabled');
  const step = user.totpSecret ? totpStep(user.totpSecret, code, now) : null;
  if (step === null) throw new AppError(400, 'validation_failed', 'errors.validation', {}, { code: 'i18n:auth.totp_invalid' });
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    await authRepository.updateUser(tx, user.id, { totpEnabledAt: now, totpLastStep: step });
    await authRepository.replaceRecoveryCodes(
      tx,
      user.id,
      codes.map((c) => sha256(c)),
    );
    if (actor.sessionId) await authRepository.clearEnrolmentRequired(tx, actor.sessionId);
    await recordAudit(tx, request, { action: 'auth.totp_enable', outcome: 'success', resourceType: 'user', resourceId: user.id });
  });
  sessionCache(app.database).forgetUser(user.id);
  return { recoveryCodes: codes };
}

export async function listSessions(app: FastifyInstance, request: FastifyRequest) {
  const rows = await authRepository.activeSessions(app.database.db, request.actor!.id, app.clock.now());
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    ip: s.ip,
    userAgent: s.userAgent,
    current: s.id === request.actor!.sessionId,
  }));
}
