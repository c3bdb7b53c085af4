import { Button, Center, Group, Paper, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCopy, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePersonsSearch, type PersonSort, type PersonsSearch } from '../../app/search-params';
import { DataTable } from '../../components/data-table';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink, ButtonLink } from '../../components/links';
import { ListPagination } from '../../components/list-pagination';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SearchInput } from '../../components/search-input';
import { SortHeader } from '../../components/sort-header';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatCalendarDateShort } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useCan } from '../auth/api';
import { personsPageSize, usePersons, type PersonSummary } from './api';
import { Masked, SexAbbr, StatusBadge } from './labels';
import { PersonCards } from './person-cards';
import { activeFilterCount, PersonFilters, type FilterPatch } from './person-filters';
import { shortRegency } from './region-label';
import { SavedViews } from './saved-views';
import { isIdentifierSearch } from './search-text';

const route = getRouteApi('/staff/orang');

/**
 * A NIK, passport or phone number typed in the search box is kept here, in memory only — never in the
 * address bar — so that coming back from a person's page shows the same results.
 */
let rememberedIdentifier = '';

/** Umur sorts by birth date the other way round: the youngest first is the latest birth date first. */
function AgeSortHeader({ sort, onSort, children }: { sort: string; onSort: (s: string) => void; children: React.ReactNode }) {
  const asAge = sort === 'birthDate' ? '-age' : sort === '-birthDate' ? 'age' : sort;
  return (
    <SortHeader field="age" sort={asAge} onSort={(s) => onSort(s === 'age' ? '-birthDate' : 'birthDate')}>
      {children}
    </SortHeader>
  );
}

function EmptyState({ filtered, q, onReset }: { filtered: boolean; q: string; onReset: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Center py="xl">
      <Stack align="center" gap="sm" maw={440} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
          <IconUsersGroup size={30} stroke={1.6} />
        </ThemeIcon>
        <Text fw={600}>{q ? t('persons.list.noResults', { q }) : filtered ? t('persons.list.noneMatch') : t('persons.list.empty')}</Text>
        <Text size="sm" c="dimmed">
          {q || filtered ? t('persons.list.noResultsHint') : t('persons.list.emptyHint')}
        </Text>
        <Group gap="sm" justify="center">
          {q || filtered ? (
            <Button variant="default" onClick={onReset}>
              {t('persons.list.clearAll')}
            </Button>
          ) : null}
          {can('persons:create') ? (
            <ButtonLink to="/orang/baru" leftSection={<IconUserPlus size={18} aria-hidden />}>
              {t('persons.add')}
            </ButtonLink>
          ) : null}
        </Group>
      </Stack>
    </Center>
  );
}

