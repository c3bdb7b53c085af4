import { Alert, Button, List, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconKey } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, notifySuccess } from '../../lib/api';
import { useMe } from '../auth/api';
import { useChangePassword } from './api';

/** Change the password; a person who signed in with a one-time password must do it first. */
export function PasswordTab() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const forced = me.mustChangePassword;
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: Record<string, string> = {};
    if (!current) local.currentPassword = t('profile.password.currentRequired');
    if (!next) local.newPassword = t('profile.password.newRequired');
    else if (next !== repeat) local.repeat = t('profile.password.mismatch');
    setErrors(local);
    if (local.currentPassword) return currentRef.current?.focus();
    if (local.newPassword) return nextRef.current?.focus();
    if (local.repeat) return repeatRef.current?.focus();
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
          notifySuccess(t('profile.password.doneTitle'), t('profile.password.done'));
          if (forced) void navigate({ to: '/' });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields) {
            setErrors(error.fields);
            if (error.fields.currentPassword) currentRef.current?.focus();
            else nextRef.current?.focus();
          } else {
            setProblem(error instanceof ApiError ? error.message : t('errors.client'));
          }
        },
      },
    );
  };

  return (
    <Stack gap="lg" maw={520}>
      <div>
        <Title order={2} fz="lg">
          {t('profile.password.title')}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('profile.password.intro')}
        </Text>
      </div>
      {forced ? (
        <Alert color="balai" variant="light" icon={<IconKey aria-hidden />} title={t('profile.password.forcedTitle')}>
          {t('profile.password.forced')}
        </Alert>
      ) : null}
      {problem ? (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {/* For password managers: whose password this is. */}
          <input type="text" name="username" autoComplete="username" value={me.email ?? ''} readOnly hidden />
          <PasswordInput
            ref={currentRef}
            label={forced ? t('profile.password.currentTemporary') : t('profile.password.current')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.currentPassword}
            visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
          />
          <PasswordInput
            ref={nextRef}
            label={t('profile.password.new')}
            description={t('profile.password.rules')}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={errors.newPassword}
            visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
          />
          <PasswordInput
            ref={repeatRef}
            label={t('profile.password.repeat')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={errors.repeat}
            visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
          />
          <div>
            <Button type="submit" loading={change.isPending}>
              {t('profile.password.submit')}
            </Button>
          </div>
        </Stack>
      </form>
      <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
        <Text size="sm" fw={600} mb={4}>
          {t('profile.password.tipsTitle')}
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>{t('profile.password.tips.phrase')}</List.Item>
          <List.Item>{t('profile.password.tips.unique')}</List.Item>
          <List.Item>{t('profile.password.tips.others')}</List.Item>
        </List>
      </Alert>
    </Stack>
  );
}
