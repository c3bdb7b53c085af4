import fs from 'node:fs';
import path from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { repoRoot } from './paths.js';
import id from '../../locales/server.id.json' with { type: 'json' };
import en from '../../locales/server.en.json' with { type: 'json' };
import publicId from '../../locales/public.id.json' with { type: 'json' };
import publicEn from '../../locales/public.en.json' with { type: 'json' };

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * A module's API messages live in `src/locales/modules/<module>.server.<lang>.json` under their own
 * top-level key, so modules built side by side never edit the same file. A key defined twice fails the start.
 */
function withModules(base: Record<string, unknown>, lang: Language): Record<string, unknown> {
  const dir = path.join(repoRoot, 'src', 'locales', 'modules');
  const out: Record<string, unknown> = { ...base };
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(`.server.${lang}.json`))
        .sort()
    : [];
  for (const file of files) {
    for (const [key, value] of Object.entries(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>)) {
      if (key in out) throw new Error(`i18n: ${file} redefines "${key}"`);
      out[key] = value;
    }
  }
  return out;
}

/** One instance for the server: API messages in the default namespace, the public site's texts in `public`. */
const i18n = createInstance();
await i18n.init({
  resources: { id: { translation: withModules(id, 'id'), public: publicId }, en: { translation: withModules(en, 'en'), public: publicEn } },
  lng: 'id',
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const fixed: Record<Language, TFunction> = { id: i18n.getFixedT('id'), en: i18n.getFixedT('en') };
const fixedPublic: Record<Language, TFunction> = { id: i18n.getFixedT('id', 'public'), en: i18n.getFixedT('en', 'public') };

/** The translator of API messages for a language. */
export function translator(lang: Language): TFunction {
  return fixed[lang];
}

/** The translator of the public site's texts (React escapes the output). */
export function publicT(lang: Language): TFunction {
  return fixedPublic[lang];
}

export function isLanguage(v: unknown): v is Language {
  return v === 'id' || v === 'en';
}

/**
 * Picks the caller's language: an explicit `lang` query parameter, then the `balai_lang` cookie, then
 * the first supported language in Accept-Language, then the deployment default.
 */
export function pickLanguage(input: { query?: unknown; cookie?: string; acceptLanguage?: string }, fallback: Language): Language {
  const q = (input.query as Record<string, unknown> | undefined)?.lang;
  if (isLanguage(q)) return q;
  if (isLanguage(input.cookie)) return input.cookie;
  for (const part of (input.acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (isLanguage(tag)) return tag;
  }
  return fallback;
}
