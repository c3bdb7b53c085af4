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
  /**
   * The last column holds the row's actions (edit, remove): it stays in view at the right edge while a
   * narrow screen scrolls the table sideways, so a phone never hides the buttons.
   */
  stickyActions?: boolean;
}

/** A table of the app: one header row, a caption only screen readers see, sideways scrolling on narrow screens. */
export function DataTable({ caption, minWidth, head, children, stickyActions, ...tableProps }: DataTableProps) {
  return (
    <ScrollTable minWidth={minWidth} label={caption}>
      <Table {...tableProps} data-sticky-actions={stickyActions ? '' : undefined}>
        <caption className="visually-hidden-caption">{caption}</caption>
        <Table.Thead>
          <Table.Tr>{head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
