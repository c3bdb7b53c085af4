import { Box, Checkbox, Fieldset, Input, NativeSelect, Select, SegmentedControl, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { birthdayAt, MIN_CPMI_AGE, personWarnings } from '../../../domain/person-warnings';
import { ageOn, educationLevels, maritalStatuses, sexes, type LifecycleStatus, type Sex } from '../../../domain/registry';
import { formatCalendarDate, todayInOffice } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useCountries } from './api-reference';
import { DateField } from './date-field';
import { WarningLine } from './labels';
import type { PersonFormValues } from './person-form';
import { RegionSelect } from './region-select';
import { parseTypedDate } from './typed-date';

interface PersonFieldsProps {
  values: PersonFormValues;
  onChange: (patch: Partial<PersonFormValues>) => void;
  errors: Record<string, string | undefined>;
  /** Health notes are shown only to those who may read them. */
  withHealth: boolean;
  /** The district of the NIK: its villages are offered first in the address picker. */
  suggestRegionFrom?: string | null;
  /** The person's status (a new registration is a CPMI): a CPMI under 18 is warned about as the date is typed. */
  status?: LifecycleStatus;
}

/**
 * UU 18/2017 Pasal 5, live from the birth date typed (today in the office's time zone): a CPMI under 18
 * may register, but departs only from the 18th birthday. The server says the same on the saved record.
 */
export function AgeWarning({ status, birthDate }: { status: LifecycleStatus | undefined; birthDate: string | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!status || !birthDate) return null;
  const today = todayInOffice();
  if (!personWarnings({ status, birthDate }, today).includes('cpmi_under_age')) return null;
  return (
    <div data-warning="cpmi_under_age">
      <WarningLine>
        {t('persons.warnings.cpmi_under_age', {
          age: ageOn(birthDate, today),
          min: MIN_CPMI_AGE,
          date: formatCalendarDate(birthdayAt(birthDate, MIN_CPMI_AGE), lang),
        })}
      </WarningLine>
    </div>
  );
}

function Section({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)', marginBottom: 'var(--mantine-spacing-xs)' } }}
    >
      {children}
    </Fieldset>
  );
}

