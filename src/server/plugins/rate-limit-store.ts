import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../db/client.js';

type Incr = FastifyRateLimitStore['incr'];

// The plugin hands the store its normalised options, timeWindow in milliseconds.
const windowMs = (options: FastifyRateLimitOptions) => {
  const tw = (options as { timeWindow?: unknown }).timeWindow;
  return typeof tw === 'number' ? tw : 60_000;
};

/**
 * A @fastify/rate-limit store kept in the database, so that all instances behind a load balancer
 * count together. One upsert per request: it starts a new window when the old one has passed.
 */
export function databaseRateLimitStore(database: Database): FastifyRateLimitStoreCtor {
  return class DatabaseStore implements FastifyRateLimitStore {
    private readonly window: number;
    constructor(
      options: FastifyRateLimitOptions,
      private readonly prefix = '',
    ) {
      this.window = windowMs(options);
    }
    incr(key: string, callback: Parameters<Incr>[1]) {
      database
        .query<{ count: number; ttl: number }>(
          `insert into rate_limit_buckets as b (key, count, reset_at)
           values ($1, 1, now() + make_interval(secs => $2::double precision / 1000))
           on conflict (key) do update set
             count = case when b.reset_at <= now() then 1 else b.count + 1 end,
             reset_at = case when b.reset_at <= now() then excluded.reset_at else b.reset_at end
           returning count, greatest(0, (extract(epoch from (reset_at - now())) * 1000))::int as ttl`,
          [`${this.prefix}${key}`, this.window],
        )
        .then((rows) => callback(null, { current: rows[0]!.count, ttl: rows[0]!.ttl }))
        .catch((err: Error) => callback(err));
    }
    child(routeOptions: FastifyRateLimitOptions & { path: string; method?: string | string[] }) {
      return new DatabaseStore(routeOptions, `${String(routeOptions.method ?? '')}${routeOptions.path}:`);
    }
  };
}

/** Removes windows that ended more than an hour ago (run by the nightly maintenance job). */
export async function pruneRateLimitBuckets(database: Database): Promise<void> {
  await database.query(`delete from rate_limit_buckets where reset_at < now() - interval '1 hour'`);
}
