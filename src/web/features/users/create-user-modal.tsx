import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretReveal } from '../../components/secret-reveal';
import { ApiError } from '../../lib/api';
import { roleNeeds, useMe, type Role } from '../auth/api';
import { useCreateUser, type User } from './api';
import { RoleFields, type Assignment } from './role-fields';

const empty: Assignment = { role: '', divisionId: '', partnerId: '' };

/** The result of creating a user: the one-time password, shown only here. */
function Created({ user, initialPassword, onClose }: { user: User; initialPassword: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack gap="md">
      <Group gap="sm" wrap="nowrap">
        <IconCircleCheck size={28} color="var(--mantine-color-teal-8)" aria-hidden />
        <Text fw={600} role="status">
          {t('users.create.done', { name: user.name })}
        </Text>
      </Group>
      {initialPassword ? (
        <SecretReveal label={t('users.create.initialPassword')} value={initialPassword} note={t('users.create.initialPasswordNote', { email: user.email })} />
      ) : (
        <Text size="sm">{t('users.create.ownPasswordNote')}</Text>
      )}
      <Group justify="flex-end" gap="sm" mt="xs">
        <Button
          variant="default"
          onClick={() => {
            onClose();
            void navigate({ to: '/pengguna/$id', params: { id: user.id } });
          }}
        >
          {t('users.create.openUser')}
        </Button>
        <Button onClick={onClose}>{t('users.create.close')}</Button>
      </Group>
    </Stack>
  );
}

/** Tambah pengguna: name, e-mail, role (which asks for a division or partner), an initial password. */
export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const create = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [assignment, setAssignment] = useState<Assignment>(empty);
  const [ownPassword, setOwnPassword] = useState(false);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const reset = () => {
    setName('');
    setEmail('');
    setAssignment(empty);
    setOwnPassword(false);
    setPassword('');
    setErrors({});
    setProblem(null);
    create.reset();
  };
  const close = () => {
    onClose();
    // After the closing animation: the one-time password must not survive a reopening.
    setTimeout(reset, 250);
  };

  const focusFirstError = () => setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const needs = roleNeeds(assignment.role || null);
    const local: Record<string, string | undefined> = {};
    if (name.trim().length < 2) local.name = t('users.errors.name');
    if (!email.trim()) local.email = t('users.errors.email');
    if (!assignment.role) local.role = t('users.errors.role');
    if (needs.division && !assignment.divisionId) local.divisionId = t('users.errors.division');
    if (needs.partner && !assignment.partnerId) local.partnerId = t('users.errors.partner');
    if (ownPassword && !password) local.password = t('users.errors.password');
    setErrors(local);
    if (Object.keys(local).length) return focusFirstError();
    create.mutate(
      {
        name: name.trim(),
        email: email.trim(),
        role: assignment.role as Role,
        ...(needs.division ? { divisionId: assignment.divisionId } : {}),
        ...(needs.partner ? { partnerId: assignment.partnerId } : {}),
        ...(ownPassword ? { password } : {}),
      },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.fields) {
            setErrors(error.fields);
            focusFirstError();
          } else {
            setProblem(error instanceof ApiError ? error.message : t('errors.client'));
          }
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={
        <Text fw={700} fz="lg">
          {create.data ? t('users.create.doneTitle') : t('users.create.title')}
        </Text>
      }
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      // The one-time password is on screen: no closing by a stray click outside.
      closeOnClickOutside={!create.data}
    >
      {create.data ? (
        <Created user={create.data.user} initialPassword={create.data.initialPassword} onClose={close} />
      ) : (
        <form ref={form} onSubmit={submit} noValidate>
          <Stack gap="md">
            {problem ? (
              <Alert color="red" variant="light" role="alert">
                {problem}
              </Alert>
            ) : null}
            <TextInput
              label={t('users.fields.name')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              data-autofocus
              autoComplete="off"
            />
            <TextInput
              label={t('users.fields.email')}
              description={t('users.fields.emailHint')}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
              autoComplete="off"
            />
            <RoleFields officeId={me.officeId} value={assignment} onChange={setAssignment} errors={errors} />
            <Checkbox
              checked={ownPassword}
              onChange={(e) => setOwnPassword(e.currentTarget.checked)}
              label={t('users.create.ownPassword')}
              description={t('users.create.ownPasswordHint')}
            />
            {ownPassword ? (
              <PasswordInput
                label={t('users.fields.password')}
                description={t('profile.password.rules')}
                required
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.password}
                visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
              />
            ) : null}
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('users.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
