import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { RequireScope } from '../../components/forbidden';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatDateTimeShort } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useCan } from '../auth/api';
import { useRevokeToken, useTokens, type ApiToken } from './api';
import { CreateTokenModal } from './create-token-modal';

type TokenState = 'active' | 'expired' | 'revoked';
const stateOf = (token: ApiToken, now: number): TokenState =>
  token.revoked ? 'revoked' : token.expiresAt && Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
const stateColor: Record<TokenState, string> = { active: 'green', expired: 'orange', revoked: 'gray' };

/** "users:read" as "Pengguna · baca". */
function ScopeBadge({ scope }: { scope: string }) {
  const { t } = useTranslation();
  const [resource, action] = scope.split(':');
  return (
    <SoftBadge color={action === 'read' ? 'balai' : action === 'export' ? 'grape' : 'orange'} size="sm">
      {t(`tokens.resources.${resource}`, { defaultValue: resource })} · {t(`tokens.actions.${action}`, { defaultValue: action }).toLowerCase()}
    </SoftBadge>
  );
}

function TokensList() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const can = useCan();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [creating, { open, close }] = useDisclosure(false);
  // The token stays named while the dialog closes; `confirming` opens and closes it.
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [now] = useState(() => Date.now());

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        description={t('tokens.description')}
        actions={
          can('api-tokens:create') ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open}>
              {t('tokens.add')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        {tokens.isError ? (
          <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : !tokens.data ? (
          <TableSkeleton rows={3} />
        ) : tokens.data.items.length === 0 ? (
          <Group gap="sm" py="xl" justify="center" c="dimmed">
            <IconKey size={22} aria-hidden />
            <Text c="dimmed">{t('tokens.empty')}</Text>
          </Group>
        ) : (
          <DataTable
            caption={t('tokens.caption')}
            minWidth={960}
            stickyActions
            highlightOnHover
            head={
              <>
                <Table.Th scope="col">{t('tokens.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('tokens.columns.scopes')}</Table.Th>
                <Table.Th scope="col">{t('tokens.columns.lastUsed')}</Table.Th>
                <Table.Th scope="col">{t('tokens.columns.expires')}</Table.Th>
                <Table.Th scope="col">{t('tokens.columns.status')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden-caption">{t('common.actions')}</span>
                </Table.Th>
              </>
            }
          >
            {tokens.data.items.map((token) => {
              const state = stateOf(token, now);
              return (
                <Table.Tr key={token.id}>
                  <Table.Th scope="row" fw={400}>
                    <Text fw={600} size="sm">
                      {token.name}
                    </Text>
                    <Text ff="monospace" size="xs" c="dimmed">
                      {token.prefix}…
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Group gap={4} maw={360}>
                      {token.scopes.map((s) => (
                        <ScopeBadge key={s} scope={s} />
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {token.lastUsedAt ? (
                      formatDateTimeShort(token.lastUsedAt, lang)
                    ) : (
                      <Text span c="dimmed" size="sm">
                        {t('tokens.neverUsed')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {token.expiresAt ? (
                      formatDateTimeShort(token.expiresAt, lang)
                    ) : (
                      <Text span c="dimmed" size="sm">
                        {t('tokens.noExpiry')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <SoftBadge color={stateColor[state]}>{t(`tokens.states.${state}`)}</SoftBadge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {state !== 'revoked' && can('api-tokens:update') ? (
                      <Button
                        size="compact-sm"
                        variant="default"
                        c="red.8"
                        onClick={() => {
                          setRevoking(token);
                          setConfirming(true);
                        }}
                        aria-label={t('tokens.revokeNamed', { name: token.name })}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
      </Paper>
      <CreateTokenModal opened={creating} onClose={close} />
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSettled: () => setConfirming(false) })}
        loading={revoke.isPending}
        danger
        title={t('tokens.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
      >
        {t('tokens.revokeBody')}
      </ConfirmDialog>
    </>
  );
}

/** Token integrasi: bearer tokens for other systems, with their scopes. */
export function TokensPage() {
  return (
    <RequireScope scope="api-tokens:read">
      <TokensList />
    </RequireScope>
  );
}
