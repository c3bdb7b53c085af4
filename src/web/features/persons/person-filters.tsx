import { Button, Checkbox, Collapse, Group, NativeSelect, Select, SimpleGrid } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ageBands, lifecycleStatuses, sexes } from '../../../domain/registry';
import type { PersonsSearch } from '../../app/search-params';
import { useLanguage } from '../../lib/use-language';
import { useCountries, useRegencies } from './api-reference';
import { shortRegency } from './region-label';

export type FilterPatch = Partial<Pick<PersonsSearch, 'status' | 'sex' | 'regency' | 'ageBand' | 'country' | 'passportExpiring'>>;

export const filterKeys = ['status', 'sex', 'regency', 'ageBand', 'country', 'passportExpiring'] as const;

export function activeFilterCount(search: PersonsSearch): number {
  return filterKeys.filter((k) => search[k]).length;
}

/**
 * The list's filters: status, sex, kab/kota of origin, age band, destination country, and passports that
 * run out within six months (the dashboard's card opens the list with it). On a phone they fold away
 * behind one button, so the list starts near the top of the screen.
 */
export function PersonFilters({ search, onChange, onReset }: { search: PersonsSearch; onChange: (patch: FilterPatch) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const narrow = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const regencies = useRegencies();
  const countries = useCountries();
  const count = activeFilterCount(search);

  const fields = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" verticalSpacing="sm">
      <NativeSelect
        label={t('persons.fields.status')}
        value={search.status ?? ''}
        onChange={(e) => onChange({ status: (e.currentTarget.value || undefined) as PersonsSearch['status'] })}
        data={[{ value: '', label: t('persons.filters.allStatuses') }, ...lifecycleStatuses.map((s) => ({ value: s, label: t(`persons.status.long.${s}`) }))]}
      />
      <NativeSelect
        label={t('persons.fields.sex')}
        value={search.sex ?? ''}
        onChange={(e) => onChange({ sex: (e.currentTarget.value || undefined) as PersonsSearch['sex'] })}
        data={[{ value: '', label: t('persons.filters.allSexes') }, ...sexes.map((s) => ({ value: s, label: t(`persons.sex.${s}`) }))]}
      />
      <Select
        label={t('persons.filters.regency')}
        placeholder={t('persons.filters.allRegencies')}
        searchable
        clearable
        value={search.regency ?? null}
        onChange={(value) => onChange({ regency: value ?? undefined })}
        data={(regencies.data?.items ?? []).map((r) => ({ value: r.code, label: shortRegency(r.name) }))}
        nothingFoundMessage={t('persons.filters.nothingFound')}
        clearButtonProps={{ 'aria-label': t('persons.filters.clearRegency') }}
      />
      <NativeSelect
        label={t('persons.filters.ageBand')}
        value={search.ageBand ?? ''}
        onChange={(e) => onChange({ ageBand: (e.currentTarget.value || undefined) as PersonsSearch['ageBand'] })}
        data={[{ value: '', label: t('persons.filters.allAges') }, ...ageBands.map((b) => ({ value: b, label: t(`persons.ageBands.${b}`) }))]}
      />
      <Select
        label={t('persons.filters.country')}
        placeholder={t('persons.filters.allCountries')}
        searchable
        clearable
        value={search.country ?? null}
        onChange={(value) => onChange({ country: value ?? undefined })}
        data={(countries.data?.items ?? []).map((c) => ({ value: c.code, label: lang === 'en' ? c.nameEn : c.nameId }))}
        nothingFoundMessage={t('persons.filters.nothingFound')}
        clearButtonProps={{ 'aria-label': t('persons.filters.clearCountry') }}
      />
    </SimpleGrid>
  );

  const passport = (
    <Checkbox
      size="sm"
      label={t('persons.filters.passportExpiring')}
      checked={search.passportExpiring === '6m'}
      onChange={(e) => onChange({ passportExpiring: e.currentTarget.checked ? '6m' : undefined })}
    />
  );
  const reset =
    count > 0 ? (
      <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onReset}>
        {t('persons.filters.reset')}
      </Button>
    ) : null;

  if (!narrow) {
    return (
      <>
        {fields}
        <Group mt="xs" gap="md">
          {passport}
          {reset}
        </Group>
      </>
    );
  }
  return (
    <>
      <Group gap="xs">
        <Button
          variant="default"
          size="sm"
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          onClick={toggle}
          aria-expanded={opened}
          aria-controls="person-filters"
        >
          {count ? t('persons.filters.toggleCount', { count }) : t('persons.filters.toggle')}
        </Button>
        {reset}
      </Group>
      <Collapse expanded={opened} id="person-filters">
        <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>
          {fields}
          <Group mt="sm">{passport}</Group>
        </div>
      </Collapse>
    </>
  );
}
