import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consentChannels, legalBases, type ConsentChannel, type LegalBasis } from '../../../domain/registry';
import { DataTable } from '../../components/data-table';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { ApiError, notifySuccess } from '../../lib/api';
import { formatCalendarDate, todayInOffice } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import type { Person } from './api';
import { consents, useWithdrawConsent, type Consent } from './api-records';
import { DateField } from './date-field';
import { TabIntro } from './tab-intro';
import { formatTypedDate, parseTypedDate } from './typed-date';

const fieldErrors = (fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.split('.').pop()!, v]));

/** Record consent (or another legal basis) for one purpose: what, on what basis, when, how. */
function AddConsentDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const save = consents.useSave(person.id);
  const [purpose, setPurpose] = useState('');
  const [legalBasis, setBasis] = useState<LegalBasis>('consent');
  const [channel, setChannel] = useState<ConsentChannel>('in_person');
  const [givenOn, setGivenOn] = useState(formatTypedDate(todayInOffice()));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (purpose.trim().length < 3) local.purpose = t('persons.consents.errors.purpose');
    const date = parseTypedDate(givenOn);
    if (!date) local.givenOn = t('persons.form.dateUnreadable');
    setErrors(local);
    if (Object.keys(local).length) return;
    save.mutate(
      { input: { purpose: purpose.trim(), legalBasis, channel, givenOn: date! } },
      {
        onSuccess: () => {
          onClose();
          notifySuccess(t('persons.consents.added'), purpose.trim());
        },
        onError: (error) => (error.fields ? setErrors(fieldErrors(error.fields)) : setProblem(error instanceof ApiError ? error.message : t('errors.client'))),
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      radius="md"
      title={<Text fw={700}>{t('persons.consents.addTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          <TextInput
            label={t('persons.consents.purpose')}
            description={t('persons.consents.purposeHint')}
            required
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
            error={errors.purpose}
            maxLength={200}
            data-autofocus
            autoComplete="off"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NativeSelect
              label={t('persons.consents.legalBasis')}
              value={legalBasis}
              onChange={(e) => setBasis(e.currentTarget.value as LegalBasis)}
              error={errors.legalBasis}
              data={legalBases.map((b) => ({ value: b, label: t(`persons.consents.bases.${b}`) }))}
            />
            <NativeSelect
              label={t('persons.consents.channel')}
              value={channel}
              onChange={(e) => setChannel(e.currentTarget.value as ConsentChannel)}
              error={errors.channel}
              data={consentChannels.map((c) => ({ value: c, label: t(`persons.consents.channels.${c}`) }))}
            />
            <DateField label={t('persons.consents.givenOn')} required value={givenOn} onChange={setGivenOn} error={errors.givenOn} />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('persons.consents.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Withdraw a consent from a date, with a note; the record stays, marked withdrawn. */
function WithdrawDialog({ person, consent, onClose }: { person: Person; consent: Consent; onClose: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(person.id);
  const [date, setDate] = useState(formatTypedDate(todayInOffice()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const withdrawnOn = parseTypedDate(date);
    if (!withdrawnOn) return setErrors({ withdrawnOn: t('persons.form.dateUnreadable') });
    withdraw.mutate(
      { id: consent.id, version: consent.version, withdrawnOn, note: note.trim() || null },
      {
        onSuccess: () => {
          onClose();
          notifySuccess(t('persons.consents.withdrawn'), consent.purpose);
        },
        onError: (error) => setErrors(error.fields ? fieldErrors(error.fields) : { withdrawnOn: error.message }),
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      radius="md"
      title={<Text fw={700}>{t('persons.consents.withdrawTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{consent.purpose}</Text>
          <DateField label={t('persons.consents.withdrawnOn')} required value={date} onChange={setDate} error={errors.withdrawnOn} data-autofocus />
          <Textarea
            label={t('persons.consents.withdrawNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            maxLength={500}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={withdraw.isPending}>
              {t('persons.consents.withdraw')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Persetujuan: the purposes the person's data is processed for, each with its legal basis (UU 27/2022). */
export function ConsentsTab({ person }: { person: Person }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const list = consents.useList(person.id);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const canEdit = person.abilities.update;

  return (
    <Stack gap="md">
      <TabIntro
        title={t('persons.tabs.persetujuan')}
        description={t('persons.consents.description')}
        action={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
              {t('persons.consents.add')}
            </Button>
          ) : null
        }
      />
      {list.isError && !list.data ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <TableSkeleton rows={3} />
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('persons.consents.empty')}
        </Text>
      ) : (
        <DataTable
          caption={t('persons.consents.caption', { name: person.fullName })}
          minWidth={860}
          stickyActions={canEdit}
          head={
            <>
              <Table.Th scope="col">{t('persons.consents.purpose')}</Table.Th>
              <Table.Th scope="col">{t('persons.consents.legalBasis')}</Table.Th>
              <Table.Th scope="col">{t('persons.consents.givenOn')}</Table.Th>
              <Table.Th scope="col">{t('persons.consents.channel')}</Table.Th>
              <Table.Th scope="col">{t('persons.consents.state')}</Table.Th>
              {canEdit ? (
                <Table.Th scope="col">
                  <span className="visually-hidden-caption">{t('common.actions')}</span>
                </Table.Th>
              ) : null}
            </>
          }
        >
          {list.data.items.map((c) => (
            <Table.Tr key={c.id} c={c.withdrawnOn ? 'dimmed' : undefined}>
              <Table.Th scope="row" fw={500}>
                {c.purpose}
                {c.recordedBy ? (
                  <Text size="xs" c="dimmed">
                    {t('persons.consents.recordedBy', { by: c.recordedBy })}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td fz="sm">{t(`persons.consents.bases.${c.legalBasis}`)}</Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatCalendarDate(c.givenOn, lang)}
              </Table.Td>
              <Table.Td fz="sm">{t(`persons.consents.channels.${c.channel}`)}</Table.Td>
              <Table.Td>
                {c.withdrawnOn ? (
                  <Stack gap={0}>
                    <SoftBadge color="red">{t('persons.consents.withdrawnBadge', { date: formatCalendarDate(c.withdrawnOn, lang) })}</SoftBadge>
                    {c.withdrawalNote ? <Text size="xs">{c.withdrawalNote}</Text> : null}
                  </Stack>
                ) : (
                  <SoftBadge color="teal">{t('persons.consents.active')}</SoftBadge>
                )}
              </Table.Td>
              {canEdit ? (
                <Table.Td>
                  {!c.withdrawnOn ? (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red.9"
                      c="red.9"
                      onClick={() => setWithdrawing(c)}
                      aria-label={t('persons.consents.withdrawNamed', { purpose: c.purpose })}
                    >
                      {t('persons.consents.withdraw')}
                    </Button>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {adding ? <AddConsentDialog person={person} onClose={() => setAdding(false)} /> : null}
      {withdrawing ? <WithdrawDialog person={person} consent={withdrawing} onClose={() => setWithdrawing(null)} /> : null}
    </Stack>
  );
}
