import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, notifyError, notifySuccess } from '../../lib/api';
import { agencyStatuses, useAgencies, useSaveAgency, type AgencyDetail, type AgencyStatus } from './api';

type Values = Record<
  | 'name'
  | 'licenceNumber'
  | 'licenceIssuedOn'
  | 'licenceValidUntil'
  | 'status'
  | 'statusReason'
  | 'headAgencyId'
  | 'address'
  | 'regionCode'
  | 'phone'
  | 'email',
  string
>;

const initial = (a?: AgencyDetail): Values => ({
  name: a?.name ?? '',
  licenceNumber: a?.licenceNumber ?? '',
  licenceIssuedOn: a?.licenceIssuedOn ?? '',
  licenceValidUntil: a?.licenceValidUntil ?? '',
  status: a?.status ?? 'active',
  statusReason: a?.statusReason ?? '',
  headAgencyId: a?.headAgencyId ?? '',
  address: a?.address ?? '',
  regionCode: a?.regionCode ?? '',
  phone: a?.phone ?? '',
  email: a?.email ?? '',
});

/** Register a P3MI, or change one: licence, status with its reason, head office of a branch, contact. */
export function AgencyFormModal({ opened, onClose, agency }: { opened: boolean; onClose: () => void; agency?: AgencyDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(() => initial(agency));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveAgency(agency?.id);
  const heads = useAgencies({ page: 1, pageSize: 200 });
  const set = (k: keyof Values) => (e: { currentTarget: { value: string } }) => setValues((v) => ({ ...v, [k]: e.currentTarget.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.name.trim()) missing.name = t('agencies.form.required');
    if (!values.licenceNumber.trim()) missing.licenceNumber = t('agencies.form.required');
    if (!values.licenceValidUntil) missing.licenceValidUntil = t('agencies.form.required');
    if (values.status !== 'active' && !values.statusReason.trim()) missing.statusReason = t('agencies.form.reasonRequired');
    setErrors(missing);
    if (Object.keys(missing).length) return;
    const body = {
      ...(agency ? { version: agency.version } : {}),
      name: values.name,
      licenceNumber: values.licenceNumber,
      licenceIssuedOn: values.licenceIssuedOn || null,
      licenceValidUntil: values.licenceValidUntil,
      status: values.status as AgencyStatus,
      statusReason: values.status === 'active' ? null : values.statusReason,
      headAgencyId: values.headAgencyId || null,
      address: values.address || null,
      regionCode: values.regionCode || null,
      phone: values.phone || null,
      email: values.email || null,
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        notifySuccess(t('agencies.form.saved'), saved.name);
        onClose();
        if (!agency) void navigate({ to: '/p3mi/$id', params: { id: saved.id } });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields) setErrors(error.fields);
        else notifyError(error);
      },
    });
  };

  const headOptions = (heads.data?.items ?? []).filter((a) => a.id !== agency?.id && !a.headAgencyId);
  return (
    <Modal opened={opened} onClose={onClose} title={agency ? t('agencies.form.editTitle') : t('agencies.form.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('agencies.fields.name')} required value={values.name} onChange={set('name')} error={errors.name} maxLength={200} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('agencies.fields.licenceNumber')}
              required
              value={values.licenceNumber}
              onChange={set('licenceNumber')}
              error={errors.licenceNumber}
              maxLength={80}
            />
            <TextInput
              type="date"
              label={t('agencies.fields.licenceIssuedOn')}
              value={values.licenceIssuedOn}
              onChange={set('licenceIssuedOn')}
              error={errors.licenceIssuedOn}
            />
            <TextInput
              type="date"
              label={t('agencies.fields.licenceValidUntil')}
              required
              value={values.licenceValidUntil}
              onChange={set('licenceValidUntil')}
              error={errors.licenceValidUntil}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('agencies.fields.status')}
              value={values.status}
              onChange={set('status')}
              data={agencyStatuses.map((s) => ({ value: s, label: t(`agencies.status.${s}`) }))}
              error={errors.status}
            />
            <NativeSelect
              label={t('agencies.fields.headAgency')}
              value={values.headAgencyId}
              onChange={set('headAgencyId')}
              data={[{ value: '', label: t('agencies.form.noHead') }, ...headOptions.map((a) => ({ value: a.id, label: a.name }))]}
              error={errors.headAgencyId}
            />
          </SimpleGrid>
          {values.status !== 'active' ? (
            <Textarea
              label={t('agencies.fields.statusReason')}
              required
              value={values.statusReason}
              onChange={set('statusReason')}
              error={errors.statusReason}
              maxLength={1000}
              autosize
              minRows={2}
            />
          ) : null}
          <Textarea
            label={t('agencies.fields.address')}
            value={values.address}
            onChange={set('address')}
            error={errors.address}
            maxLength={500}
            autosize
            minRows={2}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('agencies.fields.regionCode')}
              placeholder="16.71"
              value={values.regionCode}
              onChange={set('regionCode')}
              error={errors.regionCode}
              maxLength={13}
            />
            <TextInput label={t('agencies.fields.phone')} value={values.phone} onChange={set('phone')} error={errors.phone} maxLength={32} />
            <TextInput type="email" label={t('agencies.fields.email')} value={values.email} onChange={set('email')} error={errors.email} maxLength={254} />
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
