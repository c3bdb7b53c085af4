import { Group, Paper, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../../components/links';
import { useTranslation } from 'react-i18next';
import type { OfficeSort } from '../../app/search-params';
import { ListPagination } from '../../components/list-pagination';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SearchInput } from '../../components/search-input';
import { SortHeader } from '../../components/sort-header';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { officesPageSize, useOffices } from './api';
import { OfficeKindBadge } from './office-kind';

const route = getRouteApi('/staff/kantor');

/** Kantor & bagian: the offices of this deployment, searchable and sortable. */
export function OfficesPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const sort: OfficeSort = search.sort ?? 'name';
  const offices = useOffices({ q: search.q, page, sort });

  return (
    <>
      <PageHeader title={t('offices.title')} description={t('offices.description')} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Group align="flex-end" mb="md">
          <SearchInput
            label={t('offices.search')}
            placeholder={t('offices.searchPlaceholder')}
            value={search.q ?? ''}
            onSearch={(q) => void navigate({ search: (s) => ({ ...s, q: q || undefined, page: undefined }), replace: true })}
            w={{ base: '100%', sm: 360 }}
          />
        </Group>
        {offices.isError && !offices.data ? (
          <QueryError error={offices.error} onRetry={() => void offices.refetch()} />
        ) : !offices.data ? (
          <TableSkeleton rows={4} />
        ) : (
          <>
            <DataTable
              caption={t('offices.caption')}
              minWidth={640}
              highlightOnHover
              aria-busy={offices.isFetching}
              style={{ opacity: offices.isPlaceholderData ? 0.6 : 1 }}
              head={
                <>
                  <SortHeader field="name" sort={sort} onSort={(s) => void navigate({ search: (p) => ({ ...p, sort: s as OfficeSort, page: undefined }) })}>
                    {t('offices.columns.name')}
                  </SortHeader>
                  <SortHeader field="code" sort={sort} onSort={(s) => void navigate({ search: (p) => ({ ...p, sort: s as OfficeSort, page: undefined }) })}>
                    {t('offices.columns.code')}
                  </SortHeader>
                  <Table.Th scope="col">{t('offices.columns.kind')}</Table.Th>
                  <Table.Th scope="col">{t('offices.columns.city')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('offices.columns.divisions')}
                  </Table.Th>
                </>
              }
            >
              {offices.data.items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" ta="center" py="lg">
                      {search.q ? t('common.noResults', { q: search.q }) : t('common.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                offices.data.items.map((office) => (
                  <Table.Tr key={office.id}>
                    <Table.Th scope="row" fw={400}>
                      <AnchorLink to="/kantor/$id" params={{ id: office.id }} className="balai-table-link">
                        {office.name}
                      </AnchorLink>
                    </Table.Th>
                    <Table.Td ff="monospace" fz="sm">
                      {office.code}
                    </Table.Td>
                    <Table.Td>
                      <OfficeKindBadge kind={office.kind} />
                    </Table.Td>
                    <Table.Td>{office.city ?? '—'}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatNumber(office.divisionCount, lang)}
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </DataTable>
            <ListPagination
              page={page}
              pageSize={officesPageSize}
              total={offices.data.total}
              label={t('offices.title')}
              onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })}
            />
          </>
        )}
      </Paper>
    </>
  );
}
