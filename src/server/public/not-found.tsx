import type { TFunction } from 'i18next';
import type { Language } from '../lib/i18n.js';
import { Layout } from './layout.js';

export function NotFoundPage({ lang, t }: { lang: Language; t: TFunction }) {
  return (
    <Layout lang={lang} t={t} title={`${t('notFound.title')} · ${t('siteName')}`} description={t('notFound.body')} path="/">
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.body')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </Layout>
  );
}
