import fp from 'fastify-plugin';

/** How a route may be reached. Identity and access will add roles; for now routes are public or not. */
export type Access = 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

/**
 * Default deny, decided at start: every /api route must declare its access in `config.access`, or the
 * server refuses to start. Routes of plugins (docs) are exempt when hidden from the API document.
 */
export const accessPlugin = fp(
  async (app) => {
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
      const access = (route.config as { access?: Access } | undefined)?.access;
      if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access policy`);
    });
  },
  { name: 'access' },
);
