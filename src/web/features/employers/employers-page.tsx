import { Button, Group, NativeSelect, Paper, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
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
import { useCan } from '../auth/api';
import { employerKinds, employersPageSize, useEmployers, type EmployerKind } from './api';
import { EmployerFormModal } from './employer-form';

const route = getRouteApi('/staff/pemberi-kerja');

function EmployersList() {
  const { t } = useTranslation();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [creating, { open, close }] = useDisclosure(false);
  const page = search.page ?? 1;
  const employers = useEmployers({ q: search.q, country: search.country, kind: search.kind, flagged: search.flagged, page });

  return (
    <>
      <PageHeader
        title={t('employers.title')}
        description={t('employers.description')}
        actions={
          can('employers:create') ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open}>
              {t('employers.add')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Group align="flex-end" mb="md" gap="md" wrap="wrap">
          <SearchInput
            label={t('employers.search')}
            placeholder={t('employers.searchPlaceholder')}
            value={search.q ?? ''}
            onSearch={(q) => void navigate({ search: (s) => ({ ...s, q: q || undefined, page: undefined }), replace: true })}
            w={{ base: '100%', sm: 300 }}
          />
          <TextInput
            label={t('employers.fields.country')}
            placeholder="MY"
            maxLength={2}
            defaultValue={search.country ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value.trim().toUpperCase();
              if (v === '' || v.length === 2) void navigate({ search: (s) => ({ ...s, country: v || undefined, page: undefined }), replace: true });
            }}
            w={{ base: '100%', xs: 110 }}
          />
          <NativeSelect
            label={t('employers.fields.kind')}
            value={search.kind ?? ''}
            onChange={(e) => {
              const kind = (e.currentTarget.value || undefined) as EmployerKind | undefined;
              void navigate({ search: (s) => ({ ...s, kind, page: undefined }) });
            }}
            data={[{ value: '', label: t('employers.allKinds') }, ...employerKinds.map((k) => ({ value: k, label: t(`employers.kind.${k}`) }))]}
            w={{ base: '100%', xs: 200 }}
          />
          <NativeSelect
            label={t('employers.fields.flagged')}
            value={search.flagged ?? ''}
            onChange={(e) => {
              const flagged = (e.currentTarget.value || undefined) as 'true' | 'false' | undefined;
              void navigate({ search: (s) => ({ ...s, flagged, page: undefined }) });
            }}
            data={[
              { value: '', label: t('employers.allFlags') },
              { value: 'true', label: t('employers.flaggedOnly') },
              { value: 'false', label: t('employers.notFlagged') },
            ]}
            w={{ base: '100%', xs: 200 }}
          />
        </Group>
        {employers.isError && !employers.data ? (
          <QueryError error={employers.error} onRetry={() => void employers.refetch()} />
        ) : !employers.data ? (
          <TableSkeleton rows={6} />
        ) : (
          <>
            <DataTable
              caption={t('employers.caption')}
              minWidth={760}
              highlightOnHover
              aria-busy={employers.isFetching}
              head={
                <>
                  <Table.Th scope="col">{t('employers.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('employers.fields.country')}</Table.Th>
                  <Table.Th scope="col">{t('employers.fields.sector')}</Table.Th>
                  <Table.Th scope="col">{t('employers.fields.kind')}</Table.Th>
                </>
              }
            >
              {employers.data.items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text c="dimmed" ta="center" py="lg">
                      {search.q ? t('common.noResults', { q: search.q }) : t('common.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                employers.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Th scope="row" fw={400}>
                      <Group gap="xs" wrap="nowrap">
                        <AnchorLink to="/pemberi-kerja/$id" params={{ id: e.id }} className="balai-table-link">
                          {e.name}
                        </AnchorLink>
                        {e.flagged ? (
                          <SoftBadge color="red" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                            {t('employers.flaggedBadge')}
                          </SoftBadge>
                        ) : null}
                      </Group>
                    </Table.Th>
                    <Table.Td fz="sm">
                      {e.countryName ?? e.countryCode}
                      {e.city ? ` · ${e.city}` : ''}
                    </Table.Td>
                    <Table.Td fz="sm">{e.sector ?? '—'}</Table.Td>
                    <Table.Td fz="sm">{t(`employers.kind.${e.kind}`)}</Table.Td>
                  </Table.Tr>
                ))
              )}
            </DataTable>
            <ListPagination
              page={page}
              pageSize={employersPageSize}
              total={employers.data.total}
              label={t('employers.title')}
              onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })}
            />
          </>
        )}
      </Paper>
      {can('employers:create') && creating ? <EmployerFormModal opened={creating} onClose={close} /> : null}
    </>
  );
}

/** Pemberi kerja: employers and foreign partners abroad, with the attaché's flag on problematic ones. */
export function EmployersPage() {
  return (
    <RequireScope scope="employers:read">
      <EmployersList />
    </RequireScope>
  );
}
