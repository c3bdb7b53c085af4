import { Alert, Box, Button, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCircleCheck, IconMapPin, IconUserExclamation, IconWand } from '@tabler/icons-react';
import { forwardRef, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sex } from '../../../domain/registry';
import { AnchorLink } from '../../components/links';
import { formatCalendarDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useNikCheck, type NikCheck } from './api';
import { WarningLine } from './labels';
import { shortRegency } from './region-label';

const digitsOf = (value: string) => value.replace(/\D/g, '');

interface NikFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** What the form holds so far, so the check can say when the NIK disagrees with it. */
  birthDate: string | null;
  sex: Sex | '';
  /** Fills sex and birth date from the NIK. */
  onUseFacts: (facts: { sex: Sex; birthDate: string }) => void;
  /** The latest check, for the form (a NIK already registered is not submitted). */
  onChecked?: (check: NikCheck | undefined) => void;
  /** The fields the form filled in from this NIK, to say so. */
  filled?: readonly ('sex' | 'birthDate')[];
  error?: string;
}

/**
 * The NIK, checked as it is typed (POST /api/persons/nik-check, 250 ms after the last key): where it
 * was issued, the sex and birth date it encodes with a one-click fill, the precise reason when it is
 * malformed, yellow warnings when it disagrees with the form, and who already holds it.
 */
export const NikField = forwardRef<HTMLInputElement, NikFieldProps>(function NikField(
  { value, onChange, birthDate, sex, onUseFacts, onChecked, filled = [], error },
  ref,
) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [focused, setFocused] = useState(false);
  const [debounced] = useDebouncedValue(value, 250);
  const check = useNikCheck({ nik: debounced, birthDate, sex: sex || null });
  const digits = digitsOf(value);
  // A check of an earlier text is not shown as the answer for this one.
  const current = check.data && !check.isPlaceholderData && digitsOf(debounced) === digits ? check.data : undefined;
  useEffect(() => onChecked?.(current), [current, onChecked]);
  const typing = focused && digits.length < 16 && !/[^\d\s.-]/.test(value);
  const shownError = error ?? (current && !current.valid && !typing ? current.error?.message : undefined);
  const factsDiffer = current?.valid && current.sex && current.birthDate && (current.sex !== sex || current.birthDate !== birthDate);

  return (
    <Stack gap="xs">
      <TextInput
        ref={ref}
        label={t('persons.fields.nik')}
        description={t('persons.form.nikHint')}
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        error={shownError}
        aria-describedby="nik-feedback"
        styles={{
          input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 'var(--mantine-font-size-lg)', letterSpacing: '0.06em' },
        }}
        rightSection={
          check.isFetching ? (
            <Loader size={16} aria-hidden />
          ) : current?.valid && !current.existing ? (
            <IconCircleCheck size={20} color="var(--mantine-color-teal-8)" aria-hidden />
          ) : null
        }
      />
      <Box id="nik-feedback" aria-live="polite">
        {digits.length === 0 ? null : typing ? (
          <Text size="sm" c="dimmed">
            {t('persons.nik.progress', { count: digits.length })}
          </Text>
        ) : current?.valid ? (
          <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-teal-0)" style={{ borderColor: 'var(--mantine-color-teal-3)' }}>
            <Stack gap={6}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconMapPin size={16} aria-hidden style={{ flex: 'none', marginTop: 3 }} />
                <Text size="sm">
                  {current.region.regency
                    ? t('persons.nik.issuedIn', {
                        regency: shortRegency(current.region.regency.name),
                        district: current.region.district ? `, ${t('persons.nik.districtShort', { name: current.region.district.name })}` : '',
                        province: current.region.province?.name ?? '',
                      })
                    : t('persons.nik.regionUnknown')}
                </Text>
              </Group>
              <Group gap="sm" wrap="wrap" justify="space-between">
                <Text size="sm">
                  {t('persons.nik.facts', {
                    sex: t(`persons.sex.${current.sex}`),
                    date: current.birthDate ? formatCalendarDate(current.birthDate, lang) : '—',
                  })}
                </Text>
                {factsDiffer ? (
                  <Button
                    size="compact-sm"
                    variant="white"
                    leftSection={<IconWand size={14} aria-hidden />}
                    onClick={() => onUseFacts({ sex: current.sex!, birthDate: current.birthDate! })}
                  >
                    {t('persons.nik.useFacts')}
                  </Button>
                ) : null}
              </Group>
              {filled.length ? (
                <Text size="xs" c="dimmed">
                  {t(filled.length === 2 ? 'persons.nik.filledBoth' : filled[0] === 'sex' ? 'persons.nik.filledSex' : 'persons.nik.filledBirthDate')}
                </Text>
              ) : null}
              {current.warnings.map((w) => (
                <WarningLine key={w.code}>{w.message}</WarningLine>
              ))}
            </Stack>
          </Paper>
        ) : null}
        {current?.existing ? (
          <Alert mt="xs" color="red" variant="light" icon={<IconUserExclamation aria-hidden />} title={t('persons.nik.taken')}>
            {current.existing.id && current.existing.fullName ? (
              <Text size="sm">
                {t('persons.nik.takenBy')}{' '}
                <AnchorLink to="/orang/$id" params={{ id: current.existing.id }} fw={600}>
                  {t('persons.nik.open', { name: current.existing.fullName })}
                </AnchorLink>
              </Text>
            ) : (
              <Text size="sm">{t('persons.nik.takenElsewhere')}</Text>
            )}
          </Alert>
        ) : null}
      </Box>
    </Stack>
  );
});
