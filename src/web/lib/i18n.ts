import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/web.en.json';
import id from '../../locales/web.id.json';

type Messages = Record<string, unknown>;

/**
 * A module's texts live in `src/locales/modules/<module>.web.<lang>.json` under their own top-level key
 * (`schemes`, `jobOrders`…), so modules built side by side never edit the same file. A key defined twice
 * is a mistake: the first one wins and the console says so.
 */
function withModules(base: Messages, modules: Record<string, Messages>): Messages {
  const out: Messages = { ...base };
  for (const [file, messages] of Object.entries(modules)) {
    for (const [key, value] of Object.entries(messages)) {
      if (key in out) console.warn(`i18n: ${file} redefines "${key}"`);
      else out[key] = value;
    }
  }
  return out;
}
const moduleMessages = {
  id: import.meta.glob<Messages>('../../locales/modules/*.web.id.json', { eager: true, import: 'default' }),
  en: import.meta.glob<Messages>('../../locales/modules/*.web.en.json', { eager: true, import: 'default' }),
};

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'balai_lang';
const cookieName = 'balai_lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

// Without a browser (unit tests), the language is Indonesian and nothing is stored.
const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';

function readCookie(name: string): string | undefined {
  if (!inBrowser) return undefined;
  const prefix = `${name}=`;
  return document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
}

function readStoredLanguage(): Language {
  if (!inBrowser) return 'id';
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked by browser settings; the cookie still carries the choice.
  }
  const fromCookie = readCookie(cookieName);
  return isLanguage(fromCookie) ? fromCookie : 'id';
}

/**
 * Remembers the language in localStorage and in the `balai_lang` cookie: the API reads the cookie, so
 * its messages (errors, validation) come back in the language of the screen.
 */
function persistLanguage(lang: Language) {
  if (!inBrowser) return;
  try {
    window.localStorage.setItem(storageKey, lang);
  } catch {
    // See readStoredLanguage.
  }
  document.cookie = `${cookieName}=${lang}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = lang;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { id: { translation: withModules(id, moduleMessages.id) }, en: { translation: withModules(en, moduleMessages.en) } },
  lng: readStoredLanguage(),
  fallbackLng: 'id',
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
});

persistLanguage(currentLanguage());

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'id';
}

/** Switches the language of the screen and of the API answers. */
export async function setLanguage(lang: Language) {
  persistLanguage(lang);
  await i18n.changeLanguage(lang);
}
