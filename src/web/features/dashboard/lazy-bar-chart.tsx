import type { BarChartProps } from '@mantine/charts';
import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';

/**
 * Mantine's BarChart, loaded when a chart is first shown: recharts and d3 are about 440 KB, most of the
 * dashboard's code, and need not hold up the figures around the chart (docs/decisions/0009).
 */
const BarChart = lazy(() => import('./charts').then((m) => ({ default: m.BarChart })));

export function LazyBarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<Skeleton h={typeof props.h === 'number' ? props.h : 230} radius="md" />}>
      <BarChart {...props} />
    </Suspense>
  );
}
