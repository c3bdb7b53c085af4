import { Breadcrumbs, Group, NativeSelect, Paper, Table, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../../components/links';
import { useTranslation } from 'react-i18next';
import { regionLevels, type RegionLevel, type RegionsSearch } from '../../app/search-params';
import { ListPagination } from '../../components/list-pagination';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SearchInput } from '../../components/search-input';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { ancestorCodes, childLevel, regionsPageSize, useRegion, useRegions, type Region } from './api';

const route = getRouteApi('/staff/wilayah');

const levelColor: Record<RegionLevel, string> = { province: 'balai', regency: 'teal', district: 'grape', village: 'gray' };

export function LevelBadge({ level }: { level: RegionLevel }) {
  const { t } = useTranslation();
  return <SoftBadge color={levelColor[level]}>{t(`regions.levels.${level}`)}</SoftBadge>;
}

/** Where the browser is: Indonesia › Sumatera Selatan › Kota Prabumulih. */
function Trail({ parent }: { parent: Region | undefined }) {
  const { t } = useTranslation();
  const codes = parent ? ancestorCodes(parent.code) : [];
  const names = parent ? [...parent.path].reverse() : [];
  return (
    <nav aria-label={t('regions.trail')}>
      <Breadcrumbs separator={<IconChevronRight size={14} aria-hidden />} separatorMargin={4}>
        {parent ? (
          <AnchorLink to="/wilayah" search={{}} size="sm">
            Indonesia
          </AnchorLink>
        ) : (
          <Text size="sm" fw={600} aria-current="page">
            Indonesia
          </Text>
        )}
        {codes.map((code, i) => (
          <AnchorLink key={code} to="/wilayah" search={{ parent: code }} size="sm">
            {names[i] ?? code}
          </AnchorLink>
        ))}
        {parent ? (
          <Text size="sm" fw={600} aria-current="page">
            {parent.name}
          </Text>
        ) : null}
      </Breadcrumbs>
    </nav>
  );
}

function RegionName({ region }: { region: Region }) {
  const { t } = useTranslation();
  const below = childLevel[region.level];
  if (!below) return <>{region.name}</>;
  return (
    <AnchorLink
      to="/wilayah"
      search={{ parent: region.code }}
      className="balai-table-link"
      title={t('regions.openChildren', { level: t(`regions.levelsPlural.${below}`), name: region.name })}
    >
      {region.name}
    </AnchorLink>
  );
}

function RegionTable({ items, showPath, caption, dimmed }: { items: Region[]; showPath: boolean; caption: string; dimmed: boolean }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      minWidth={showPath ? 680 : 480}
      highlightOnHover
      style={{ opacity: dimmed ? 0.6 : 1 }}
      head={
        <>
          <Table.Th scope="col" w={130}>
            {t('regions.columns.code')}
          </Table.Th>
          <Table.Th scope="col">{t('regions.columns.name')}</Table.Th>
          <Table.Th scope="col" w={170}>
            {t('regions.columns.level')}
          </Table.Th>
          {showPath ? <Table.Th scope="col">{t('regions.columns.path')}</Table.Th> : null}
        </>
      }
    >
      {items.map((r) => (
        <Table.Tr key={r.code}>
          <Table.Td fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {r.code}
          </Table.Td>
          <Table.Th scope="row" fw={500}>
            <RegionName region={r} />
          </Table.Th>
          <Table.Td>
            <LevelBadge level={r.level} />
          </Table.Td>
          {showPath ? (
            <Table.Td c={r.path.length ? undefined : 'dimmed'} fz="sm">
              {r.path.length ? r.path.join(', ') : t('regions.topLevel')}
            </Table.Td>
          ) : null}
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/**
 * Wilayah: search the administrative regions by name or code, or browse from the provinces down to the
 * villages. A search ignores the region being browsed, so clearing it returns there.
 */
export function RegionsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const searching = !!(search.q || search.level);
  const parent = useRegion(searching ? undefined : search.parent);
  const pageSize = searching ? regionsPageSize.search : regionsPageSize.browse;
  const regions = useRegions(
    searching
      ? { q: search.q, level: search.level, page, pageSize }
      : search.parent
        ? { parentCode: search.parent, page, pageSize }
        : { level: 'province', page, pageSize },
  );

  const update = (next: Partial<RegionsSearch>) => void navigate({ search: (s) => ({ ...s, ...next, page: undefined }), replace: true });

  const listedLevel: RegionLevel | null = searching ? null : parent.data ? childLevel[parent.data.level] : search.parent ? null : 'province';
  const heading = searching
    ? t('regions.results')
    : parent.data && listedLevel
      ? t('regions.childrenOf', { level: t(`regions.levelsPlural.${listedLevel}`), name: parent.data.name })
      : search.parent
        ? t('common.loading')
        : t('regions.provincesOfIndonesia');

  return (
    <>
      <PageHeader title={t('regions.title')} description={t('regions.description')} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Group align="flex-end" gap="md" mb="lg" wrap="wrap">
          <SearchInput
            label={t('regions.search')}
            placeholder={t('regions.searchPlaceholder')}
            value={search.q ?? ''}
            onSearch={(q) => update({ q: q || undefined })}
            w={{ base: '100%', sm: 380 }}
          />
          <NativeSelect
            label={t('regions.level')}
            value={search.level ?? ''}
            onChange={(e) => update({ level: (e.currentTarget.value || undefined) as RegionLevel | undefined })}
            data={[{ value: '', label: t('regions.allLevels') }, ...regionLevels.map((l) => ({ value: l, label: t(`regions.levels.${l}`) }))]}
            w={{ base: '100%', xs: 220 }}
          />
        </Group>

        {!searching && search.parent ? (
          <Group mb="xs">
            <Trail parent={parent.data} />
          </Group>
        ) : null}
        <Group justify="space-between" align="baseline" mb="sm" gap="xs">
          <Title order={2} fz="lg">
            {heading}
          </Title>
          {searching && search.parent ? (
            <AnchorLink to="/wilayah" search={{ parent: search.parent }} size="sm">
              {t('regions.backToBrowse')}
            </AnchorLink>
          ) : null}
        </Group>

        {parent.isError ? (
          <QueryError error={parent.error} onRetry={() => void parent.refetch()} />
        ) : regions.isError && !regions.data ? (
          <QueryError error={regions.error} onRetry={() => void regions.refetch()} />
        ) : !regions.data ? (
          <TableSkeleton />
        ) : regions.data.items.length === 0 ? (
          <Text c="dimmed" py="lg" ta="center" role="status">
            {search.q ? t('common.noResults', { q: search.q }) : t('common.empty')}
          </Text>
        ) : (
          <>
            <RegionTable items={regions.data.items} showPath={searching} caption={heading} dimmed={regions.isPlaceholderData} />
            <ListPagination
              page={page}
              pageSize={pageSize}
              total={regions.data.total}
              label={t('regions.title')}
              onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })}
            />
          </>
        )}
      </Paper>
    </>
  );
}
