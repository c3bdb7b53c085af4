import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendar } from '@tabler/icons-react';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, todayInOffice } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { formatTypedDate, parseTypedDate } from './typed-date';

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** The text as typed: 07-03-1998. */
  value: string;
  onChange: (value: string) => void;
  /** Opens the calendar at the decades (birth dates) rather than the month. */
  birth?: boolean;
}

/**
 * A date typed day first — `07-03-1998`, `7/3/98`, `07031998` — read back in words underneath
 * ("7 Maret 1998"), with a calendar for those who prefer to pick. Quicker than a picker for someone
 * copying from a KTP, and it never opens anything in the way while tabbing through a form.
 */
export const DateField = forwardRef<HTMLInputElement, DateFieldProps>(function DateField({ value, onChange, birth, error, description, label, ...rest }, ref) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [opened, { close, toggle }] = useDisclosure(false);
  const [touched, setTouched] = useState(false);
  const iso = parseTypedDate(value);
  const unreadable = touched && value.trim() !== '' && !iso;
  const readBack = iso ? formatCalendarDate(iso, lang) : null;

  return (
    <TextInput
      ref={ref}
      label={label}
      value={value}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('persons.form.datePlaceholder')}
      onChange={(e) => {
        setTouched(false);
        onChange(e.currentTarget.value);
      }}
      onBlur={() => {
        setTouched(true);
        // 07031998 or 7/3/98 is written back as 07-03-1998, so what is kept is plain to see.
        if (iso && formatTypedDate(iso) !== value) onChange(formatTypedDate(iso));
      }}
      error={error ?? (unreadable ? t('persons.form.dateUnreadable') : undefined)}
      description={readBack ?? description ?? t('persons.form.dateHint')}
      rightSection={
        <Popover opened={opened} onChange={(o) => (o ? undefined : close())} position="bottom-end" shadow="md" trapFocus withinPortal>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={toggle}
              aria-label={t('persons.form.pickDate', { field: typeof label === 'string' ? label : '' })}
              tabIndex={-1}
            >
              <IconCalendar size={18} aria-hidden />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              value={iso}
              defaultLevel={birth && !iso ? 'decade' : 'month'}
              defaultDate={iso ?? (birth ? '1998-01-01' : undefined)}
              maxDate={todayInOffice()}
              onChange={(picked) => {
                if (picked) onChange(formatTypedDate(picked));
                close();
              }}
              nextLabel={t('audit.filters.nextMonth')}
              previousLabel={t('audit.filters.previousMonth')}
            />
          </Popover.Dropdown>
        </Popover>
      }
      {...rest}
    />
  );
});
