import fp from 'fastify-plugin';
import { isApiRequest, routedPath } from '../lib/routing.js';

/** One year, subdomains included: once a browser has seen HTTPS, it never falls back to plain HTTP. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** The API description and its interactive docs hold no personal data and may be cached. */
const cacheable = (path: string) => path === '/api/openapi.json' || path === '/api/docs' || path.startsWith('/api/docs/');

/**
 * Headers that depend on the request:
 * - `Cache-Control: no-store` on every API answer (errors too): they carry personal data, which neither a
 *   shared proxy nor the browser's cache (a shared office computer) should keep;
 * - `Strict-Transport-Security` when the request came over HTTPS, which behind a reverse proxy is known
 *   from `X-Forwarded-Proto` only with TRUST_PROXY. Offices serving on a LAN address over plain HTTP get
 *   none, which is why helmet's unconditional HSTS is off.
 */
export const responseHeadersPlugin = fp(
  async (app) => {
    app.addHook('onSend', async (request, reply) => {
      if (isApiRequest(request) && !cacheable(routedPath(request)) && !String(reply.getHeader('cache-control') ?? '').includes('no-store')) {
        reply.header('cache-control', 'no-store');
      }
      if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    });
  },
  { name: 'response-headers' },
);
