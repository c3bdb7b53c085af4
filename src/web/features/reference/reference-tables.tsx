import { Group, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconLock, IconMinus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination';
import { SearchInput } from '../../components/search-input';
import { SoftBadge } from '../../components/soft-badge';
import { formatCalendarDate, todayInOffice } from '../../lib/format';
import { useLanguage, useLocalName } from '../../lib/use-language';
import { useComplaintCategories, useCountries, useDocumentTypes, useSswFields, type SswField } from './api';
import { ReferenceTable } from './reference-table';

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
    const matched = needle ? items.filter((c) => [c.code, c.alpha3, c.nameId, c.nameEn].some((v) => v.toLocaleLowerCase(lang).includes(needle))) : items;
    // The API sorts by the Indonesian name; sort by the name the reader sees.
    return [...matched].sort((a, b) => name(a).localeCompare(name(b), lang));
  }, [countries.data, filter, lang, name]);

  const pages = Math.max(1, Math.ceil(rows.length / countriesPageSize));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * countriesPageSize, current * countriesPageSize);

  return (
    <ReferenceTable
      query={countries}
      filter={
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
      }
      dataset="countries"
      caption={t('reference.countries.caption')}
      minWidth={560}
      head={
        <>
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
        </>
      }
      footer={<ListPagination page={current} pageSize={countriesPageSize} total={rows.length} label={t('reference.tabs.negara')} onChange={setPage} gap="md" />}
    >
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
    </ReferenceTable>
  );
}

function SswStatus({ field, today }: { field: SswField; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (field.effectiveFrom > today) {
    return <SoftBadge color="orange">{t('reference.ssw.startsOn', { date: formatCalendarDate(field.effectiveFrom, lang) })}</SoftBadge>;
  }
  if (field.effectiveTo && field.effectiveTo < today) {
    return <SoftBadge color="gray">{t('reference.ssw.endedOn', { date: formatCalendarDate(field.effectiveTo, lang) })}</SoftBadge>;
  }
  return <SoftBadge color="teal">{t('reference.ssw.active')}</SoftBadge>;
}

export function SswFieldsTable() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const name = useLocalName();
  const fields = useSswFields();
  const today = todayInOffice();
  const items = fields.data?.items ?? [];
  const upcoming = items.filter((f) => f.effectiveFrom > today).length;
  return (
    <ReferenceTable
      query={fields}
      intro={t('reference.ssw.intro', { active: (fields.data?.total ?? 0) - upcoming, upcoming })}
      dataset="ssw_fields"
      caption={t('reference.ssw.caption')}
      minWidth={700}
      head={
        <>
          <Table.Th scope="col">{t('reference.ssw.name')}</Table.Th>
          <Table.Th scope="col">{t('reference.ssw.nameJa')}</Table.Th>
          <Table.Th scope="col">{t('reference.ssw.ssw2')}</Table.Th>
          <Table.Th scope="col">{t('reference.ssw.effectiveFrom')}</Table.Th>
          <Table.Th scope="col">{t('reference.ssw.status')}</Table.Th>
        </>
      }
    >
      {items.map((f) => (
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
    </ReferenceTable>
  );
}

export function DocumentTypesTable() {
  const { t } = useTranslation();
  const name = useLocalName();
  const types = useDocumentTypes();
  return (
    <ReferenceTable
      query={types}
      intro={t('reference.documents.intro')}
      dataset="document_types"
      caption={t('reference.documents.caption')}
      minWidth={700}
      head={
        <>
          <Table.Th scope="col">{t('reference.documents.name')}</Table.Th>
          <Table.Th scope="col">{t('reference.documents.legalBasis')}</Table.Th>
          <Table.Th scope="col">{t('reference.documents.placementRequired')}</Table.Th>
          <Table.Th scope="col">{t('reference.documents.validity')}</Table.Th>
          <Table.Th scope="col">{t('reference.documents.sensitive')}</Table.Th>
        </>
      }
    >
      {types.data?.items.map((d) => (
        <Table.Tr key={d.code}>
          <Table.Th scope="row" fw={500}>
            {name(d)}
            <OtherName row={d} />
          </Table.Th>
          <Table.Td fz="sm">
            {d.legalBasis ?? (
              <Text span c="dimmed" size="sm">
                —
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <YesNo value={d.placementRequired} />
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {d.validityMonths ? (
              t('reference.documents.months', { count: d.validityMonths })
            ) : (
              <Text span c="dimmed" size="sm">
                {t('reference.documents.noLimit')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            {d.sensitive ? (
              <SoftBadge color="red" leftSection={<IconLock size={12} aria-hidden />}>
                {t('reference.documents.sensitiveYes')}
              </SoftBadge>
            ) : (
              <Text span c="dimmed" size="sm">
                {t('common.no')}
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </ReferenceTable>
  );
}

export function ComplaintCategoriesTable() {
  const { t } = useTranslation();
  const name = useLocalName();
  const categories = useComplaintCategories();
  return (
    <ReferenceTable
      query={categories}
      intro={t('reference.complaints.intro')}
      dataset="complaint_categories"
      caption={t('reference.complaints.caption')}
      minWidth={520}
      head={
        <>
          <Table.Th scope="col" w={56}>
            {t('reference.complaints.number')}
          </Table.Th>
          <Table.Th scope="col">{t('reference.complaints.name')}</Table.Th>
          <Table.Th scope="col">{t('reference.complaints.code')}</Table.Th>
        </>
      }
    >
      {categories.data?.items.map((c, i) => (
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
    </ReferenceTable>
  );
}
