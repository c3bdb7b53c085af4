import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, notifyError, notifySuccess } from '../../lib/api';
import { useSavePermit, type Permit } from './api';

/** Record a SIP2MI permit of an agency, or change one (its quota may not fall below what job orders use). */
export function PermitFormModal({ agencyId, permit, opened, onClose }: { agencyId: string; permit?: Permit; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(permit?.number ?? '');
  const [countryCode, setCountryCode] = useState(permit?.countryCode ?? '');
  const [issuedOn, setIssuedOn] = useState(permit?.issuedOn ?? '');
  const [validUntil, setValidUntil] = useState(permit?.validUntil ?? '');
  const [quota, setQuota] = useState<number | string>(permit?.quota ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSavePermit(agencyId, permit?.id);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!number.trim()) missing.number = t('agencies.form.required');
    if (!validUntil) missing.validUntil = t('agencies.form.required');
    if (typeof quota !== 'number' || quota < 1 || quota > 100_000) missing.quota = t('agencies.permits.quotaRange');
    setErrors(missing);
    if (Object.keys(missing).length) return;
    save.mutate(
      {
        ...(permit ? { version: permit.version } : {}),
        number,
        countryCode: countryCode.trim().toUpperCase() || null,
        issuedOn: issuedOn || null,
        validUntil,
        quota: quota as number,
      },
      {
        onSuccess: (saved) => {
          notifySuccess(t('agencies.permits.saved'), saved.number);
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields) setErrors(error.fields);
          else notifyError(error);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={permit ? t('agencies.permits.editTitle') : t('agencies.permits.createTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('agencies.permits.number')}
            required
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={errors.number}
            maxLength={80}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('agencies.permits.country')}
              description={t('agencies.permits.countryHint')}
              value={countryCode}
              onChange={(e) => setCountryCode(e.currentTarget.value)}
              error={errors.countryCode}
              maxLength={2}
            />
            <NumberInput
              label={t('agencies.permits.quota')}
              required
              min={1}
              max={100_000}
              value={quota}
              onChange={setQuota}
              error={errors.quota}
              allowDecimal={false}
            />
            <TextInput
              type="date"
              label={t('agencies.permits.issuedOn')}
              value={issuedOn}
              onChange={(e) => setIssuedOn(e.currentTarget.value)}
              error={errors.issuedOn}
            />
            <TextInput
              type="date"
              label={t('agencies.permits.validUntil')}
              required
              value={validUntil}
              onChange={(e) => setValidUntil(e.currentTarget.value)}
              error={errors.validUntil}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('agencies.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
