import { Table } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface ScrollTableProps {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Names the scrolling region for screen readers (usually the table's caption). */
  label: string;
  children: ReactNode;
}

/**
 * A table container that scrolls sideways on narrow screens. While it actually scrolls it is a
 * focusable, named region, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollTable({ minWidth, label, children }: ScrollTableProps) {
  const { ref: sizeRef, width } = useElementSize<HTMLDivElement>();
  const own = useRef<HTMLDivElement>(null);
  const ref = useMergedRef(sizeRef, own);
  // Cells that do not wrap can make a table wider than its minWidth: watch the real overflow too.
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = own.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    check();
    return () => observer.disconnect();
  }, []);
  const scrolls = (width > 0 && width < minWidth) || overflows;
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      ref={ref}
      // Text for screen readers only is positioned absolutely: kept inside, it cannot widen the page.
      style={{ position: 'relative' }}
      data-scrolls={scrolls ? '' : undefined}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </Table.ScrollContainer>
  );
}
