import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { isApiRequest, routedPath } from '../lib/routing.js';

/** Headers of a plain answer that are not helmet's. */
const notHelmets = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The headers @fastify/helmet sets with these options, worked out once on a throwaway instance: they
 * depend on the options only (no nonces), so every answer gets the same set.
 */
export async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  try {
    await probe.register(fastifyHelmet, options);
    probe.get('/', async () => 'ok');
    const res = await probe.inject({ method: 'GET', url: '/' });
    return Object.fromEntries(
      Object.entries(res.headers)
        .filter(([name, value]) => !notHelmets.has(name) && value !== undefined)
        .map(([name, value]) => [name, String(value)]),
    );
  } finally {
    await probe.close();
  }
}

/**
 * What a JSON answer of the API needs (OWASP REST Security Cheat Sheet, "Security headers"): no document
 * may be built from it (`default-src 'none'`), framed, sniffed into another type or read cross-origin,
 * and it sends no referrer. The document headers (script and style sources, opener and agent-cluster
 * isolation, legacy IE and Flash switches) concern pages; on every API answer they were three quarters of
 * its bytes (docs/decisions/0009).
 */
export const apiHeaders: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** Pages under /api: the interactive API documentation (HTML, scripts and styles of its own). */
const apiPages = (path: string) => path === '/api/docs' || path.startsWith('/api/docs/');

/**
 * Security headers on every answer: helmet's for pages (public site, staff app, API documentation), the
 * short API set for the API's own answers. @fastify/helmet builds a new helmet middleware, parsing the
 * Content-Security-Policy again, in two hooks on every request: a third of the cost of a health check
 * (docs/decisions/0009). Here helmet's headers are computed once, with helmet itself, and set in one hook.
 * A route may still set its own (file downloads send a sandbox policy).
 */
export const securityHeadersPlugin = fp(
  async (app, options: FastifyHelmetOptions) => {
    const pageHeaders = await helmetHeaders(options);
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(isApiRequest(request) && !apiPages(routedPath(request)) ? apiHeaders : pageHeaders);
      done();
    });
  },
  { name: 'security-headers' },
);
