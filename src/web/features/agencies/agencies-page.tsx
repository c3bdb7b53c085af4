import { Button, Group, NativeSelect, Paper, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { ListPagination } from '../../components/list-pagination';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SearchInput } from '../../components/search-input';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatCalendarDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useCan } from '../auth/api';
import { agenciesPageSize, agencyStatuses, licenceStates, useAgencies, type AgencyStatus, type LicenceState } from './api';
import { AgencyFormModal } from './agency-form';
import { AgencyStatusBadge, LicenceBadge } from './badges';

const route = getRouteApi('/staff/p3mi');

function AgenciesList() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [creating, { open, close }] = useDisclosure(false);
  const page = search.page ?? 1;
  const agencies = useAgencies({ q: search.q, status: search.status, licenceState: search.licence, page });

  return (
    <>
      <PageHeader
        title={t('agencies.title')}
        description={t('agencies.description')}
        actions={
          can('agencies:create') ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open}>
              {t('agencies.add')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Group align="flex-end" mb="md" gap="md" wrap="wrap">
          <SearchInput
            label={t('agencies.search')}
            placeholder={t('agencies.searchPlaceholder')}
            value={search.q ?? ''}
            onSearch={(q) => void navigate({ search: (s) => ({ ...s, q: q || undefined, page: undefined }), replace: true })}
            w={{ base: '100%', sm: 320 }}
          />
          <NativeSelect
            label={t('agencies.fields.status')}
            value={search.status ?? ''}
            onChange={(e) => {
              const status = (e.currentTarget.value || undefined) as AgencyStatus | undefined;
              void navigate({ search: (s) => ({ ...s, status, page: undefined }) });
            }}
            data={[{ value: '', label: t('agencies.allStatuses') }, ...agencyStatuses.map((s) => ({ value: s, label: t(`agencies.status.${s}`) }))]}
            w={{ base: '100%', xs: 200 }}
          />
          <NativeSelect
            label={t('agencies.fields.licenceState')}
            value={search.licence ?? ''}
            onChange={(e) => {
              const licence = (e.currentTarget.value || undefined) as LicenceState | undefined;
              void navigate({ search: (s) => ({ ...s, licence, page: undefined }) });
            }}
            data={[{ value: '', label: t('agencies.allLicenceStates') }, ...licenceStates.map((s) => ({ value: s, label: t(`agencies.licenceState.${s}`) }))]}
            w={{ base: '100%', xs: 220 }}
          />
        </Group>
        {agencies.isError && !agencies.data ? (
          <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />
        ) : !agencies.data ? (
          <TableSkeleton rows={6} />
        ) : (
          <>
            <DataTable
              caption={t('agencies.caption')}
              minWidth={820}
              highlightOnHover
              aria-busy={agencies.isFetching}
              head={
                <>
                  <Table.Th scope="col">{t('agencies.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('agencies.fields.licenceNumber')}</Table.Th>
                  <Table.Th scope="col">{t('agencies.fields.licenceValidUntil')}</Table.Th>
                  <Table.Th scope="col">{t('agencies.fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('agencies.fields.regionCode')}</Table.Th>
                </>
              }
            >
              {agencies.data.items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" ta="center" py="lg">
                      {search.q ? t('common.noResults', { q: search.q }) : t('common.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                agencies.data.items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row" fw={400}>
                      <AnchorLink to="/p3mi/$id" params={{ id: a.id }} className="balai-table-link">
                        {a.name}
                      </AnchorLink>
                      {a.headAgency ? (
                        <Text size="xs" c="dimmed">
                          {t('agencies.branchOf', { name: a.headAgency.name })}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td fz="sm">{a.licenceNumber}</Table.Td>
                    <Table.Td fz="sm">
                      <Group gap="xs" wrap="nowrap">
                        <span style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(a.licenceValidUntil, lang)}</span>
                        <LicenceBadge state={a.licenceState} />
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <AgencyStatusBadge status={a.status} />
                    </Table.Td>
                    <Table.Td fz="sm">{a.regionName ?? '—'}</Table.Td>
                  </Table.Tr>
                ))
              )}
            </DataTable>
            <ListPagination
              page={page}
              pageSize={agenciesPageSize}
              total={agencies.data.total}
              label={t('agencies.title')}
              onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })}
            />
          </>
        )}
      </Paper>
      {can('agencies:create') && creating ? <AgencyFormModal opened={creating} onClose={close} /> : null}
    </>
  );
}

/** P3MI: the placement companies the office supervises, with the state of their SIP3MI licence. */
export function AgenciesPage() {
  return (
    <RequireScope scope="agencies:read">
      <AgenciesList />
    </RequireScope>
  );
}
