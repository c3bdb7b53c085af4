import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { DataTable } from '../../components/data-table';
import { QueryError } from '../../components/query-error';
import { TableSkeleton } from '../../components/table-skeleton';
import { DatasetNote } from './dataset-note';

interface ReferenceTableProps {
  /** The list's query: until it has data, its error or a skeleton stands in for the whole tab. */
  query: { isError: boolean; error: unknown; data: unknown; refetch: () => unknown };
  /** A sentence on what the list holds, beside the dataset note. */
  intro?: string;
  /** Stands there instead of a sentence: a control, such as the filter of a long list. */
  filter?: ReactNode;
  /** The reference dataset the list comes from, named in the dataset note. */
  dataset: string;
  caption: string;
  minWidth: number;
  /** The column headers: Table.Th cells. */
  head: ReactNode;
  /** The body rows. */
  children: ReactNode;
  /** Under the table, e.g. its pagination (which brings its own top margin). */
  footer?: ReactNode;
}

/** One tab of Data referensi: what the list holds and where it comes from, above the table of its rows. */
export function ReferenceTable({ query, intro, filter, dataset, caption, minWidth, head, children, footer }: ReferenceTableProps) {
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <TableSkeleton />;
  return (
    <>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          {filter ?? (
            <Text size="sm" maw={640}>
              {intro}
            </Text>
          )}
          <DatasetNote name={dataset} />
        </Group>
        <DataTable caption={caption} minWidth={minWidth} head={head} highlightOnHover>
          {children}
        </DataTable>
      </Stack>
      {footer}
    </>
  );
}
