import fs from 'node:fs';
import path from 'node:path';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fp from 'fastify-plugin';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HomePage } from './home.js';
import { NotFoundPage } from './not-found.js';
import { publicT } from '../lib/i18n.js';
import { publicRepository } from './public.repository.js';
import { serverSource } from '../lib/paths.js';
import { pickEncoding, precompress } from '../lib/compression.js';

const assetsDir = serverSource('public', 'assets');
// Read once, with their brotli and gzip forms (a few KB: milliseconds at start).
const assets = new Map(
  fs.readdirSync(assetsDir).map((f) => {
    const body = fs.readFileSync(path.join(assetsDir, f));
    return [f, { body, compressed: precompress(body), type: f.endsWith('.css') ? 'text/css; charset=utf-8' : 'image/svg+xml' }];
  }),
);

function sendPage(reply: FastifyReply, element: ReactElement) {
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .send('<!doctype html>' + renderToStaticMarkup(element));
}

/** The public site, rendered on the server: works without JavaScript. */
export const publicSite = fp(
  async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    // A ?lang= choice is remembered for the next pages.
    app.addHook('onRequest', async (request, reply) => {
      const q = (request.query as { lang?: string } | undefined)?.lang;
      if ((q === 'id' || q === 'en') && request.cookies.balai_lang !== q && !request.url.startsWith('/api/')) {
        reply.setCookie('balai_lang', q, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600, httpOnly: false });
      }
    });

    fastify.decorate('sendNotFoundPage', (request, reply) =>
      sendPage(reply.code(404), createElement(NotFoundPage, { lang: request.lang, t: publicT(request.lang) })),
    );

    const pageQuery = z.object({ lang: z.enum(['id', 'en']).optional() });

    app.get('/', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
      const office = await publicRepository.mainOffice(app.database.db);
      return sendPage(reply, createElement(HomePage, { lang: request.lang, t: publicT(request.lang), data: { office } }));
    });

    app.get('/assets/:file', { schema: { hide: true, params: z.object({ file: z.string().max(100) }) } }, async (request, reply) => {
      const asset = assets.get(request.params.file);
      if (!asset) return reply.callNotFound();
      reply.type(asset.type).header('cache-control', 'public, max-age=3600').header('vary', 'accept-encoding');
      const encoding = pickEncoding(request.headers['accept-encoding']);
      const compressed = encoding ? asset.compressed[encoding] : undefined;
      if (encoding && compressed) return reply.header('content-encoding', encoding).send(compressed);
      return reply.send(asset.body);
    });

    app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('User-agent: *\nDisallow: /app/\nDisallow: /api/\n'),
    );
  },
  { name: 'public-site' },
);
