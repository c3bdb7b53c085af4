/**
 * Paths the logger never writes. Request and response bodies are not logged at all (Fastify logs only
 * method, url and status); these cover headers that carry credentials.
 */
export const logRedactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
];

/**
 * Requests are logged by method and path only: a query string can carry a NIK or a name
 * (`/api/persons?q=…`), so it never reaches the log.
 */
export const logSerializers = {
  req(request: { method: string; url: string; ip?: string }) {
    return { method: request.method, path: request.url.split('?')[0], remoteAddress: request.ip };
  },
};
