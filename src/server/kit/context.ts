import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TFunction } from 'i18next';
import type { Actor } from '../../domain/access.js';
import type { Config } from '../config.js';
import type { Database, Db } from '../db/client.js';
import { dateIn, type Clock } from '../lib/clock.js';
import { AppError } from '../lib/errors.js';
import { translator, type Language } from '../lib/i18n.js';

/**
 * Everything a use case needs from the outside world, without HTTP: the database, who acts, the time,
 * the language. Routes build one from the request; background jobs, imports, the CLI and the public
 * portal build one with `systemContext`, so every module's services can be called from all of them.
 */
export interface Context {
  database: Database;
  /** The database handle; inside a transaction, `transaction(ctx, …)` gives a copy whose `db` is the transaction. */
  db: Db;
  config: Config;
  clock: Clock;
  /** Who acts; null for an anonymous caller (public portal, a failed sign-in). */
  actor: Actor | null;
  lang: Language;
  t: TFunction;
  /** For the audit log: the request id and client address, when there was a request. */
  requestId: string | null;
  ip: string | null;
}

/** A context in which someone is known to act: what services behind a non-public route receive. */
export interface ActorContext extends Context {
  actor: Actor;
}

/** The context of an HTTP request. */
export function contextOf(request: FastifyRequest): Context {
  const app = request.server;
  return {
    database: app.database,
    db: app.database.db,
    config: app.config,
    clock: app.clock,
    actor: request.actor,
    lang: request.lang,
    t: request.t,
    requestId: String(request.id),
    ip: request.ip,
  };
}

/** The context of a request on a route that requires an actor; 401 if, against the route's access, none is there. */
export function actorContextOf(request: FastifyRequest): ActorContext {
  const ctx = contextOf(request);
  if (!ctx.actor) throw new AppError(401, 'unauthenticated', 'errors.unauthorized');
  return ctx as ActorContext;
}

/** A context outside any request: jobs, imports, the CLI, the public portal. */
export function systemContext<A extends Actor | null = null>(
  app: Pick<FastifyInstance, 'database' | 'config' | 'clock'>,
  opts: { actor?: A; lang?: Language } = {},
): A extends Actor ? ActorContext : Context {
  const lang = opts.lang ?? app.config.DEFAULT_LANGUAGE;
  return {
    database: app.database,
    db: app.database.db,
    config: app.config,
    clock: app.clock,
    actor: opts.actor ?? null,
    lang,
    t: translator(lang),
    requestId: null,
    ip: null,
  } as A extends Actor ? ActorContext : Context;
}

/** The same context with its `db` bound to a transaction, for helpers called inside it. */
export function bindTransaction<C extends Context>(ctx: C, tx: Db): C {
  return { ...ctx, db: tx };
}

/** Runs work in one transaction, handing it the context bound to that transaction. */
export function transaction<C extends Context, T>(ctx: C, work: (tx: C) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work(bindTransaction(ctx, tx as unknown as Db)));
}

/** Today in the office's time zone (WIB by default), for ages, expiry warnings and "not in the future" checks. */
export function today(ctx: Pick<Context, 'clock' | 'config'>): string {
  return dateIn(ctx.clock.now(), ctx.config.TIME_ZONE);
}
