import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type ComponentProps, type ReactNode } from 'react';

interface StatCardProps {
  label: string;
  value: string;
  hint?: ReactNode;
  icon: ReactNode;
}

const PaperAnchor = forwardRef<HTMLAnchorElement, Omit<ComponentProps<'a'>, 'children'> & StatCardProps>(({ label, value, hint, icon, ...props }, ref) => (
  <Paper component="a" ref={ref} withBorder radius="md" p="md" className="balai-stat-card" {...props}>
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
      <IconChevronRight size={18} aria-hidden color="var(--mantine-color-gray-6)" />
    </Group>
  </Paper>
));
PaperAnchor.displayName = 'PaperAnchor';

/**
 * One figure of the dashboard: an icon, what it counts, the number. The card is a typed router link
 * to the screen that lists what it counts.
 */
export const StatCard = createLink(PaperAnchor);
