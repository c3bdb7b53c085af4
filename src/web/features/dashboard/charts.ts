// The charts library, in a chunk of its own named after this file (loaded by lazy-bar-chart.tsx).
export { BarChart } from '@mantine/charts';