/** Focuses the first field marked invalid, in the order of the form. */
export function focusFirstInvalid(form: HTMLElement | null) {
  setTimeout(() => {
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input:checked, [data-invalid="true"] input');
    target?.focus();
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, 0);
}

/** The fields of a person besides the NIK: the create page and the edit drawer share them. */
export function PersonFields({ values, onChange, errors, withHealth, suggestRegionFrom, status }: PersonFieldsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const countries = useCountries();
  const sexLabel = useId();

  return (
    <>
      <Section legend={t('persons.form.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            name="fullName"
            label={t('persons.fields.fullName')}
            description={t('persons.form.fullNameHint')}
            required
            value={values.fullName}
            onChange={(e) => onChange({ fullName: e.currentTarget.value })}
            error={errors.fullName}
            autoComplete="off"
            maxLength={120}
            style={{ gridColumn: '1 / -1' }}
          />
          <Input.Wrapper
            label={t('persons.fields.sex')}
            labelProps={{ id: sexLabel }}
            required
            error={errors.sex}
            data-invalid={errors.sex ? 'true' : undefined}
          >
            <div>
              <SegmentedControl
                aria-labelledby={sexLabel}
                fullWidth
                value={values.sex}
                onChange={(v) => onChange({ sex: v as Sex })}
                data={sexes.map((s) => ({ value: s, label: t(`persons.sex.${s}`) }))}
                color={values.sex ? 'balai' : undefined}
                styles={{ root: errors.sex ? { outline: '1px solid var(--mantine-color-error)' } : undefined }}
              />
            </div>
          </Input.Wrapper>
          <Box visibleFrom="sm" />
          <TextInput
            label={t('persons.fields.birthPlace')}
            value={values.birthPlace}
            onChange={(e) => onChange({ birthPlace: e.currentTarget.value })}
            error={errors.birthPlace}
            autoComplete="off"
            maxLength={80}
          />
          <DateField
            label={t('persons.fields.birthDate')}
            required
            birth
            value={values.birthDate}
            onChange={(birthDate) => onChange({ birthDate })}
            error={errors.birthDate}
          />
        </SimpleGrid>
        <Box mt="xs" aria-live="polite">
          <AgeWarning status={status} birthDate={parseTypedDate(values.birthDate)} />
        </Box>
      </Section>

      <Section legend={t('persons.form.addressContact')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            label={t('persons.fields.addressLine')}
            description={t('persons.form.addressLineHint')}
            value={values.addressLine}
            onChange={(e) => onChange({ addressLine: e.currentTarget.value })}
            error={errors.addressLine}
            autoComplete="off"
            maxLength={200}
            style={{ gridColumn: '1 / -1' }}
          />
          <RegionSelect
            label={t('persons.fields.addressRegion')}
            description={t('persons.form.regionHint')}
            value={values.addressRegionCode}
            onChange={(addressRegionCode) => onChange({ addressRegionCode })}
            error={errors.addressRegionCode}
            suggestFrom={suggestRegionFrom}
            style={{ gridColumn: '1 / -1' }}
          />
          <TextInput
            label={t('persons.fields.phone')}
            type="tel"
            placeholder="0812-3456-7890"
            value={values.phone}
            onChange={(e) => onChange({ phone: e.currentTarget.value })}
            error={errors.phone}
            autoComplete="off"
            maxLength={32}
          />
          <div>
            <TextInput
              label={t('persons.fields.whatsapp')}
              type="tel"
              placeholder="0812-3456-7890"
              value={values.whatsappSameAsPhone ? values.phone : values.whatsapp}
              onChange={(e) => onChange({ whatsapp: e.currentTarget.value })}
              disabled={values.whatsappSameAsPhone}
              error={errors.whatsapp}
              autoComplete="off"
              maxLength={32}
            />
            <Checkbox
              mt={8}
              size="sm"
              label={t('persons.form.sameAsPhone')}
              checked={values.whatsappSameAsPhone}
              onChange={(e) => onChange({ whatsappSameAsPhone: e.currentTarget.checked, whatsapp: e.currentTarget.checked ? '' : values.phone })}
            />
          </div>
          <TextInput
            label={t('persons.fields.email')}
            type="email"
            value={values.email}
            onChange={(e) => onChange({ email: e.currentTarget.value })}
            error={errors.email}
            autoComplete="off"
            maxLength={254}
          />
        </SimpleGrid>
      </Section>

      <Section legend={t('persons.form.other')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm">
          <NativeSelect
            label={t('persons.fields.education')}
            value={values.education}
            onChange={(e) => onChange({ education: e.currentTarget.value as PersonFormValues['education'] })}
            error={errors.education}
            data={[{ value: '', label: t('persons.form.choose') }, ...educationLevels.map((e) => ({ value: e, label: t(`persons.education.${e}`) }))]}
          />
          <NativeSelect
            label={t('persons.fields.maritalStatus')}
            value={values.maritalStatus}
            onChange={(e) => onChange({ maritalStatus: e.currentTarget.value as PersonFormValues['maritalStatus'] })}
            error={errors.maritalStatus}
            data={[{ value: '', label: t('persons.form.choose') }, ...maritalStatuses.map((m) => ({ value: m, label: t(`persons.marital.${m}`) }))]}
          />
          <Select
            label={t('persons.fields.destinationCountry')}
            placeholder={t('persons.form.countryPlaceholder')}
            searchable
            selectFirstOptionOnChange
            clearable
            value={values.destinationCountryCode}
            onChange={(destinationCountryCode) => onChange({ destinationCountryCode })}
            error={errors.destinationCountryCode}
            data={(countries.data?.items ?? []).map((c) => ({ value: c.code, label: lang === 'en' ? c.nameEn : c.nameId }))}
            nothingFoundMessage={t('persons.filters.nothingFound')}
            clearButtonProps={{ 'aria-label': t('persons.filters.clearCountry') }}
          />
          {withHealth ? (
            <Textarea
              label={t('persons.fields.healthNotes')}
              description={t('persons.form.healthHint')}
              value={values.healthNotes}
              onChange={(e) => onChange({ healthNotes: e.currentTarget.value })}
              error={errors.healthNotes}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              style={{ gridColumn: '1 / -1' }}
            />
          ) : null}
        </SimpleGrid>
      </Section>
    </>
  );
}
