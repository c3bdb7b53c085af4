import { Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface FileDropProps {
  /** Media types accepted (the server decides again from the content). */
  accept: string[];
  maxBytes: number;
  onFile: (file: File) => void;
  /** What to drop: "PDF, JPG, PNG atau WebP". */
  typesLabel: string;
  loading?: boolean;
  /** An error from the server (413, 415) or from here. */
  error?: string | null;
  onError?: (message: string | null) => void;
  compact?: boolean;
  /** What the button does, its visible title ("Unggah foto", "Pilih pindaian Paspor"). */
  label: string;
}

/** "5,2 MB", "180 KB". */
export function formatBytes(bytes: number, lang: string): string {
  const fmt = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${fmt.format(bytes / (1024 * 1024))} MB` : `${fmt.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/**
 * A place to drop a file, or to click (or press Enter) to choose one. The type and the size are checked
 * here first, so a wrong file is refused at once rather than after its upload.
 */
export function FileDrop({ accept, maxBytes, onFile, typesLabel, loading, error, onError, compact, label }: FileDropProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const shownError = error ?? localError;

  const take = (file: File | undefined) => {
    if (!file) return;
    let problem: string | null = null;
    if (file.type && !accept.includes(file.type)) problem = t('persons.files.wrongType', { types: typesLabel });
    else if (file.size > maxBytes)
      problem = t('persons.files.tooLarge', { size: formatBytes(file.size, i18n.language), limit: formatBytes(maxBytes, i18n.language) });
    setLocalError(problem);
    onError?.(problem);
    if (!problem) onFile(file);
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <Stack gap={4}>
      <UnstyledButton
        onClick={() => input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        disabled={loading}
        p={compact ? 'xs' : 'md'}
        style={{
          border: `2px dashed ${over ? 'var(--mantine-color-balai-6)' : shownError ? 'var(--mantine-color-red-7)' : 'var(--mantine-color-gray-4)'}`,
          borderRadius: 'var(--mantine-radius-md)',
          background: over ? 'var(--mantine-color-balai-0)' : 'var(--mantine-color-gray-0)',
          width: '100%',
        }}
      >
        <Group gap="sm" wrap="nowrap" justify={compact ? 'flex-start' : 'center'}>
          {loading ? <Loader size={18} aria-hidden /> : <IconUpload size={compact ? 18 : 22} aria-hidden color="var(--mantine-color-balai-8)" />}
          <div>
            <Text size="sm" fw={600} c="balai.8">
              {loading ? t('persons.files.uploading') : label}
            </Text>
            <Text size="xs" c="dimmed">
              {t('persons.files.drop')} · {t('persons.files.limits', { types: typesLabel, limit: formatBytes(maxBytes, i18n.language) })}
            </Text>
          </div>
        </Group>
      </UnstyledButton>
      <input
        ref={input}
        type="file"
        accept={accept.join(',')}
        hidden
        onChange={(e) => {
          take(e.currentTarget.files?.[0] ?? undefined);
          e.currentTarget.value = '';
        }}
        tabIndex={-1}
        aria-hidden
      />
      {shownError ? (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {shownError}
        </Text>
      ) : null}
    </Stack>
  );
}
