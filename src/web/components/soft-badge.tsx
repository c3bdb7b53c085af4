import { Badge, type BadgeProps } from '@mantine/core';

/** The app's label badge (a kind, a level, a status): light, in sentence case, semibold. */
export function SoftBadge(props: BadgeProps) {
  return <Badge variant="light" tt="none" fw={600} {...props} />;
}
