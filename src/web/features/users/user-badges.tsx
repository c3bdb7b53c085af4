import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SoftBadge } from '../../components/soft-badge';
import type { Role } from '../auth/api';
import { roleColors, useRoleLabel } from '../auth/roles';
import type { User } from './api';

export function RoleBadge({ role }: { role: Role }) {
  const roleLabel = useRoleLabel();
  return <SoftBadge color={roleColors[role]}>{roleLabel(role)}</SoftBadge>;
}

/** Aktif / Nonaktif, and whether the one-time password is still to be changed. */
export function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      {user.disabled ? <SoftBadge color="gray">{t('users.status.disabled')}</SoftBadge> : <SoftBadge color="green">{t('users.status.active')}</SoftBadge>}
      {!user.disabled && user.mustChangePassword ? <SoftBadge color="orange">{t('users.status.mustChange')}</SoftBadge> : null}
    </Stack>
  );
}
