import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDeviceDesktop, IconDeviceMobile, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatDateTimeShort } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useSignOut } from '../auth/api';
import { describeUserAgent, useEndSession, useSessions, type Session } from './api';

function Device({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { browser, system } = describeUserAgent(session.userAgent);
  const mobile = system === 'Android' || system === 'iOS';
  const Icon = mobile ? IconDeviceMobile : IconDeviceDesktop;
  const name = browser && system ? t('profile.sessions.browserOn', { browser, system }) : (browser ?? system ?? t('profile.sessions.unknownDevice'));
  return (
    <Group gap="sm" wrap="nowrap">
      <Icon size={22} aria-hidden color="var(--mantine-color-gray-7)" />
      <div>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {name}
        </Text>
        {session.current ? (
          <SoftBadge color="teal" size="sm" mt={2}>
            {t('profile.sessions.thisDevice')}
          </SoftBadge>
        ) : null}
      </div>
    </Group>
  );
}

/** Sesi: where the person is signed in; end one, or all of them. */
export function SessionsTab() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sessions = useSessions();
  const end = useEndSession();
  const signOut = useSignOut();
  const [confirmAll, { open, close }] = useDisclosure(false);
  const [ending, setEnding] = useState<string | null>(null);

  const everywhere = () => signOut.mutate(true);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2} fz="lg">
            {t('profile.sessions.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4} maw={620}>
            {t('profile.sessions.intro')}
          </Text>
        </div>
        <Button color="red" variant="light" leftSection={<IconLogout size={18} aria-hidden />} onClick={open}>
          {t('profile.sessions.everywhere')}
        </Button>
      </Group>
      {sessions.isError ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : !sessions.data ? (
        <TableSkeleton rows={2} />
      ) : (
        <DataTable
          caption={t('profile.sessions.caption')}
          minWidth={760}
          stickyActions
          head={
            <>
              <Table.Th scope="col">{t('profile.sessions.device')}</Table.Th>
              <Table.Th scope="col">{t('profile.sessions.ip')}</Table.Th>
              <Table.Th scope="col">{t('profile.sessions.signedIn')}</Table.Th>
              <Table.Th scope="col">{t('profile.sessions.lastSeen')}</Table.Th>
              <Table.Th scope="col">{t('profile.sessions.expires')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden-caption">{t('common.actions')}</span>
              </Table.Th>
            </>
          }
        >
          {sessions.data.items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Device session={s} />
              </Table.Td>
              <Table.Td ff="monospace" fz="sm">
                {s.ip ?? '—'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeShort(s.createdAt, lang)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeShort(s.lastSeenAt, lang)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeShort(s.expiresAt, lang)}</Table.Td>
              <Table.Td ta="right">
                {s.current ? null : (
                  <Button
                    size="compact-sm"
                    variant="default"
                    loading={end.isPending && ending === s.id}
                    onClick={() => {
                      setEnding(s.id);
                      end.mutate(s.id);
                    }}
                  >
                    {t('profile.sessions.end')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <ConfirmDialog
        opened={confirmAll}
        onClose={close}
        onConfirm={everywhere}
        title={t('profile.sessions.everywhereTitle')}
        confirmLabel={t('profile.sessions.everywhereConfirm')}
        danger
        loading={signOut.isPending}
      >
        {t('profile.sessions.everywhereBody')}
      </ConfirmDialog>
    </Stack>
  );
}
