import { Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { ListPagination } from '../../components/list-pagination';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SearchInput } from '../../components/search-input';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { schemesPageSize, useSchemes } from './api';

const route = getRouteApi('/staff/skema');

function SchemesList() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const active = search.active;
  const schemes = useSchemes({ q: search.q, page, active });

  return (
    <>
      <PageHeader title={t('schemes.title')} description={t('schemes.description')} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Group align="flex-end" mb="md" wrap="wrap">
          <SearchInput
            label={t('schemes.search')}
            placeholder={t('schemes.searchPlaceholder')}
            value={search.q ?? ''}
            onSearch={(q) => void navigate({ search: (s) => ({ ...s, q: q || undefined, page: undefined }), replace: true })}
            w={{ base: '100%', sm: 320 }}
          />
          <SegmentedControl
            aria-label={t('schemes.activeFilter')}
            value={active ?? 'all'}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, active: v === 'all' ? undefined : (v as 'true' | 'false'), page: undefined }) })}
            data={[
              { value: 'all', label: t('schemes.filter.all') },
              { value: 'true', label: t('schemes.filter.active') },
              { value: 'false', label: t('schemes.filter.inactive') },
            ]}
          />
        </Group>
        {schemes.isError && !schemes.data ? (
          <QueryError error={schemes.error} onRetry={() => void schemes.refetch()} />
        ) : !schemes.data ? (
          <TableSkeleton rows={5} />
        ) : (
          <>
            <DataTable
              caption={t('schemes.caption')}
              minWidth={720}
              highlightOnHover
              aria-busy={schemes.isFetching}
              head={
                <>
                  <Table.Th scope="col">{t('schemes.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('schemes.columns.code')}</Table.Th>
                  <Table.Th scope="col">{t('schemes.columns.countries')}</Table.Th>
                  <Table.Th scope="col">{t('schemes.columns.ruleVersion')}</Table.Th>
                  <Table.Th scope="col">{t('schemes.columns.status')}</Table.Th>
                </>
              }
            >
              {schemes.data.items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" ta="center" py="lg">
                      {search.q ? t('common.noResults', { q: search.q }) : t('common.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                schemes.data.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row" fw={400} pl={s.parentCode ? 'xl' : undefined}>
                      <AnchorLink to="/skema/$code" params={{ code: s.code }} className="balai-table-link">
                        {s.name}
                      </AnchorLink>
                      {s.parentCode ? (
                        <Text size="xs" c="dimmed">
                          {t('schemes.programmeOf', { code: s.parentCode })}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td ff="monospace" fz="sm">
                      {s.code}
                    </Table.Td>
                    <Table.Td>{s.countryCodes.length ? s.countryCodes.join(', ') : t('schemes.anyCountry')}</Table.Td>
                    <Table.Td>{t('schemes.versionLabel', { version: s.ruleVersion })}</Table.Td>
                    <Table.Td>
                      <SoftBadge color={s.active ? 'teal' : 'gray'}>{s.active ? t('schemes.filter.active') : t('schemes.filter.inactive')}</SoftBadge>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </DataTable>
            <ListPagination
              page={page}
              pageSize={schemesPageSize}
              total={schemes.data.total}
              label={t('schemes.title')}
              onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })}
            />
          </>
        )}
      </Paper>
    </>
  );
}

/** Skema penempatan: the placement schemes and programmes with the version of their rules. */
export function SchemesPage() {
  return (
    <RequireScope scope="schemes:read">
      <SchemesList />
    </RequireScope>
  );
}
