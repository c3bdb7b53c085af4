import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type ComponentProps, type ReactNode } from 'react';

interface StatCardBodyProps {
  label: string;
  value: string;
  hint?: ReactNode;
  icon: ReactNode;
  linked?: boolean;
}

/** One figure of the dashboard: an icon, what it counts, the number. */
export function StatCardBody({ label, value, hint, icon, linked }: StatCardBodyProps) {
  return (
    <Group wrap="nowrap" align="flex-start" gap="md">
      <ThemeIcon size={42} radius="md" variant="light" aria-hidden>
        {icon}
      </ThemeIcon>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" c="dimmed" fw={500} lh={1.3}>
          {label}
        </Text>
        <Text fz={26} fw={700} lh={1.25} c="dark.8" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
        {hint ? (
          <Text size="xs" c="dimmed" mt={2}>
            {hint}
          </Text>
        ) : null}
      </div>
      {linked ? <IconChevronRight size={18} aria-hidden color="var(--mantine-color-gray-6)" /> : null}
    </Group>
  );
}

const PaperAnchor = forwardRef<HTMLAnchorElement, ComponentProps<'a'>>((props, ref) => (
  <Paper component="a" ref={ref} withBorder radius="md" p="md" className="balai-stat-card" {...props} />
));
PaperAnchor.displayName = 'PaperAnchor';

/** A card that is also a typed router link (to the screen that lists what it counts). */
export const StatCardLink = createLink(PaperAnchor);
