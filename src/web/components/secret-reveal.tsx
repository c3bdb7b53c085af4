import { ActionIcon, Alert, Group, Paper, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useClipboard, useId } from '@mantine/hooks';
import { IconCheck, IconCopy, IconEyeOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SecretRevealProps {
  /** Names the secret: "Kata sandi awal", "Token". */
  label: string;
  value: string;
  /** Why it is shown only now and what to do with it. */
  note: ReactNode;
}

/**
 * A secret the server shows only once (initial password, integration token): large and monospaced,
 * with a copy button, and a plain warning that it cannot be shown again.
 */
export function SecretReveal({ label, value, note }: SecretRevealProps) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 2500 });
  const labelId = useId();
  return (
    <Stack gap="sm">
      <Alert color="orange" variant="light" icon={<IconEyeOff aria-hidden />} title={t('secret.onceTitle')}>
        <Text size="sm">{note}</Text>
      </Alert>
      <div>
        <Text size="sm" fw={600} mb={4} id={labelId}>
          {label}
        </Text>
        <Paper withBorder radius="md" p="sm" bg="gray.0">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text className="balai-secret" role="textbox" aria-readonly="true" aria-labelledby={labelId} data-secret>
              {value}
            </Text>
            <Tooltip label={clipboard.copied ? t('secret.copied') : t('secret.copy')} withArrow position="left">
              <ActionIcon
                variant={clipboard.copied ? 'filled' : 'default'}
                color={clipboard.copied ? 'teal' : undefined}
                size="lg"
                onClick={() => clipboard.copy(value)}
                aria-label={t('secret.copyLabel', { label })}
              >
                {clipboard.copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          </Group>
        </Paper>
        <VisuallyHidden aria-live="polite">{clipboard.copied ? t('secret.copied') : ''}</VisuallyHidden>
      </div>
    </Stack>
  );
}
