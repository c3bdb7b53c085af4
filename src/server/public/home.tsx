import type { TFunction } from 'i18next';
import type { Language } from '../lib/i18n.js';
import { Layout } from './layout.js';

export interface HomeData {
  office: { name: string; city: string | null; address: string | null; phone: string | null; email: string | null; region: string | null } | null;
}

export function HomePage({ lang, t, data }: { lang: Language; t: TFunction; data: HomeData }) {
  const office = data.office;
  const lead = office
    ? t('home.lead', { office: office.name, region: office.region ? (lang === 'id' ? ` dari ${office.region}` : ` from ${office.region}`) : '' })
    : t('home.leadGeneric');
  const title = office ? office.name : t('siteName');
  return (
    <Layout lang={lang} t={t} title={`${title} · ${t('tagline')}`} description={lead} path="/">
      <section className="hero">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
      </section>

      <section aria-labelledby="layanan">
        <h2 id="layanan">{t('home.what')}</h2>
        <div className="cards">
          {(['before', 'during', 'after'] as const).map((k) => (
            <article className="card" key={k}>
              <h3>{t(`home.services.${k}.title`)}</h3>
              <p>{t(`home.services.${k}.body`)}</p>
            </article>
          ))}
        </div>
      </section>

      <section className="notice" aria-labelledby="waspada">
        <h2 id="waspada">{t('home.safe')}</h2>
        <p>{t('home.safeBody')}</p>
      </section>

      <section aria-labelledby="kontak">
        <h2 id="kontak">{t('home.contact')}</h2>
        <dl className="contacts">
          <div>
            <dt>{t('home.callCentre')}</dt>
            <dd>
              <a href="tel:08001000">0-800-1000</a>
            </dd>
          </div>
          <div>
            <dt>{t('home.fromAbroad')}</dt>
            <dd>
              <a href="tel:+622129244800">+62-21-2924-4800</a>
            </dd>
          </div>
          <div>
            <dt>{t('home.whatsapp')}</dt>
            <dd>
              <a href="https://wa.me/628118080141">0811-8080-141</a>
            </dd>
          </div>
          {office && (office.address || office.city) ? (
            <div>
              <dt>{t('home.office')}</dt>
              <dd>{[office.address, office.city].filter(Boolean).join(', ')}</dd>
            </div>
          ) : null}
        </dl>
        <p className="muted">{t('home.sectionsSoon')}</p>
      </section>
    </Layout>
  );
}
