import { Alert, Breadcrumbs, Button, Grid, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconListDetails, IconRefresh, IconShieldCheck, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { ApiError, notifyError, notifySuccess } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useLanguage } from '../../lib/use-language';
import { roleNeeds, useCan, type Role } from '../auth/api';
import { useUpdateUser, useUser, type UpdateUserInput, type User } from './api';
import { RoleFields, type Assignment } from './role-fields';
import { UserStatus } from './user-badges';
import { useRoleLabel } from '../auth/roles';
import { DetailField } from '../../components/detail-field';

const route = getRouteApi('/staff/pengguna/$id');

function Crumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumbs')}>
      <Breadcrumbs separatorMargin={6} fz="sm">
        <AnchorLink to="/pengguna" size="sm">
          {t('users.title')}
        </AnchorLink>
        <Text size="sm" c="dimmed" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

const assignmentOf = (user: User): Assignment => ({ role: user.role, divisionId: user.divisionId ?? '', partnerId: user.partnerId ?? '' });

/** Someone else saved this user since it was loaded: say so, and offer the fresh version. */
function ConflictNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('users.conflict.title')} role="alert" mb="md">
      <Text size="sm">{t('users.conflict.body')}</Text>
      <Button size="xs" mt="sm" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onReload}>
        {t('users.conflict.reload')}
      </Button>
    </Alert>
  );
}

