import { Badge, Group, Pagination, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconLock, IconMinus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/scroll-table';
import { QueryError } from '../../components/query-error';
import { SearchInput } from '../../components/search-input';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatCalendarDate, formatNumber, todayInOffice } from '../../lib/format';
import { useLanguage, useLocalName } from '../../lib/use-language';
import { useComplaintCategories, useCountries, useDocumentTypes, useSswFields, type SswField } from './api';
import { DatasetNote } from './dataset-note';

/** The other language's name, small under the main one. */
function OtherName({ row }: { row: { nameId: string; nameEn: string } }) {
  const lang = useLanguage();
  const other = lang === 'en' ? row.nameId : row.nameEn;
  const main = lang === 'en' ? row.nameEn : row.nameId;
  if (other === main) return null;
  return (
    <Text size="xs" c="dimmed" lang={lang === 'en' ? 'id' : 'en'}>
      {other}
    </Text>
  );
}

function YesNo({ value, yesLabel }: { value: boolean; yesLabel?: string }) {
  const { t } = useTranslation();
  return value ? (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon size={20} radius="xl" color="teal" variant="light" aria-hidden>
        <IconCheck size={14} />
      </ThemeIcon>
      <Text size="sm">{yesLabel ?? t('common.yes')}</Text>
    </Group>
  ) : (
    <Group gap={6} wrap="nowrap">
      <IconMinus size={14} aria-hidden color="var(--mantine-color-gray-6)" />
      <Text size="sm" c="dimmed">
        {t('common.no')}
      </Text>
    </Group>
  );
}

const countriesPageSize = 25;

export function CountriesTable() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const name = useLocalName();
  const countries = useCountries();
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(1);

  const rows = useMemo(() => {
    const items = countries.data?.items ?? [];
    const needle = filter.toLocaleLowerCase(lang);
    const matched = needle
      ? items.filter((c) =>
          [c.code, c.alpha3, c.nameId, c.nameEn].some((v) => v.toLocaleLowerCase(lang).includes(needle)),
        )
      : items;
    // The API sorts by the Indonesian name; sort by the name the reader sees.
    return [...matched].sort((a, b) => name(a).localeCompare(name(b), lang));
  }, [countries.data, filter, lang, name]);

  if (countries.isError) return <QueryError error={countries.error} onRetry={() => void countries.refetch()} />;
  if (!countries.data) return <TableSkeleton />;
  const pages = Math.max(1, Math.ceil(rows.length / countriesPageSize));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * countriesPageSize, current * countriesPageSize);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <SearchInput
          label={t('reference.countries.filter')}
          placeholder={t('reference.countries.filterPlaceholder')}
          value={filter}
          delay={150}
          onSearch={(v) => {
            setFilter(v);
            setPage(1);
          }}
          w={{ base: '100%', sm: 340 }}
        />
        <DatasetNote name="countries" />
      </Group>
      <ScrollTable minWidth={560} label={t('reference.countries.caption')}>
        <Table highlightOnHover>
          <caption className="visually-hidden-caption">{t('reference.countries.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reference.countries.name')}</Table.Th>
              <Table.Th scope="col" w={110}>
                {t('reference.countries.alpha2')}
              </Table.Th>
              <Table.Th scope="col" w={110}>
                {t('reference.countries.alpha3')}
              </Table.Th>
              <Table.Th scope="col" w={110}>
                {t('reference.countries.numeric')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text c="dimmed" ta="center" py="lg">
                    {t('common.noResults', { q: filter })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              shown.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Th scope="row" fw={500}>
                    {name(c)}
                    <OtherName row={c} />
                  </Table.Th>
                  <Table.Td ff="monospace">{c.code}</Table.Td>
                  <Table.Td ff="monospace">{c.alpha3}</Table.Td>
                  <Table.Td ff="monospace">{c.numeric}</Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('common.showing', {
            from: formatNumber(rows.length ? (current - 1) * countriesPageSize + 1 : 0, lang),
            to: formatNumber(Math.min(rows.length, current * countriesPageSize), lang),
            total: formatNumber(rows.length, lang),
          })}
        </Text>
        {pages > 1 ? (
          <nav aria-label={t('common.paginationOf', { label: t('reference.tabs.negara') })}>
            <Pagination
              total={pages}
              value={current}
              onChange={setPage}
              size="sm"
              siblings={1}
              getControlProps={(control) => ({ 'aria-label': t(`common.pageControl.${control}`) })}
              getItemProps={(p) => ({ 'aria-label': t('common.pageN', { page: p }) })}
            />
          </nav>
        ) : null}
      </Group>
    </Stack>
  );
}

