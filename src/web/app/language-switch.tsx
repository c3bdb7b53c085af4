import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { languages, setLanguage, type Language } from '../lib/i18n';
import { useLanguage } from '../lib/use-language';
import { meQuery, useUpdateLanguage } from '../features/auth/api';

const short: Record<Language, string> = { id: 'ID', en: 'EN' };

/** ID | EN toggle (remembered in the browser and, when signed in, on the account). Each button also names its language in full, in that language, for screen readers. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  const queryClient = useQueryClient();
  const me = useQuery({ ...meQuery, enabled: false }).data;
  const updateLanguage = useUpdateLanguage();

  const choose = async (lang: Language) => {
    if (lang === current) return;
    await setLanguage(lang);
    // A signed-in person keeps the choice on their account: the next sign-in opens in it.
    if (me?.kind === 'user' && me.language !== lang) updateLanguage.mutate(lang);
    // Messages and labels from the API follow the cookie: fetch them again in the new language.
    await queryClient.invalidateQueries();
  };

  return (
    <Group gap={0} role="group" aria-label={t('language.label')} wrap="nowrap">
      {languages.map((lang, i) => (
        <Button
          key={lang}
          size="compact-sm"
          h={32}
          px="sm"
          variant={lang === current ? 'filled' : 'default'}
          aria-pressed={lang === current}
          lang={lang}
          title={t(`language.names.${lang}`, { lng: lang })}
          onClick={() => void choose(lang)}
          style={{
            borderTopLeftRadius: i === 0 ? undefined : 0,
            borderBottomLeftRadius: i === 0 ? undefined : 0,
            borderTopRightRadius: i === languages.length - 1 ? undefined : 0,
            borderBottomRightRadius: i === languages.length - 1 ? undefined : 0,
          }}
        >
          {short[lang]}
          <VisuallyHidden> · {t(`language.names.${lang}`, { lng: lang })}</VisuallyHidden>
        </Button>
      ))}
    </Group>
  );
}
