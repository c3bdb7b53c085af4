import { Alert, Button, Drawer, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowRight, IconDownload, IconPencil, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { statusTransitions } from '../../../domain/registry';
import { ApiError, apiFetch, notifyError, notifySuccess } from '../../lib/api';
import { todayInOffice } from '../../lib/format';
import { personExportUrl, personKey, useChangeStatus, useUpdatePerson, type Person } from './api';
import { DateField } from './date-field';
import { quickEntryKeys } from './form-keys';
import { StatusBadge } from './labels';
import { focusFirstInvalid, PersonFields } from './person-fields';
import { changedFields, checkPersonForm, fieldErrorsFrom, personFormFrom, rebaseForm, type PersonFormValues } from './person-form';
import { formatTypedDate, parseTypedDate } from './typed-date';

/**
 * Ubah data: the person's fields in a drawer, saved with the version read. When someone else saved in
 * between (409 version_conflict), the typed changes stay in the form; reloading takes the new version.
 */
function EditDrawer({ person, opened, onClose }: { person: Person; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePerson(person.id);
  const [loaded, setLoaded] = useState<PersonFormValues>(() => personFormFrom(person));
  const [values, setValues] = useState<PersonFormValues>(loaded);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local = checkPersonForm(values, {
      name: t('persons.errors.name'),
      sex: t('persons.errors.sex'),
      birthDate: t('persons.form.dateUnreadable'),
      birthDateRequired: t('persons.errors.birthDate'),
    });
    setErrors(local);
    if (Object.keys(local).length) return focusFirstInvalid(form.current);
    const changes = changedFields(values, loaded, person.abilities.readHealth);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { version: person.version, ...changes },
      {
        onSuccess: (saved) => {
          setConflict(false);
          onClose();
          notifySuccess(t('persons.edit.saved'), t('persons.edit.savedBody', { name: saved.fullName }));
        },
        onError: (error) => {
          if (error.code === 'version_conflict') setConflict(true);
          else if (error.fields) {
            const { byField, other } = fieldErrorsFrom(error.fields);
            setErrors(byField);
            setProblem(other.length ? other.join(' ') : null);
            focusFirstInvalid(form.current);
          } else setProblem(error instanceof ApiError ? error.message : t('errors.client'));
        },
      },
    );
  };

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Text fw={700} fz="lg">
          {t('persons.edit.title', { name: person.fullName })}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form ref={form} onSubmit={submit} onKeyDown={quickEntryKeys} noValidate>
        <Stack gap="lg">
          <PersonFields
            values={values}
            onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
            errors={errors}
            withHealth={person.abilities.readHealth}
            status={person.status}
          />
          {conflict ? (
            <Alert color="orange" variant="light" title={t('persons.conflict.title')} role="alert">
              <Text size="sm">{t('persons.conflict.bodyKeep')}</Text>
              <Button
                size="xs"
                mt="sm"
                variant="default"
                leftSection={<IconRefresh size={14} aria-hidden />}
                loading={reloading}
                // The record is read again (new version): what was typed here stays, the rest takes the new values.
                onClick={() => {
                  setReloading(true);
                  void queryClient
                    .fetchQuery({
                      queryKey: personKey(person.id),
                      staleTime: 0,
                      queryFn: ({ signal }) => apiFetch<Person>(`/persons/${encodeURIComponent(person.id)}`, { signal }),
                    })
                    .then((fresh) => {
                      const freshForm = personFormFrom(fresh);
                      setValues((v) => rebaseForm(v, loaded, freshForm));
                      setLoaded(freshForm);
                      setConflict(false);
                    })
                    .finally(() => setReloading(false));
                }}
              >
                {t('persons.conflict.reload')}
              </Button>
            </Alert>
          ) : null}
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('persons.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}

/** Ubah status: the one next step of the cycle, from a date (not in the future), with a note. */
function StatusDialog({ person, opened, onClose, onConflict }: { person: Person; opened: boolean; onClose: () => void; onConflict: () => void }) {
  const { t } = useTranslation();
  const change = useChangeStatus(person.id);
  const next = statusTransitions[person.status][0]!;
  const [date, setDate] = useState(formatTypedDate(todayInOffice()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const effectiveOn = parseTypedDate(date);
    if (!effectiveOn) return setErrors({ effectiveOn: t('persons.form.dateUnreadable') });
    change.mutate(
      { version: person.version, status: next, effectiveOn, note: note.trim() || null },
      {
        onSuccess: () => {
          onClose();
          setNote('');
          setErrors({});
          notifySuccess(
            t('persons.statusChange.done'),
            t('persons.statusChange.doneBody', { name: person.fullName, status: t(`persons.status.long.${next}`) }),
          );
        },
        onError: (error) => {
          if (error.code === 'version_conflict') {
            onClose();
            onConflict();
          } else if (error.fields) setErrors({ effectiveOn: error.fields.effectiveOn ?? error.fields.status, note: error.fields.note });
          else notifyError(error);
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={700}>{t('persons.statusChange.title')}</Text>}
      centered
      radius="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group gap="sm" aria-label={t('persons.statusChange.move')}>
            <StatusBadge status={person.status} size="lg" />
            <IconArrowRight size={18} aria-hidden />
            <StatusBadge status={next} size="lg" />
          </Group>
          <Text size="sm" c="dimmed">
            {t(`persons.statusChange.explain.${next}`)}
          </Text>
          <DateField label={t('persons.statusChange.effectiveOn')} required value={date} onChange={setDate} error={errors.effectiveOn} data-autofocus />
          <Textarea
            label={t('persons.statusChange.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
            error={errors.note}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('persons.statusChange.submit', { status: t(`persons.status.short.${next}`) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The person page's actions, as far as the record's abilities allow them. */
export function PersonActions({ person, onConflict }: { person: Person; onConflict: () => void }) {
  const { t } = useTranslation();
  const [editing, edit] = useDisclosure(false);
  const [moving, move] = useDisclosure(false);
  const { abilities } = person;
  if (!abilities.update && !abilities.export) return null;
  return (
    <Group gap="sm">
      {abilities.export ? (
        <Button component="a" href={personExportUrl(person.id)} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
          {t('persons.actions.export')}
        </Button>
      ) : null}
      {abilities.update ? (
        <>
          <Button variant="default" onClick={move.open}>
            {t('persons.actions.changeStatus')}
          </Button>
          <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={edit.open}>
            {t('persons.actions.edit')}
          </Button>
          {editing ? <EditDrawer person={person} opened={editing} onClose={edit.close} /> : null}
          <StatusDialog person={person} opened={moving} onClose={move.close} onConflict={onConflict} />
        </>
      ) : null}
    </Group>
  );
}