function EditForm({ user, onConflict }: { user: User; onConflict: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const [name, setName] = useState(user.name);
  const [assignment, setAssignment] = useState<Assignment>(assignmentOf(user));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const form = useRef<HTMLFormElement>(null);
  const editable = user.abilities.update;

  // A fresh version of the record (after saving or reloading) resets the form to it.
  useEffect(() => {
    setName(user.name);
    setAssignment(assignmentOf(user));
    setErrors({});
  }, [user]);

  const changed =
    name.trim() !== user.name ||
    assignment.role !== user.role ||
    assignment.divisionId !== (user.divisionId ?? '') ||
    assignment.partnerId !== (user.partnerId ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const needs = roleNeeds(assignment.role || null);
    const local: Record<string, string | undefined> = {};
    if (name.trim().length < 2) local.name = t('users.errors.name');
    if (needs.division && !assignment.divisionId) local.divisionId = t('users.errors.division');
    if (needs.partner && !assignment.partnerId) local.partnerId = t('users.errors.partner');
    setErrors(local);
    if (Object.keys(local).length) {
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const body: UpdateUserInput = {
      version: user.version,
      name: name.trim(),
      role: assignment.role as Role,
      divisionId: needs.division ? assignment.divisionId : null,
      partnerId: needs.partner ? assignment.partnerId : null,
    };
    update.mutate(body, {
      onSuccess: () => notifySuccess(t('users.saved'), t('users.savedBody', { name: body.name })),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'version_conflict') onConflict();
        else if (error instanceof ApiError && error.fields) setErrors(error.fields);
        else notifyError(error);
      },
    });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="user-edit">
      <Title order={2} fz="lg" id="user-edit" mb="md">
        {t('users.edit.title')}
      </Title>
      {!editable ? (
        <Text size="sm" c="dimmed" mb="md">
          {t('users.edit.readOnly')}
        </Text>
      ) : null}
      <form ref={form} onSubmit={submit} noValidate>
        <Stack gap="md" maw={480}>
          <TextInput
            label={t('users.fields.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            disabled={!editable}
          />
          <RoleFields officeId={user.officeId} value={assignment} onChange={setAssignment} errors={errors} disabled={!editable} />
          {editable ? (
            <Group gap="sm">
              <Button type="submit" loading={update.isPending} disabled={!changed}>
                {t('users.edit.save')}
              </Button>
              {changed ? (
                <Button
                  variant="default"
                  onClick={() => {
                    setName(user.name);
                    setAssignment(assignmentOf(user));
                    setErrors({});
                  }}
                >
                  {t('users.edit.undo')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}

function AccessPanel({ user, onConflict }: { user: User; onConflict: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const can = useCan();
  const update = useUpdateUser(user.id);
  const [confirming, { open, close }] = useDisclosure(false);
  // What the dialog asks is fixed when it opens: it must not turn into the opposite while closing.
  const [disabling, setDisabling] = useState(true);
  const ask = () => {
    setDisabling(!user.disabled);
    open();
  };

  const toggle = () =>
    update.mutate(
      { version: user.version, disabled: disabling },
      {
        onSuccess: (saved) => {
          close();
          notifySuccess(
            saved.disabled ? t('users.access.disabledTitle') : t('users.access.enabledTitle'),
            saved.disabled ? t('users.access.disabledBody', { name: saved.name }) : t('users.access.enabledBody', { name: saved.name }),
          );
        },
        onError: (error) => {
          close();
          if (error instanceof ApiError && error.code === 'version_conflict') onConflict();
          else notifyError(error);
        },
      },
    );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="user-access">
      <Title order={2} fz="lg" id="user-access" mb="md">
        {t('users.access.title')}
      </Title>
      <Stack component="dl" gap="md" m={0}>
        <DetailField label={t('users.fields.email')}>{user.email}</DetailField>
        <DetailField label={t('users.columns.status')}>
          <UserStatus user={user} />
        </DetailField>
        <DetailField label={t('users.columns.totp')}>
          {user.totpEnabled ? (
            <Group gap={4} component="span" c="var(--mantine-color-teal-light-color)">
              <IconShieldCheck size={16} aria-hidden />
              {t('users.totpOn')}
            </Group>
          ) : (
            t('users.totpOff')
          )}
        </DetailField>
        <DetailField label={t('users.columns.lastSignIn')}>
          {user.lastSignInAt ? formatDateTime(user.lastSignInAt, lang) : t('users.neverSignedIn')}
        </DetailField>
        <DetailField label={t('users.fields.createdAt')}>{formatDateTime(user.createdAt, lang)}</DetailField>
        <DetailField label={t('users.fields.language')}>{t(`language.names.${user.language}`)}</DetailField>
      </Stack>
      <Stack gap="xs" mt="lg" align="flex-start">
        {user.abilities.disable ? (
          user.disabled ? (
            <Button variant="light" color="teal" leftSection={<IconUserCheck size={18} aria-hidden />} onClick={ask}>
              {t('users.access.enable')}
            </Button>
          ) : (
            <Button variant="light" color="red" leftSection={<IconUserOff size={18} aria-hidden />} onClick={ask}>
              {t('users.access.disable')}
            </Button>
          )
        ) : null}
        {can('audit-events:read') ? (
          <>
            <ButtonLink
              to="/audit"
              search={{ resourceType: 'user', resourceId: user.id }}
              variant="subtle"
              size="compact-sm"
              leftSection={<IconListDetails size={16} aria-hidden />}
            >
              {t('users.access.accountTrail')}
            </ButtonLink>
            <ButtonLink to="/audit" search={{ actor: user.id }} variant="subtle" size="compact-sm" leftSection={<IconListDetails size={16} aria-hidden />}>
              {t('users.access.actorTrail')}
            </ButtonLink>
          </>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        onClose={close}
        onConfirm={toggle}
        loading={update.isPending}
        danger={disabling}
        title={disabling ? t('users.access.disableTitle', { name: user.name }) : t('users.access.enableTitle', { name: user.name })}
        confirmLabel={disabling ? t('users.access.disable') : t('users.access.enable')}
      >
        {disabling ? t('users.access.disableBody') : t('users.access.enableBody')}
      </ConfirmDialog>
    </Paper>
  );
}

function UserNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.notFound.title'));
  return (
    <>
      <PageHeader title={t('users.notFound.title')} above={<Crumbs current={t('offices.notFound.crumb')} />} description={t('users.notFound.body')} />
      <Button component={Link} to="/pengguna" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
        {t('users.back')}
      </Button>
    </>
  );
}

function UserDetail() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const { id } = route.useParams();
  const user = useUser(id);
  const [conflict, setConflict] = useState(false);

  const reload = async () => {
    await user.refetch();
    setConflict(false);
  };

  if (user.isError && !user.data) {
    if (user.error.isNotFound) return <UserNotFound />;
    return (
      <>
        <PageHeader title={t('users.title')} above={<Crumbs current={t('common.loading')} />} />
        <QueryError error={user.error} onRetry={() => void user.refetch()} />
      </>
    );
  }
  if (!user.data) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton h={16} w={220} />
        <Skeleton h={32} w={360} />
        <Skeleton h={300} radius="md" />
      </Stack>
    );
  }
  const u = user.data;
  return (
    <>
      <PageHeader title={u.name} above={<Crumbs current={u.name} />} description={`${roleLabel(u.role)} · ${u.email}`} />
      {conflict ? <ConflictNotice onReload={() => void reload()} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <EditForm user={u} onConflict={() => setConflict(true)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <AccessPanel user={u} onConflict={() => setConflict(true)} />
        </Grid.Col>
      </Grid>
    </>
  );
}

/** One user: name, role and assignment to edit; disable or enable; their audit trail. */
export function UserPage() {
  return (
    <RequireScope scope="users:read">
      <UserDetail />
    </RequireScope>
  );
}
