import { Alert, Anchor, Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPhoneCall, IconUserPlus } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { familyRelations, type FamilyRelation } from '../../../domain/registry';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { ApiError, notifySuccess } from '../../lib/api';
import type { Person } from './api';
import { family, type FamilyMember } from './api-records';
import { DateField } from './date-field';
import { quickEntryKeys } from './form-keys';
import { CalendarDate, formatPhone, Masked } from './labels';
import { focusFirstInvalid } from './person-fields';
import { localPhone } from './person-form';
import { RecordActions } from './record-actions';
import { TabIntro } from './tab-intro';
import { formatTypedDate, parseTypedDate } from './typed-date';

interface MemberValues {
  fullName: string;
  relation: FamilyRelation | '';
  nik: string;
  birthDate: string;
  phone: string;
  addressLine: string;
  emergencyContact: boolean;
}

const emptyMember: MemberValues = { fullName: '', relation: '', nik: '', birthDate: '', phone: '', addressLine: '', emergencyContact: false };

/** Add or edit a family member; a NIK left empty when editing keeps the one on file. */
function MemberDialog({ person, member, opened, onClose }: { person: Person; member: FamilyMember | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const save = family.useSave(person.id);
  const [values, setValues] = useState<MemberValues>(() =>
    member
      ? {
          fullName: member.fullName,
          relation: member.relation,
          nik: '',
          birthDate: formatTypedDate(member.birthDate),
          phone: localPhone(member.phone),
          addressLine: member.addressLine ?? '',
          emergencyContact: member.emergencyContact,
        }
      : { ...emptyMember, addressLine: person.addressLine ?? '' },
  );
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<MemberValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (values.fullName.trim().length < 2) local.fullName = t('persons.errors.name');
    if (!values.relation) local.relation = t('persons.family.errors.relation');
    if (values.birthDate.trim() && !parseTypedDate(values.birthDate)) local.birthDate = t('persons.form.dateUnreadable');
    if (values.emergencyContact && !values.phone.trim()) local.phone = t('persons.family.errors.emergencyPhone');
    setErrors(local);
    if (Object.keys(local).length) return focusFirstInvalid(form.current);
    const input = {
      fullName: values.fullName.trim(),
      relation: values.relation as FamilyRelation,
      ...(values.nik.trim() ? { nik: values.nik.trim() } : member ? {} : { nik: null }),
      birthDate: parseTypedDate(values.birthDate),
      phone: values.phone.trim() || null,
      addressLine: values.addressLine.trim() || null,
      emergencyContact: values.emergencyContact,
    };
    save.mutate(
      { id: member?.id, version: member?.version, input },
      {
        onSuccess: (saved) => {
          onClose();
          notifySuccess(member ? t('persons.family.updated') : t('persons.family.added'), t('persons.family.savedBody', { name: saved.fullName }));
        },
        onError: (error) => {
          if (error.fields) {
            setErrors(Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k.split('.').pop()!, v])));
            focusFirstInvalid(form.current);
          } else setProblem(error instanceof ApiError ? error.message : t('errors.client'));
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      radius="md"
      title={<Text fw={700}>{member ? t('persons.family.editTitle', { name: member.fullName }) : t('persons.family.addTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form ref={form} onSubmit={submit} onKeyDown={quickEntryKeys} noValidate>
        <Stack gap="md">
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <TextInput
              label={t('persons.fields.fullName')}
              required
              value={values.fullName}
              onChange={(e) => set({ fullName: e.currentTarget.value })}
              error={errors.fullName}
              maxLength={120}
              data-autofocus
              autoComplete="off"
            />
            <NativeSelect
              label={t('persons.family.relation')}
              required
              value={values.relation}
              onChange={(e) => set({ relation: e.currentTarget.value as FamilyRelation })}
              error={errors.relation}
              data={[{ value: '', label: t('persons.form.choose') }, ...familyRelations.map((r) => ({ value: r, label: t(`persons.family.relations.${r}`) }))]}
            />
            <TextInput
              label={t('persons.family.nik')}
              description={member?.nikMasked ? t('persons.family.nikKeep', { masked: member.nikMasked }) : t('persons.family.nikOptional')}
              value={values.nik}
              onChange={(e) => set({ nik: e.currentTarget.value })}
              error={errors.nik}
              inputMode="numeric"
              maxLength={40}
              autoComplete="off"
            />
            <DateField
              label={t('persons.fields.birthDate')}
              birth
              value={values.birthDate}
              onChange={(birthDate) => set({ birthDate })}
              error={errors.birthDate}
            />
            <TextInput
              label={t('persons.fields.phone')}
              type="tel"
              placeholder="0812-3456-7890"
              value={values.phone}
              onChange={(e) => set({ phone: e.currentTarget.value })}
              error={errors.phone}
              maxLength={32}
              autoComplete="off"
            />
            <TextInput
              label={t('persons.fields.addressLine')}
              value={values.addressLine}
              onChange={(e) => set({ addressLine: e.currentTarget.value })}
              error={errors.addressLine}
              maxLength={200}
              autoComplete="off"
            />
          </SimpleGrid>
          <Checkbox
            label={t('persons.family.emergencyContact')}
            description={t('persons.family.emergencyHint')}
            checked={values.emergencyContact}
            onChange={(e) => set({ emergencyContact: e.currentTarget.checked })}
            error={errors.emergencyContact}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {member ? t('persons.family.save') : t('persons.family.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Keluarga: family members and emergency contacts (whom to call when something happens abroad). */
export function FamilyTab({ person }: { person: Person }) {
  const { t } = useTranslation();
  const members = family.useList(person.id);
  const remove = family.useRemove(person.id);
  const [editing, setEditing] = useState<{ member: FamilyMember | null } | null>(null);
  const [removing, setRemoving] = useState<FamilyMember | null>(null);
  const canEdit = person.abilities.update;

  return (
    <Stack gap="md">
      <TabIntro
        title={t('persons.tabs.keluarga')}
        description={t('persons.family.description')}
        action={
          canEdit ? (
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setEditing({ member: null })}>
              {t('persons.family.add')}
            </Button>
          ) : null
        }
      />
      {members.isError && !members.data ? (
        <QueryError error={members.error} onRetry={() => void members.refetch()} />
      ) : !members.data ? (
        <TableSkeleton rows={3} />
      ) : members.data.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('persons.family.empty')}
        </Text>
      ) : (
        <DataTable
          caption={t('persons.family.caption', { name: person.fullName })}
          minWidth={820}
          stickyActions={canEdit}
          head={
            <>
              <Table.Th scope="col">{t('persons.fields.fullName')}</Table.Th>
              <Table.Th scope="col">{t('persons.family.relation')}</Table.Th>
              <Table.Th scope="col">{t('persons.columns.nik')}</Table.Th>
              <Table.Th scope="col">{t('persons.fields.birthDate')}</Table.Th>
              <Table.Th scope="col">{t('persons.fields.phone')}</Table.Th>
              <Table.Th scope="col">{t('persons.fields.addressLine')}</Table.Th>
              {canEdit ? (
                <Table.Th scope="col">
                  <span className="visually-hidden-caption">{t('common.actions')}</span>
                </Table.Th>
              ) : null}
            </>
          }
        >
          {members.data.items.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Th scope="row" fw={600}>
                <Group gap={6} wrap="nowrap">
                  {m.fullName}
                  {m.emergencyContact ? (
                    <SoftBadge color="red" leftSection={<IconPhoneCall size={12} aria-hidden />}>
                      {t('persons.family.emergencyBadge')}
                    </SoftBadge>
                  ) : null}
                </Group>
              </Table.Th>
              <Table.Td fz="sm">{t(`persons.family.relations.${m.relation}`)}</Table.Td>
              <Table.Td>
                <Masked value={m.nikMasked} />
              </Table.Td>
              <Table.Td fz="sm">
                <CalendarDate value={m.birthDate} />
              </Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {m.phone ? (
                  <Anchor href={`tel:+${m.phone}`} size="sm">
                    {formatPhone(m.phone)}
                  </Anchor>
                ) : (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td fz="sm">
                {m.addressLine ?? (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              {canEdit ? (
                <Table.Td>
                  <RecordActions
                    justify="flex-end"
                    edit={t('persons.family.edit')}
                    editNamed={t('persons.family.editNamed', { name: m.fullName })}
                    remove={t('persons.family.remove')}
                    removeNamed={t('persons.family.removeNamed', { name: m.fullName })}
                    onEdit={() => setEditing({ member: m })}
                    onRemove={() => setRemoving(m)}
                  />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {editing ? <MemberDialog person={person} member={editing.member} opened onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        opened={!!removing}
        onClose={() => setRemoving(null)}
        danger
        loading={remove.isPending}
        title={t('persons.family.removeTitle', { name: removing?.fullName ?? '' })}
        confirmLabel={t('persons.family.remove')}
        onConfirm={() =>
          removing &&
          remove.mutate(
            { id: removing.id, version: removing.version },
            {
              onSuccess: () => {
                notifySuccess(t('persons.family.removed'), t('persons.family.removedBody', { name: removing.fullName }));
                setRemoving(null);
              },
              // The app's one error handler tells what went wrong.
              onError: () => setRemoving(null),
            },
          )
        }
      >
        {t('persons.family.removeBody')}
      </ConfirmDialog>
    </Stack>
  );
}
