import { createInstance, type TFunction } from 'i18next';
import id from '../../locales/public.id.json' with { type: 'json' };
import en from '../../locales/public.en.json' with { type: 'json' };
import type { Language } from '../lib/i18n.js';

const i18n = createInstance();
await i18n.init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: 'id',
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Translator for the public site's texts. React escapes the output. */
export function publicT(lang: Language): TFunction {
  return i18n.getFixedT(lang);
}