function SswStatus({ field, today }: { field: SswField; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (field.effectiveFrom > today) {
    return (
      <Badge variant="light" color="orange" tt="none" fw={600}>
        {t('reference.ssw.startsOn', { date: formatCalendarDate(field.effectiveFrom, lang) })}
      </Badge>
    );
  }
  if (field.effectiveTo && field.effectiveTo < today) {
    return (
      <Badge variant="light" color="gray" tt="none" fw={600}>
        {t('reference.ssw.endedOn', { date: formatCalendarDate(field.effectiveTo, lang) })}
      </Badge>
    );
  }
  return (
    <Badge variant="light" color="teal" tt="none" fw={600}>
      {t('reference.ssw.active')}
    </Badge>
  );
}

export function SswFieldsTable() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const name = useLocalName();
  const fields = useSswFields();
  if (fields.isError) return <QueryError error={fields.error} onRetry={() => void fields.refetch()} />;
  if (!fields.data) return <TableSkeleton />;
  const today = todayInOffice();
  const upcoming = fields.data.items.filter((f) => f.effectiveFrom > today).length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" maw={640}>
          {t('reference.ssw.intro', { active: fields.data.total - upcoming, upcoming })}
        </Text>
        <DatasetNote name="ssw_fields" />
      </Group>
      <ScrollTable minWidth={700} label={t('reference.ssw.caption')}>
        <Table highlightOnHover>
          <caption className="visually-hidden-caption">{t('reference.ssw.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reference.ssw.name')}</Table.Th>
              <Table.Th scope="col">{t('reference.ssw.nameJa')}</Table.Th>
              <Table.Th scope="col">{t('reference.ssw.ssw2')}</Table.Th>
              <Table.Th scope="col">{t('reference.ssw.effectiveFrom')}</Table.Th>
              <Table.Th scope="col">{t('reference.ssw.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.data.items.map((f) => (
              <Table.Tr key={f.code}>
                <Table.Th scope="row" fw={500}>
                  {name(f)}
                  <OtherName row={f} />
                </Table.Th>
                <Table.Td>{f.nameJa ? <span lang="ja">{f.nameJa}</span> : '—'}</Table.Td>
                <Table.Td>
                  <YesNo value={f.ssw2} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(f.effectiveFrom, lang)}</Table.Td>
                <Table.Td>
                  <SswStatus field={f} today={today} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

export function DocumentTypesTable() {
  const { t } = useTranslation();
  const name = useLocalName();
  const types = useDocumentTypes();
  if (types.isError) return <QueryError error={types.error} onRetry={() => void types.refetch()} />;
  if (!types.data) return <TableSkeleton />;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" maw={640}>
          {t('reference.documents.intro')}
        </Text>
        <DatasetNote name="document_types" />
      </Group>
      <ScrollTable minWidth={700} label={t('reference.documents.caption')}>
        <Table highlightOnHover>
          <caption className="visually-hidden-caption">{t('reference.documents.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reference.documents.name')}</Table.Th>
              <Table.Th scope="col">{t('reference.documents.legalBasis')}</Table.Th>
              <Table.Th scope="col">{t('reference.documents.placementRequired')}</Table.Th>
              <Table.Th scope="col">{t('reference.documents.validity')}</Table.Th>
              <Table.Th scope="col">{t('reference.documents.sensitive')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {types.data.items.map((d) => (
              <Table.Tr key={d.code}>
                <Table.Th scope="row" fw={500}>
                  {name(d)}
                  <OtherName row={d} />
                </Table.Th>
                <Table.Td fz="sm">
                  {d.legalBasis ?? <Text span c="dimmed" size="sm">—</Text>}
                </Table.Td>
                <Table.Td>
                  <YesNo value={d.placementRequired} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {d.validityMonths ? t('reference.documents.months', { count: d.validityMonths }) : <Text span c="dimmed" size="sm">{t('reference.documents.noLimit')}</Text>}
                </Table.Td>
                <Table.Td>
                  {d.sensitive ? (
                    <Badge variant="light" color="red" tt="none" fw={600} leftSection={<IconLock size={12} aria-hidden />}>
                      {t('reference.documents.sensitiveYes')}
                    </Badge>
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {t('common.no')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

export function ComplaintCategoriesTable() {
  const { t } = useTranslation();
  const name = useLocalName();
  const categories = useComplaintCategories();
  if (categories.isError) return <QueryError error={categories.error} onRetry={() => void categories.refetch()} />;
  if (!categories.data) return <TableSkeleton />;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" maw={640}>
          {t('reference.complaints.intro')}
        </Text>
        <DatasetNote name="complaint_categories" />
      </Group>
      <ScrollTable minWidth={520} label={t('reference.complaints.caption')}>
        <Table highlightOnHover>
          <caption className="visually-hidden-caption">{t('reference.complaints.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={56}>
                {t('reference.complaints.number')}
              </Table.Th>
              <Table.Th scope="col">{t('reference.complaints.name')}</Table.Th>
              <Table.Th scope="col">{t('reference.complaints.code')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.data.items.map((c, i) => (
              <Table.Tr key={c.code}>
                <Table.Td c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {i + 1}
                </Table.Td>
                <Table.Th scope="row" fw={500}>
                  {name(c)}
                  <OtherName row={c} />
                </Table.Th>
                <Table.Td ff="monospace" fz="sm" c="dark.4">
                  {c.code}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
