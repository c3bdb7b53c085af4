import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../lib/i18n.js';

export interface PageProps {
  lang: Language;
  t: TFunction;
  title: string;
  description: string;
  /** Absolute path of this page without query, for the language switch and canonical link. */
  path: string;
  children: ReactNode;
}

/** The frame of every public page: light, no scripts, readable on a small phone. */
export function Layout({ lang, t, title, description, path, children }: PageProps) {
  const other = t('language.switchLang');
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:type" content="website" />
        <meta property="og:locale" content={lang === 'id' ? 'id_ID' : 'en_GB'} />
        <link rel="stylesheet" href="/assets/public.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a className="skip" href="#isi">
          {t('skip')}
        </a>
        <header className="site-header">
          <div className="wrap bar">
            <a className="brand" href="/">
              <span className="logo" aria-hidden="true">
                B
              </span>
              <span>
                <strong>{t('siteName')}</strong>
                <small>{t('tagline')}</small>
              </span>
            </a>
            <nav aria-label={t('nav.home')}>
              <a href={`${path}?lang=${other}`} hrefLang={other} lang={other}>
                {t('language.switchTo')}
              </a>
              <a href="/app/">{t('nav.staff')}</a>
            </nav>
          </div>
        </header>
        <main id="isi" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t('footer.about')}</p>
            <p>{t('footer.regions')}</p>
            <p>
              <a href="/api/docs">{t('nav.api')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
