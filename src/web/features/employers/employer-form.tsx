import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, notifyError, notifySuccess } from '../../lib/api';
import { employerKinds, useSaveEmployer, type EmployerDetail, type EmployerKind } from './api';

type TextKey = 'name' | 'countryCode' | 'city' | 'address' | 'sector' | 'contactName' | 'contactEmail' | 'contactPhone' | 'flagNote';

/** Record an employer or foreign partner abroad, or change one; flagging needs the attaché's note. */
export function EmployerFormModal({ opened, onClose, employer }: { opened: boolean; onClose: () => void; employer?: EmployerDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<TextKey, string>>({
    name: employer?.name ?? '',
    countryCode: employer?.countryCode ?? '',
    city: employer?.city ?? '',
    address: employer?.address ?? '',
    sector: employer?.sector ?? '',
    contactName: employer?.contactName ?? '',
    contactEmail: employer?.contactEmail ?? '',
    contactPhone: employer?.contactPhone ?? '',
    flagNote: employer?.flagNote ?? '',
  });
  const [kind, setKind] = useState<EmployerKind>(employer?.kind ?? 'employer');
  const [flagged, setFlagged] = useState(employer?.flagged ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveEmployer(employer?.id);
  const set = (k: TextKey) => (e: { currentTarget: { value: string } }) => setValues((v) => ({ ...v, [k]: e.currentTarget.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.name.trim()) missing.name = t('employers.form.required');
    if (!values.countryCode.trim()) missing.countryCode = t('employers.form.required');
    if (flagged && !values.flagNote.trim()) missing.flagNote = t('employers.form.flagNoteRequired');
    setErrors(missing);
    if (Object.keys(missing).length) return;
    const body = {
      ...(employer ? { version: employer.version } : {}),
      name: values.name,
      kind,
      countryCode: values.countryCode.trim().toUpperCase(),
      city: values.city || null,
      address: values.address || null,
      sector: values.sector || null,
      contactName: values.contactName || null,
      contactEmail: values.contactEmail || null,
      contactPhone: values.contactPhone || null,
      flagged,
      flagNote: flagged ? values.flagNote : null,
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        notifySuccess(t('employers.form.saved'), saved.name);
        onClose();
        if (!employer) void navigate({ to: '/pemberi-kerja/$id', params: { id: saved.id } });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields) setErrors(error.fields);
        else notifyError(error);
      },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={employer ? t('employers.form.editTitle') : t('employers.form.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('employers.fields.name')} required value={values.name} onChange={set('name')} error={errors.name} maxLength={200} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('employers.fields.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as EmployerKind)}
              data={employerKinds.map((k) => ({ value: k, label: t(`employers.kind.${k}`) }))}
            />
            <TextInput
              label={t('employers.fields.country')}
              description={t('employers.form.countryHint')}
              required
              value={values.countryCode}
              onChange={set('countryCode')}
              error={errors.countryCode}
              maxLength={2}
            />
            <TextInput label={t('employers.fields.city')} value={values.city} onChange={set('city')} error={errors.city} maxLength={120} />
          </SimpleGrid>
          <TextInput label={t('employers.fields.sector')} value={values.sector} onChange={set('sector')} error={errors.sector} maxLength={120} />
          <Textarea
            label={t('employers.fields.address')}
            value={values.address}
            onChange={set('address')}
            error={errors.address}
            maxLength={500}
            autosize
            minRows={2}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('employers.fields.contactName')}
              value={values.contactName}
              onChange={set('contactName')}
              error={errors.contactName}
              maxLength={160}
            />
            <TextInput
              type="email"
              label={t('employers.fields.contactEmail')}
              value={values.contactEmail}
              onChange={set('contactEmail')}
              error={errors.contactEmail}
              maxLength={254}
            />
            <TextInput
              label={t('employers.fields.contactPhone')}
              value={values.contactPhone}
              onChange={set('contactPhone')}
              error={errors.contactPhone}
              maxLength={32}
            />
          </SimpleGrid>
          <Checkbox
            label={t('employers.fields.flagged')}
            description={t('employers.form.flaggedHint')}
            checked={flagged}
            onChange={(e) => setFlagged(e.currentTarget.checked)}
          />
          {flagged ? (
            <Textarea
              label={t('employers.fields.flagNote')}
              required
              value={values.flagNote}
              onChange={set('flagNote')}
              error={errors.flagNote}
              maxLength={2000}
              autosize
              minRows={2}
            />
          ) : null}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('employers.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
