import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ping } from '../../db/client.js';
import { AppError, errorResponses } from '../../lib/errors.js';

const healthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
  })
  .meta({ id: 'Health' });

/**
 * A good answer from the database stands for a second: a load balancer or a monitor polling hard gets
 * the status without one query each (concurrent checks share one). A failure is never remembered.
 */
const PING_FRESH_MS = 1_000;

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  let lastOk = -Infinity;
  let inFlight: Promise<void> | undefined;
  const checkDatabase = async () => {
    if (performance.now() - lastOk < PING_FRESH_MS) return;
    inFlight ??= ping(app.database)
      .then(() => {
        lastOk = performance.now();
      })
      .finally(() => {
        inFlight = undefined;
      });
    await inFlight;
  };
  app.get(
    '/health',
    {
      config: { access: 'public', rateLimit: false },
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Status layanan dan basis data / service and database status',
        response: { 200: healthSchema, ...errorResponses(503) },
      },
    },
    async () => {
      try {
        await checkDatabase();
      } catch (err) {
        app.log.error({ err }, 'health check: database unreachable');
        throw new AppError(503, 'unavailable', 'errors.unavailable');
      }
      return { status: 'ok' as const, database: app.database.kind, version: app.balaiVersion };
    },
  );
};
