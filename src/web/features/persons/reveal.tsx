import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useRevealIdentifier, type Person } from './api';
import { Masked } from './labels';

/** How long a revealed number stays on screen before it is masked again. */
export const revealSeconds = 60;
const minReason = 10;

/**
 * A masked NIK or passport number with "Tampilkan": a small dialog asks why (10–300 characters, kept in
 * the audit log with who asked), then the full number shows in place for a minute and is masked again.
 */
export function RevealIdentifier({ person, field, masked }: { person: Person; field: 'nik' | 'passport'; masked: string | null }) {
  const { t } = useTranslation();
  const reveal = useRevealIdentifier(person.id);
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ value: string; left: number } | null>(null);
  const label = t(`persons.reveal.fields.${field}`);
  const visible = !!shown;

  // A second-by-second countdown while the number is on screen; at zero it is masked again.
  useEffect(() => {
    if (!visible) return;
    const id = setInterval(() => setShown((s) => (s && s.left > 1 ? { ...s, left: s.left - 1 } : null)), 1000);
    return () => clearInterval(id);
  }, [visible]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (text.length < minReason) return setError(t('persons.reveal.reasonShort', { min: minReason }));
    reveal.mutate(
      { field, reason: text },
      {
        onSuccess: (result) => {
          close();
          setReason('');
          setError(null);
          if (result.value) setShown({ value: result.value, left: revealSeconds });
        },
        onError: (err) => setError(err instanceof ApiError ? (err.fields?.reason ?? err.message) : t('errors.client')),
      },
    );
  };

  if (!masked)
    return (
      <Text span c="dimmed" size="sm">
        {t('common.notRecorded')}
      </Text>
    );
  return (
    <>
      {shown ? (
        <Group gap="xs" wrap="wrap" component="span">
          <Text span ff="monospace" fw={700} size="md" data-revealed={field} style={{ letterSpacing: '0.04em' }}>
            {shown.value}
          </Text>
          <Text span size="xs" c="dimmed">
            {t('persons.reveal.countdown', { seconds: shown.left })}
          </Text>
          <Button size="compact-xs" variant="subtle" leftSection={<IconEyeOff size={14} aria-hidden />} onClick={() => setShown(null)}>
            {t('persons.reveal.hide')}
          </Button>
        </Group>
      ) : (
        <Group gap="xs" wrap="wrap" component="span">
          <Masked value={masked} />
          {person.abilities.reveal ? (
            <Button
              size="compact-xs"
              variant="light"
              leftSection={<IconEye size={14} aria-hidden />}
              onClick={open}
              aria-label={t('persons.reveal.buttonLabel', { field: label })}
            >
              {t('persons.reveal.button')}
            </Button>
          ) : null}
        </Group>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={<Text fw={700}>{t('persons.reveal.title', { field: label })}</Text>}
        centered
        radius="md"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('persons.reveal.explain', { seconds: revealSeconds })}</Text>
            <Textarea
              label={t('persons.reveal.reason')}
              description={t('persons.reveal.reasonHint')}
              placeholder={t('persons.reveal.reasonPlaceholder')}
              required
              autosize
              minRows={2}
              maxLength={300}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
              }}
              error={error}
              data-autofocus
            />
            <Text size="xs" c="dimmed" ta="right" aria-hidden>
              {reason.trim().length}/300
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={reveal.isPending} leftSection={<IconEye size={16} aria-hidden />}>
                {t('persons.reveal.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
