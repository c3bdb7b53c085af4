import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

/**
 * Serves the built staff app (Vite output) under /app, with index.html for every client-side route.
 * When the app has not been built, /app says how to build it instead of failing obscurely.
 */
export const staffAppPlugin = fp(
  async (app, opts: { distDir: string }) => {
    const index = path.join(opts.distDir, 'index.html');
    if (!fs.existsSync(index)) {
      const notBuilt = async (_req: unknown, reply: import('fastify').FastifyReply) =>
        reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('Aplikasi staf belum dibangun. Jalankan: npm run build\nThe staff app is not built. Run: npm run build\n');
      // With ignoreTrailingSlash, '/app' also answers '/app/'.
      app.get('/app', { schema: { hide: true } }, notBuilt);
      app.get('/app/*', { schema: { hide: true } }, notBuilt);
      return;
    }
    const html = fs.readFileSync(index, 'utf8');
    await app.register(fastifyStatic, {
      root: opts.distDir,
      prefix: '/app/',
      index: false,
      wildcard: false,
      decorateReply: false,
      maxAge: '1y',
      immutable: true,
      // The build writes .br and .gz next to each file (vite.config.ts): sent as the browser accepts.
      preCompressed: true,
      allowedPath: (pathName) => pathName.startsWith('/assets/') || /^\/[\w.-]+\.(svg|png|ico|webmanifest|txt)$/.test(pathName),
    });
    const sendIndex = async (_req: unknown, reply: import('fastify').FastifyReply) =>
      reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
    // With ignoreTrailingSlash, '/app' and '/app/' are one route: both serve the shell (a redirect
    // from one to the other would be a duplicate route, and a loop).
    app.get('/app/', { schema: { hide: true } }, sendIndex);
    app.get('/app/*', { schema: { hide: true } }, async (request, reply) => {
      // Missing files under /app/assets are real 404s, not the app shell.
      if (request.url.startsWith('/app/assets/')) return reply.callNotFound();
      return sendIndex(request, reply);
    });
  },
  { name: 'staff-app' },
);
