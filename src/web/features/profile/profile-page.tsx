import { Paper, Tabs } from '@mantine/core';
import { IconDevices, IconLock, IconShieldLock, IconUser } from '@tabler/icons-react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProfileTab } from '../../app/search-params';
import { PageHeader } from '../../components/page-header';
import { useMe } from '../auth/api';
import { AuthenticatorTab } from './authenticator-tab';
import { GeneralTab } from './general-tab';
import { PasswordTab } from './password-tab';
import { SessionsTab } from './sessions-tab';

type Tab = 'umum' | ProfileTab;

/** Profil: the signed-in person's language, password, second factor and sessions. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const params = useParams({ strict: false }) as { tab?: ProfileTab };
  const tab: Tab = params.tab ?? 'umum';
  const navigate = useNavigate();
  // Until the second factor is enrolled, or the one-time password replaced, nothing else is open.
  const heldOn: Tab | null = me.totpEnrolmentRequired ? 'autentikator' : me.mustChangePassword ? 'kata-sandi' : null;

  const go = (next: string | null) => {
    if (!next || next === tab) return;
    if (next === 'umum') void navigate({ to: '/profil' });
    else void navigate({ to: '/profil/$tab', params: { tab: next as ProfileTab } });
  };

  const tabs: { value: Tab; label: string; icon: typeof IconUser }[] = [
    { value: 'umum', label: t('profile.tabs.general'), icon: IconUser },
    { value: 'kata-sandi', label: t('profile.tabs.password'), icon: IconLock },
    { value: 'autentikator', label: t('profile.tabs.authenticator'), icon: IconShieldLock },
    { value: 'sesi', label: t('profile.tabs.sessions'), icon: IconDevices },
  ];
  const current = tabs.find((x) => x.value === tab)!;

  return (
    <>
      <PageHeader title={t('profile.title')} documentTitle={`${current.label} · ${t('profile.title')}`} description={t('profile.description')} />
      <Paper withBorder radius="md">
        <Tabs value={tab} onChange={go} keepMounted={false}>
          <Tabs.List px={{ base: 'xs', sm: 'md' }} style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
            {tabs.map(({ value, label, icon: Icon }) => (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={18} aria-hidden />} disabled={!!heldOn && heldOn !== value} py="md">
                {label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="umum" p={{ base: 'md', sm: 'xl' }}>
            <GeneralTab />
          </Tabs.Panel>
          <Tabs.Panel value="kata-sandi" p={{ base: 'md', sm: 'xl' }}>
            <PasswordTab />
          </Tabs.Panel>
          <Tabs.Panel value="autentikator" p={{ base: 'md', sm: 'xl' }}>
            <AuthenticatorTab />
          </Tabs.Panel>
          <Tabs.Panel value="sesi" p={{ base: 'md', sm: 'xl' }}>
            <SessionsTab />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
