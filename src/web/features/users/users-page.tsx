import { Button, Group, NativeSelect, Paper, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldCheck, IconUserPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { userRoles, type UserSort } from '../../app/search-params';
import { DataTable } from '../../components/data-table';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { ListPagination } from '../../components/list-pagination';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SearchInput } from '../../components/search-input';
import { SortHeader } from '../../components/sort-header';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatDateTimeShort } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useCan, useMe, type Role } from '../auth/api';
import { useRoleLabel } from '../auth/roles';
import { useDivisions, usePartners, usersPageSize, useUsers, type User } from './api';
import { CreateUserModal } from './create-user-modal';
import { RoleBadge, UserStatus } from './user-badges';

const route = getRouteApi('/staff/pengguna');

/** "Pelayanan Penempatan" or "Pemerintah Kota Prabumulih": where the user works. */
function useAssignmentName() {
  const me = useMe();
  const can = useCan();
  const divisions = useDivisions(me.officeId, can('offices:read'));
  const partners = usePartners(can('partners:read'));
  return (user: User) =>
    (user.divisionId && divisions.data?.items.find((d) => d.id === user.divisionId)?.name) ||
    (user.partnerId && partners.data?.items.find((p) => p.id === user.partnerId)?.name) ||
    null;
}

function UsersList() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const can = useCan();
  const roleLabel = useRoleLabel();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [creating, { open, close }] = useDisclosure(false);
  const page = search.page ?? 1;
  const sort: UserSort = search.sort ?? 'name';
  const disabled = search.status === 'nonaktif' ? 'true' : search.status === 'aktif' ? 'false' : undefined;
  const users = useUsers({ q: search.q, role: search.role, disabled, page, sort });
  const assignment = useAssignmentName();
  const onSort = (s: string) => void navigate({ search: (p) => ({ ...p, sort: s as UserSort, page: undefined }) });
  const filtered = !!(search.q || search.role || search.status);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          can('users:create') ? (
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={open}>
              {t('users.add')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Group align="flex-end" mb="md" gap="md" wrap="wrap">
          <SearchInput
            label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            value={search.q ?? ''}
            onSearch={(q) => void navigate({ search: (s) => ({ ...s, q: q || undefined, page: undefined }), replace: true })}
            w={{ base: '100%', sm: 320 }}
          />
          <NativeSelect
            label={t('users.fields.role')}
            value={search.role ?? ''}
            onChange={(e) => {
              const role = (e.currentTarget.value || undefined) as Role | undefined;
              void navigate({ search: (s) => ({ ...s, role, page: undefined }) });
            }}
            data={[{ value: '', label: t('users.allRoles') }, ...userRoles.map((r) => ({ value: r, label: roleLabel(r) }))]}
            w={{ base: '100%', xs: 240 }}
          />
          <NativeSelect
            label={t('users.fields.status')}
            value={search.status ?? ''}
            onChange={(e) => {
              const status = (e.currentTarget.value || undefined) as 'aktif' | 'nonaktif' | undefined;
              void navigate({ search: (s) => ({ ...s, status, page: undefined }) });
            }}
            data={[
              { value: '', label: t('users.allStatuses') },
              { value: 'aktif', label: t('users.status.active') },
              { value: 'nonaktif', label: t('users.status.disabled') },
            ]}
            w={{ base: '100%', xs: 180 }}
          />
        </Group>
        {users.isError && !users.data ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : !users.data ? (
          <TableSkeleton rows={6} />
        ) : (
          <>
            <DataTable
              caption={t('users.caption')}
              minWidth={960}
              highlightOnHover
              aria-busy={users.isFetching}
              style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}
              head={
                <>
                  <SortHeader field="name" sort={sort} onSort={onSort}>
                    {t('users.columns.name')}
                  </SortHeader>
                  <SortHeader field="role" sort={sort} onSort={onSort}>
                    {t('users.columns.role')}
                  </SortHeader>
                  <Table.Th scope="col">{t('users.columns.assignment')}</Table.Th>
                  <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
                  <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                    {t('users.columns.totp')}
                  </Table.Th>
                  <Table.Th scope="col">{t('users.columns.lastSignIn')}</Table.Th>
                </>
              }
            >
              {users.data.items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text c="dimmed" ta="center" py="lg">
                      {search.q ? t('common.noResults', { q: search.q }) : filtered ? t('users.noneMatch') : t('common.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                users.data.items.map((user) => (
                  <Table.Tr key={user.id} c={user.disabled ? 'dimmed' : undefined}>
                    <Table.Th scope="row" fw={400}>
                      <AnchorLink to="/pengguna/$id" params={{ id: user.id }} className="balai-table-link">
                        {user.name}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        {user.email}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <RoleBadge role={user.role} />
                    </Table.Td>
                    <Table.Td fz="sm">
                      {assignment(user) ?? (
                        <Text span c="dimmed" size="sm">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <UserStatus user={user} />
                    </Table.Td>
                    <Table.Td>
                      {user.totpEnabled ? (
                        <Group gap={4} wrap="nowrap" c="var(--mantine-color-teal-light-color)">
                          <IconShieldCheck size={16} aria-hidden />
                          <Text size="sm">{t('users.totpOn')}</Text>
                        </Group>
                      ) : (
                        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {t('users.totpOff')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {user.lastSignInAt ? (
                        formatDateTimeShort(user.lastSignInAt, lang)
                      ) : (
                        <Text span c="dimmed" size="sm">
                          {t('users.neverSignedIn')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </DataTable>
            <ListPagination
              page={page}
              pageSize={usersPageSize}
              total={users.data.total}
              label={t('users.title')}
              onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })}
            />
          </>
        )}
      </Paper>
      {can('users:create') ? <CreateUserModal opened={creating} onClose={close} /> : null}
    </>
  );
}

/** Pengguna: the people who may sign in, with their role and status. */
export function UsersPage() {
  return (
    <RequireScope scope="users:read">
      <UsersList />
    </RequireScope>
  );
}
