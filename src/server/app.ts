import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { officesRoutes } from './modules/offices/offices.routes.js';
import { referenceRoutes } from './modules/reference/reference.routes.js';
import { regionsRoutes } from './modules/regions/regions.routes.js';
import { reportsRoutes } from './modules/reports/reports.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { apiTokensRoutes } from './modules/api-tokens/api-tokens.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { partnersRoutes } from './modules/partners/partners.routes.js';
import { personsRoutes } from './modules/persons/persons.routes.js';
import { familyRoutes } from './modules/family/family.routes.js';
import { documentsRoutes } from './modules/documents/documents.routes.js';
import { filesRoutes } from './modules/files/files.routes.js';
import { qualificationsRoutes } from './modules/qualifications/qualifications.routes.js';
import { jobOrdersRoutes } from './modules/job-orders/job-orders.routes.js';
import { matchesRoutes } from './modules/job-orders/matches.routes.js';
import { applicationsRoutes } from './modules/applications/applications.routes.js';
import { schemesRoutes } from './modules/schemes/schemes.routes.js';
import { eligibilityRoutes } from './modules/eligibility/eligibility.routes.js';
import { agenciesRoutes } from './modules/agencies/agencies.routes.js';
import { employersRoutes } from './modules/employers/employers.routes.js';
import { consentsRoutes } from './modules/consents/consents.routes.js';
import { savedViewsRoutes } from './modules/saved-views/saved-views.routes.js';
import { systemClock, type Clock } from './lib/clock.js';
import { errorsPlugin } from './plugins/errors.js';
import { i18nPlugin } from './plugins/i18n.js';
import { openapiPlugin } from './plugins/openapi.js';
import { databaseRateLimitStore } from './plugins/rate-limit-store.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { accessPlugin } from './plugins/access.js';
import { inputGuardPlugin } from './plugins/input-guard.js';
import { responseHeadersPlugin } from './plugins/response-headers.js';
import { publicSite } from './public/public.routes.js';
import { staffAppPlugin } from './plugins/staff-app.js';
import { logRedactPaths, logSerializers } from './lib/logging.js';
import { repoRoot } from './lib/paths.js';
import { OneLineRequestLog } from './lib/request-log.js';
import { isApiRequest } from './lib/routing.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: Config;
    balaiVersion: string;
    clock: Clock;
  }
}

const root = repoRoot; // the same from src/server (tsx) and dist/server/src/server (compiled)
export const balaiVersion = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

export interface BuildOptions {
  config: Config;
  database: Database;
  /** Where log lines go; tests capture them here. */
  logStream?: NodeJS.WritableStream;
  /** The time source; tests pass a controllable one. */
  clock?: Clock;
}

/**
 * Builds the whole application without listening: tests call it and use inject(); main.ts listens.
 * Plugins are registered in a fixed order: cookies and language first (every later plugin answers in
 * the caller's language), then errors, security headers, rate limits, access, OpenAPI, routes.
 */
export async function buildApp({ config, database, logStream, clock = systemClock }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            redact: { paths: logRedactPaths, censor: '[redacted]' },
            serializers: logSerializers,
            // Standard output, written asynchronously (lines gather while a write is under way) and
            // flushed at exit: one synchronous write per line was a tenth of a request (docs/decisions/0009).
            stream: logStream ?? pino.destination({ dest: 1, sync: false }),
          },
    // One line per answered request instead of two (request-log.ts).
    logController: new OneLineRequestLog(),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: config.BODY_LIMIT,
    trustProxy: config.TRUST_PROXY,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: anything else on a write answers 415 rather than being half-understood.
  app.removeContentTypeParser('text/plain');

  app.decorate('database', database);
  app.decorate('config', config);
  app.decorate('balaiVersion', balaiVersion);
  app.decorate('clock', clock);
  // Callback hooks on the hot path: an async one costs a promise per request.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  await app.register(fastifyCookie);
  await app.register(i18nPlugin, { defaultLanguage: config.DEFAULT_LANGUAGE });
  await app.register(errorsPlugin, { bodyLimit: config.BODY_LIMIT });
  // Helmet's headers, computed once rather than on every request (security-headers.ts).
  await app.register(securityHeadersPlugin, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables in style tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    // Offices may serve on a LAN address over plain HTTP: HSTS is sent only over HTTPS (response-headers).
    hsts: false,
  });
  await app.register(responseHeadersPlugin);
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    // In memory on one instance (no write per request); in the database where instances share PostgreSQL.
    ...(config.RATE_LIMIT_STORE === 'database' ? { store: databaseRateLimitStore(database) } : {}),
    // The public HTML and the staff app's static files are not counted; the API is. Judged on the routed
    // path, not request.url: `/%61pi/persons` is routed to /api/persons.
    allowList: (request) => !isApiRequest(request),
    errorResponseBuilder: (_request, context) => ({ statusCode: 429, after: context.after }),
  });
  // Uploads are streamed to disk by the files module, one file per request (not buffered in memory).
  await app.register(fastifyMultipart, { limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 5 } });
  await app.register(accessPlugin);
  // After access: a caller who may not call a route learns nothing about its inputs.
  await app.register(inputGuardPlugin);
  await app.register(openapiPlugin, { version: balaiVersion });

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(authRoutes);
      await api.register(usersRoutes);
      await api.register(apiTokensRoutes);
      await api.register(auditRoutes);
      await api.register(partnersRoutes);
      await api.register(regionsRoutes);
      await api.register(referenceRoutes);
      await api.register(officesRoutes);
      await api.register(reportsRoutes);
      await api.register(personsRoutes);
      await api.register(familyRoutes);
      await api.register(documentsRoutes);
      await api.register(filesRoutes);
      await api.register(qualificationsRoutes);
      await api.register(jobOrdersRoutes);
      await api.register(matchesRoutes);
      await api.register(applicationsRoutes);
      await api.register(schemesRoutes);
      await api.register(eligibilityRoutes);
      await api.register(agenciesRoutes);
      await api.register(employersRoutes);
      await api.register(consentsRoutes);
      await api.register(savedViewsRoutes);
      api.get('/openapi.json', { config: { access: 'public', rateLimit: false }, schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );

  await app.register(staffAppPlugin, { distDir: path.join(root, 'dist', 'web') });
  await app.register(publicSite);

  return app;
}
