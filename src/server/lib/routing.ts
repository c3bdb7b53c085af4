import type { FastifyRequest } from 'fastify';

/**
 * The path a request was routed to, decoded: the matched route pattern (`/api/persons/:id`) when a route
 * matched, else the decoded path of the URL. Decisions about a request (access, rate limit, caching) are
 * taken on this, never on `request.url`: the raw URL of `/%61pi/persons` does not start with `/api/`, yet
 * the router serves `/api/persons` for it.
 */
export function routedPath(request: FastifyRequest): string {
  const route = request.routeOptions.url;
  if (route) return route;
  const raw = request.url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Whether a request is for the API (`/api/…`), judged on the routed path. */
export function isApiRequest(request: FastifyRequest): boolean {
  const path = routedPath(request);
  return path === '/api' || path.startsWith('/api/');
}
