import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value in a description list (<dl>) of a detail page. */
export function DetailField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={2} size="sm">
        {children}
      </Text>
    </div>
  );
}
