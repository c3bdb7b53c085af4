import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { forwardRef, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionByCode, useRegionOptions } from './api-reference';
import { regionLabel } from './region-label';

interface RegionSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (code: string | null) => void;
  /** Offered before anything is typed: the villages of this district (the one the NIK was issued in). */
  suggestFrom?: string | null;
}

/**
 * Picks a region down to the desa/kelurahan by typing part of its name ("gunung ibul"), shown as
 * "Kel. Gunung Ibul, Kec. Prabumulih Timur, Kota Prabumulih" so that places of the same name are told apart.
 */
export const RegionSelect = forwardRef<HTMLInputElement, RegionSelectProps>(function RegionSelect({ value, onChange, suggestFrom, ...rest }, ref) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const current = useRegionByCode(value);
  const selectedLabel = current.data ? regionLabel(current.data) : '';
  // Once a region is chosen the box shows its label: that is not a new search.
  const typed = search === selectedLabel ? '' : search;
  const [q] = useDebouncedValue(typed, 200);
  const options = useRegionOptions(q, typed ? null : (suggestFrom ?? null));

  const data = useMemo(() => {
    const items = (options.data?.items ?? []).map((r) => ({ value: r.code, label: regionLabel(r) }));
    if (current.data && !items.some((i) => i.value === current.data.code)) items.unshift({ value: current.data.code, label: selectedLabel });
    return items;
  }, [options.data, current.data, selectedLabel]);

  return (
    <Select
      ref={ref}
      searchable
      selectFirstOptionOnChange
      clearable
      value={value}
      onChange={(code) => onChange(code)}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      // The server has already searched; Mantine must not filter the options again by their label.
      filter={({ options: all }) => all}
      nothingFoundMessage={typed.trim().length < 2 ? t('persons.form.regionTypeMore') : options.isFetching ? t('common.loading') : t('persons.form.regionNone')}
      placeholder={t('persons.form.regionPlaceholder')}
      clearButtonProps={{ 'aria-label': t('persons.form.regionClear') }}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
});
