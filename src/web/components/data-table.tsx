import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollTable } from './scroll-table';

interface DataTableProps extends Omit<TableProps, 'children'> {
  /** Names the table for screen readers: its hidden caption and, while it scrolls, the scrolling region. */
  caption: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The column headers: Table.Th cells with scope="col". */
  head: ReactNode;
  /** The body rows. */
  children: ReactNode;
}

/** A table of the app: one header row, a caption only screen readers see, sideways scrolling on narrow screens. */
export function DataTable({ caption, minWidth, head, children, ...tableProps }: DataTableProps) {
  return (
    <ScrollTable minWidth={minWidth} label={caption}>
      <Table {...tableProps}>
        <caption className="visually-hidden-caption">{caption}</caption>
        <Table.Thead>
          <Table.Tr>{head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