function PersonRow({ person }: { person: PersonSummary }) {
  const lang = useLanguage();
  const navigate = useNavigate();
  return (
    <Table.Tr
      style={{ cursor: 'pointer' }}
      onClick={(event) => {
        // The name is the link (for keyboards and new tabs); a click elsewhere in the row opens it too.
        if ((event.target as HTMLElement).closest('a, button')) return;
        void navigate({ to: '/orang/$id', params: { id: person.id } });
      }}
    >
      <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
        <AnchorLink to="/orang/$id" params={{ id: person.id }} className="balai-table-link">
          {person.fullName}
        </AnchorLink>
      </Table.Th>
      <Table.Td>
        <Masked value={person.nikMasked} />
      </Table.Td>
      <Table.Td fz="sm">
        <SexAbbr sex={person.sex} />
      </Table.Td>
      <Table.Td fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {person.age}
      </Table.Td>
      <Table.Td fz="sm">
        {person.originRegency ? (
          shortRegency(person.originRegency.name)
        ) : (
          <Text span c="dimmed" size="sm">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge status={person.status} />
      </Table.Td>
      <Table.Td fz="sm">
        {person.destinationCountry?.name ?? (
          <Text span c="dimmed" size="sm">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatCalendarDateShort(person.createdAt.slice(0, 10), lang)}
      </Table.Td>
    </Table.Tr>
  );
}

function PersonsList() {
  const { t } = useTranslation();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [identifier, setIdentifier] = useState(rememberedIdentifier);
  const q = identifier || search.q || '';
  const page = search.page ?? 1;
  const sort = search.sort;
  const persons = usePersons(
    {
      q: q || undefined,
      status: search.status,
      sex: search.sex,
      regency: search.regency,
      ageBand: search.ageBand,
      country: search.country,
      passportExpiring: search.passportExpiring,
      sort,
    },
    page,
  );
  const shownSort = sort ?? (q ? '' : '-createdAt');
  const filtered = activeFilterCount(search) > 0;
  const narrow = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });

  const setSearch = (patch: Partial<PersonsSearch>, replace = false) => void navigate({ search: (s) => ({ ...s, ...patch, page: undefined }), replace });
  const onSearch = (text: string) => {
    if (isIdentifierSearch(text)) {
      rememberedIdentifier = text;
      setIdentifier(text);
      setSearch({ q: undefined }, true);
    } else {
      rememberedIdentifier = '';
      setIdentifier('');
      setSearch({ q: text || undefined }, true);
    }
  };
  const resetAll = () => {
    rememberedIdentifier = '';
    setIdentifier('');
    void navigate({ search: {} });
  };

  return (
    <>
      <PageHeader
        title={t('persons.title')}
        description={t('persons.description')}
        actions={
          <Group gap="sm">
            {can('persons:merge') ? (
              <ButtonLink to="/orang/ganda" variant="default" leftSection={<IconCopy size={18} aria-hidden />}>
                {t('persons.duplicates.title')}
              </ButtonLink>
            ) : null}
            {can('persons:create') ? (
              <ButtonLink to="/orang/baru" leftSection={<IconUserPlus size={18} aria-hidden />}>
                {t('persons.add')}
              </ButtonLink>
            ) : null}
          </Group>
        }
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="sm" mb="md">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <SearchInput
              label={t('persons.list.search')}
              placeholder={t('persons.list.searchPlaceholder')}
              description={identifier ? t('persons.list.identifierNote') : undefined}
              value={q}
              onSearch={onSearch}
              style={{ flex: '1 1 20rem' }}
            />
            <SavedViews search={{ ...search, q: search.q }} onApply={(filters) => void navigate({ search: parsePersonsSearch(filters) })} />
          </Group>
          <PersonFilters
            search={search}
            onChange={(patch: FilterPatch) => setSearch(patch)}
            onReset={() =>
              setSearch({ status: undefined, sex: undefined, regency: undefined, ageBand: undefined, country: undefined, passportExpiring: undefined })
            }
          />
        </Stack>
        {persons.isError && !persons.data ? (
          <QueryError error={persons.error} onRetry={() => void persons.refetch()} />
        ) : !persons.data ? (
          <TableSkeleton rows={8} />
        ) : persons.data.items.length === 0 ? (
          <EmptyState filtered={filtered} q={q} onReset={resetAll} />
        ) : narrow ? (
          <>
            <PersonCards items={persons.data.items} sort={sort ?? (q ? '' : '-createdAt')} searching={!!q} onSort={(s) => setSearch({ sort: s })} />
            <ListPagination
              page={page}
              pageSize={personsPageSize}
              total={persons.data.total}
              label={t('persons.title')}
              onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })}
            />
          </>
        ) : (
          <>
            <DataTable
              caption={t('persons.list.caption')}
              minWidth={980}
              highlightOnHover
              fz="sm"
              verticalSpacing="xs"
              horizontalSpacing="sm"
              aria-busy={persons.isFetching}
              style={{ opacity: persons.isPlaceholderData ? 0.6 : 1 }}
              head={
                <>
                  <SortHeader field="fullName" sort={shownSort} onSort={(s) => setSearch({ sort: s as PersonSort })}>
                    {t('persons.columns.name')}
                  </SortHeader>
                  <Table.Th scope="col">{t('persons.columns.nik')}</Table.Th>
                  <Table.Th scope="col">
                    <abbr title={t('persons.fields.sex')} style={{ textDecoration: 'none' }}>
                      {t('persons.columns.sex')}
                    </abbr>
                  </Table.Th>
                  <AgeSortHeader sort={shownSort} onSort={(s) => setSearch({ sort: s as PersonSort })}>
                    {t('persons.columns.age')}
                  </AgeSortHeader>
                  <Table.Th scope="col">{t('persons.columns.origin')}</Table.Th>
                  <SortHeader field="status" sort={shownSort} onSort={(s) => setSearch({ sort: s as PersonSort })}>
                    {t('persons.columns.status')}
                  </SortHeader>
                  <Table.Th scope="col">{t('persons.columns.destination')}</Table.Th>
                  <SortHeader field="createdAt" sort={shownSort} onSort={(s) => setSearch({ sort: s as PersonSort })}>
                    {t('persons.columns.registered')}
                  </SortHeader>
                </>
              }
            >
              {persons.data.items.map((person) => (
                <PersonRow key={person.id} person={person} />
              ))}
            </DataTable>
            <ListPagination
              page={page}
              pageSize={personsPageSize}
              total={persons.data.total}
              label={t('persons.title')}
              onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })}
            />
          </>
        )}
      </Paper>
    </>
  );
}

/** Data Orang: the registry's list of CPMI, PMI and PMI Purna, searchable and filterable. */
export function PersonsPage() {
  return (
    <RequireScope scope="persons:read">
      <PersonsList />
    </RequireScope>
  );
}
