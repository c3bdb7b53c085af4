import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useHomeOffice } from '../../app/office';
import { useMe, useSignOut } from './api';
import { useRoleLabel } from './roles';

/** "Administrator Balai" → "AB": two initials for the avatar. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** The signed-in person in the header: who, which role and office; their profile; sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const office = useHomeOffice();
  const roleLabel = useRoleLabel();
  const signOut = useSignOut();

  const leave = () => signOut.mutate(false);

  return (
    <Menu position="bottom-end" width={280} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton
          title={t('userMenu.open', { name: me.name })}
          px={6}
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          className="balai-user-button"
        >
          <Group gap={8} wrap="nowrap">
            <Avatar color="balai" radius="xl" size={34} aria-hidden>
              {initials(me.name)}
            </Avatar>
            <div style={{ minWidth: 0, maxWidth: 220 }} className="balai-user-name">
              <Text size="sm" fw={600} lh={1.2} truncate="end">
                {me.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} truncate="end">
                {roleLabel(me.role)}
              </Text>
            </div>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <div style={{ padding: '8px 12px 10px' }}>
          <Text size="sm" fw={600}>
            {me.name}
          </Text>
          {me.email ? (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {me.email}
            </Text>
          ) : null}
          <Text size="xs" mt={6}>
            {roleLabel(me.role)}
            {office.data ? ` · ${office.data.name}` : ''}
          </Text>
        </div>
        <Menu.Divider />
        <Menu.Item component={Link} to="/profil" leftSection={<IconUserCircle size={18} aria-hidden />}>
          {t('userMenu.profile')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={18} aria-hidden />} onClick={leave} disabled={signOut.isPending}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
