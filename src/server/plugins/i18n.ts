import type { TFunction } from 'i18next';
import fp from 'fastify-plugin';
import { pickLanguage, translator, type Language } from '../lib/i18n.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Language;
    t: TFunction;
  }
}

/** Sets request.lang and request.t from ?lang=, the balai_lang cookie or Accept-Language. */
export const i18nPlugin = fp(
  async (app, opts: { defaultLanguage: Language }) => {
    app.decorateRequest('lang', 'id');
    app.decorateRequest('t', null as unknown as TFunction);
    app.addHook('onRequest', (request, _reply, done) => {
      request.lang = pickLanguage(
        {
          query: request.query,
          cookie: request.cookies?.balai_lang,
          acceptLanguage: request.headers['accept-language'],
        },
        opts.defaultLanguage,
      );
      request.t = translator(request.lang);
      done();
    });
  },
  { name: 'i18n', dependencies: ['@fastify/cookie'] },
);
