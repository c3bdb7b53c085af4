import { Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LifecycleStatus, Sex } from '../../../domain/registry';
import { SoftBadge } from '../../components/soft-badge';
import { formatCalendarDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import type { Country } from './api-reference';

/** CPMI blue, PMI (abroad) green, Purna (returned) grape: one colour per stage of the cycle everywhere. */
export const statusColor: Record<LifecycleStatus, string> = { cpmi: 'balai', pmi: 'teal', purna: 'grape' };

export function StatusBadge({ status, size }: { status: LifecycleStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <SoftBadge color={statusColor[status]} size={size}>
      {t(`persons.status.short.${status}`)}
    </SoftBadge>
  );
}

/** "P" / "L" in tables (perempuan, laki-laki), with the full word for screen readers and on hover. */
export function SexAbbr({ sex }: { sex: Sex }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`persons.sex.${sex}`)} withArrow>
      <span>
        <abbr title={t(`persons.sex.${sex}`)} style={{ textDecoration: 'none' }} aria-hidden>
          {t(`persons.sex.abbr.${sex}`)}
        </abbr>
        <VisuallyHidden>{t(`persons.sex.${sex}`)}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}

/** A masked identifier in monospace, so the hidden part reads as one block. */
export function Masked({ value }: { value: string | null }) {
  const { t } = useTranslation();
  if (!value)
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  return (
    <Text span ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>
      {value}
      <VisuallyHidden> {t('persons.masked')}</VisuallyHidden>
    </Text>
  );
}

/** A calendar date, or a dash. */
export function CalendarDate({ value }: { value: string | null | undefined }) {
  const lang = useLanguage();
  return value ? (
    <>{formatCalendarDate(value, lang)}</>
  ) : (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  );
}

/** "+62 812-3456-7890" from the stored 628123456 7890, as people read a number. */
export function formatPhone(stored: string | null | undefined): string {
  if (!stored) return '';
  if (!stored.startsWith('62')) return `+${stored}`;
  const rest = stored.slice(2);
  return `+62 ${rest.slice(0, 3)}-${rest.slice(3, 7)}-${rest.slice(7)}`.replace(/-$/, '');
}

export function countryName(countries: Country[] | undefined, code: string | null | undefined, lang: 'id' | 'en'): string | null {
  if (!code) return null;
  const c = countries?.find((x) => x.code === code);
  return c ? (lang === 'en' ? c.nameEn : c.nameId) : code;
}

/** Yellow notes of what disagrees (NIK warnings, document warnings). */
export function WarningLine({ children }: { children: React.ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" c="var(--mantine-color-orange-light-color)">
      <IconAlertTriangle size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
      <Text size="sm" c="inherit">
        {children}
      </Text>
    </Group>
  );
}
