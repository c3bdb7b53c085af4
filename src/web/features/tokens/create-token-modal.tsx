import { Alert, Button, Checkbox, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretReveal } from '../../components/secret-reveal';
import { ApiError } from '../../lib/api';
import { endOfDayInOffice, todayInOffice } from '../../lib/format';
import { scopeActions, scopeResources, useCreateToken } from './api';

/** Tambah token: a name, the scopes as a resource × action grid, an optional expiry; the token once. */
export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const close = () => {
    onClose();
    setTimeout(() => {
      setName('');
      setScopes([]);
      setExpires('');
      setErrors({});
      setProblem(null);
      create.reset();
    }, 250);
  };

  const toggle = (scope: string, on: boolean) => setScopes((s) => (on ? [...s, scope] : s.filter((x) => x !== scope)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: Record<string, string | undefined> = {};
    if (name.trim().length < 3) local.name = t('tokens.errors.name');
    if (scopes.length === 0) local.scopes = t('tokens.errors.scopes');
    setErrors(local);
    if (Object.keys(local).length) {
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-scopes] input')?.focus(), 0);
      return;
    }
    create.mutate(
      { name: name.trim(), scopes, ...(expires ? { expiresAt: endOfDayInOffice(expires) } : {}) },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.fields) setErrors(error.fields);
          else setProblem(error instanceof ApiError ? error.message : t('errors.client'));
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
          {create.data ? t('tokens.create.doneTitle') : t('tokens.create.title')}
        </Text>
      }
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      closeOnClickOutside={!create.data}
    >
      {create.data ? (
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <IconCircleCheck size={28} color="var(--mantine-color-teal-8)" aria-hidden />
            <Text fw={600} role="status">
              {t('tokens.create.done', { name: create.data.apiToken.name })}
            </Text>
          </Group>
          <SecretReveal label={t('tokens.create.token')} value={create.data.token} note={t('tokens.create.tokenNote')} />
          <Text size="sm" c="dimmed">
            {t('tokens.create.usage')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>{t('users.create.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form ref={form} onSubmit={submit} noValidate>
          <Stack gap="md">
            {problem ? (
              <Alert color="red" variant="light" role="alert">
                {problem}
              </Alert>
            ) : null}
            <TextInput
              label={t('tokens.fields.name')}
              description={t('tokens.fields.nameHint')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              data-autofocus
              autoComplete="off"
            />
            <fieldset style={{ border: 0, padding: 0, margin: 0 }} data-scopes aria-describedby={errors.scopes ? 'scopes-error' : undefined}>
              <Text component="legend" size="sm" fw={500} mb={4}>
                {t('tokens.fields.scopes')}{' '}
                <Text span c="red.8" aria-hidden>
                  *
                </Text>
              </Text>
              <Text size="xs" c="dimmed" mb="xs">
                {t('tokens.fields.scopesHint')}
              </Text>
              <Table withTableBorder withColumnBorders verticalSpacing={6} horizontalSpacing="sm" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('tokens.fields.resource')}</Table.Th>
                    {scopeActions.map((a) => (
                      <Table.Th key={a} scope="col" ta="center">
                        {t(`tokens.actions.${a}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {scopeResources.map((r) => (
                    <Table.Tr key={r}>
                      <Table.Th scope="row" fw={500}>
                        {t(`tokens.resources.${r}`)}
                      </Table.Th>
                      {scopeActions.map((a) => {
                        const scope = `${r}:${a}`;
                        return (
                          <Table.Td key={a} ta="center">
                            <Checkbox
                              checked={scopes.includes(scope)}
                              onChange={(e) => toggle(scope, e.currentTarget.checked)}
                              aria-label={t('tokens.scopeLabel', { resource: t(`tokens.resources.${r}`), action: t(`tokens.actions.${a}`) })}
                              styles={{ body: { justifyContent: 'center' } }}
                              value={scope}
                            />
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {errors.scopes ? (
                <Text size="xs" c="red.9" mt={4} id="scopes-error" role="alert">
                  {errors.scopes}
                </Text>
              ) : null}
            </fieldset>
            <TextInput
              type="date"
              label={t('tokens.fields.expires')}
              description={t('tokens.fields.expiresHint')}
              value={expires}
              min={todayInOffice()}
              onChange={(e) => setExpires(e.currentTarget.value)}
              error={errors.expiresAt}
              w={{ base: '100%', xs: 240 }}
            />
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('tokens.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
