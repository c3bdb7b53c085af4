import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './i18n';

/** The current language of the screen, typed. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'id';
}

/** Picks the Indonesian or English name of a reference row. */
export function useLocalName() {
  const lang = useLanguage();
  return (row: { nameId: string; nameEn: string }) => (lang === 'en' ? row.nameEn : row.nameId);
}
