import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SortHeaderProps<F extends string> {
  field: F;
  /** Current sort: "name" ascending, "-name" descending. */
  sort: string;
  onSort: (sort: string) => void;
  children: ReactNode;
}

/** A column header that sorts the list; states its order with aria-sort. */
export function SortHeader<F extends string>({ field, sort, onSort, children }: SortHeaderProps<F>) {
  const { t } = useTranslation();
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const Icon = !active ? IconArrowsSort : descending ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => onSort(active && !descending ? `-${field}` : field)} fw={700} fz="sm" title={t('common.sortBy')}>
        <Group gap={6} wrap="nowrap">
          {children}
          <Icon size={15} aria-hidden color={active ? 'var(--mantine-color-balai-8)' : 'var(--mantine-color-gray-6)'} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
