import { Alert, Autocomplete, Button, Group, Modal, NativeSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTests, qualificationKinds, type QualificationKind } from '../../../domain/registry';
import { ApiError, notifySuccess } from '../../lib/api';
import { useLanguage } from '../../lib/use-language';
import type { Person } from './api';
import { qualifications, type Qualification, type QualificationInput } from './api-records';
import { useCountries, useSswFields } from './api-reference';
import { DateField } from './date-field';
import { quickEntryKeys } from './form-keys';
import { focusFirstInvalid } from './person-fields';
import { formatTypedDate, parseTypedDate } from './typed-date';

/** Which fields each kind asks for; the labels of the dates change with it (passed on / issued / from). */
const shape: Record<QualificationKind, { level: boolean; ssw: boolean; country: boolean; certificate: boolean }> = {
  language_test: { level: true, ssw: false, country: false, certificate: true },
  competency_certificate: { level: true, ssw: true, country: false, certificate: true },
  skills_test: { level: true, ssw: true, country: true, certificate: true },
  work_history: { level: false, ssw: true, country: true, certificate: false },
};

/** Add or edit a qualification; the form adapts to its kind (a language test offers JFT-Basic, JLPT…). */
export function QualificationDialog({
  person,
  qualification,
  kind: initialKind,
  onClose,
}: {
  person: Person;
  qualification: Qualification | null;
  kind: QualificationKind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const countries = useCountries();
  const ssw = useSswFields();
  const save = qualifications.useSave(person.id);
  const q = qualification;
  const [kind, setKind] = useState<QualificationKind>(q?.kind ?? initialKind);
  const [title, setTitle] = useState(q?.title ?? '');
  const [level, setLevel] = useState(q?.level ?? '');
  const [sswFieldCode, setSsw] = useState<string | null>(q?.sswFieldCode ?? null);
  const [countryCode, setCountry] = useState<string | null>(q?.countryCode ?? null);
  const [organisation, setOrganisation] = useState(q?.organisation ?? '');
  const [certificateNumber, setCertificate] = useState(q?.certificateNumber ?? '');
  const [startedOn, setStarted] = useState(formatTypedDate(q?.startedOn));
  const [endedOn, setEnded] = useState(formatTypedDate(q?.endedOn));
  const [notes, setNotes] = useState(q?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const s = shape[kind];
  const levels = kind === 'language_test' ? (languageTests[title] ?? []) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = t(`persons.qualifications.errors.title.${kind}`);
    if (kind === 'work_history' && !countryCode) local.countryCode = t('persons.qualifications.errors.country');
    if (startedOn.trim() && !parseTypedDate(startedOn)) local.startedOn = t('persons.form.dateUnreadable');
    if (endedOn.trim() && !parseTypedDate(endedOn)) local.endedOn = t('persons.form.dateUnreadable');
    setErrors(local);
    if (Object.keys(local).length) return focusFirstInvalid(form.current);
    const input: QualificationInput = {
      kind,
      title: title.trim(),
      level: s.level ? level.trim() || null : null,
      sswFieldCode: s.ssw ? sswFieldCode : null,
      countryCode: s.country ? countryCode : null,
      organisation: organisation.trim() || null,
      certificateNumber: s.certificate ? certificateNumber.trim() || null : null,
      startedOn: parseTypedDate(startedOn),
      endedOn: parseTypedDate(endedOn),
      notes: notes.trim() || null,
    };
    save.mutate(
      { id: q?.id, version: q?.version, input },
      {
        onSuccess: (saved) => {
          onClose();
          notifySuccess(q ? t('persons.qualifications.updated') : t('persons.qualifications.added'), saved.title);
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
      opened
      onClose={onClose}
      size="lg"
      radius="md"
      title={<Text fw={700}>{q ? t('persons.qualifications.editTitle', { title: q.title }) : t('persons.qualifications.addTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form ref={form} onSubmit={submit} onKeyDown={quickEntryKeys} noValidate>
        <Stack gap="md">
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          <NativeSelect
            label={t('persons.qualifications.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as QualificationKind)}
            data={qualificationKinds.map((k) => ({ value: k, label: t(`persons.qualifications.kinds.${k}`) }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {kind === 'language_test' ? (
              <Autocomplete
                label={t('persons.qualifications.title.language_test')}
                required
                data={Object.keys(languageTests)}
                value={title}
                onChange={setTitle}
                error={errors.title}
                maxLength={120}
                data-autofocus
              />
            ) : (
              <TextInput
                label={t(`persons.qualifications.title.${kind}`)}
                placeholder={t(`persons.qualifications.titlePlaceholder.${kind}`)}
                required
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={errors.title}
                maxLength={120}
                data-autofocus
                autoComplete="off"
              />
            )}
            {s.level ? (
              <Autocomplete
                label={t('persons.qualifications.level')}
                data={levels as string[]}
                value={level}
                onChange={setLevel}
                error={errors.level}
                maxLength={40}
              />
            ) : null}
            {s.ssw ? (
              <Select
                label={t('persons.qualifications.sswField')}
                searchable
                clearable
                value={sswFieldCode}
                onChange={setSsw}
                error={errors.sswFieldCode}
                data={(ssw.data?.items ?? []).map((f) => ({ value: f.code, label: lang === 'en' ? f.nameEn : f.nameId }))}
                nothingFoundMessage={t('persons.filters.nothingFound')}
              />
            ) : null}
            {s.country ? (
              <Select
                label={t('persons.qualifications.country')}
                required={kind === 'work_history'}
                searchable
                clearable
                value={countryCode}
                onChange={setCountry}
                error={errors.countryCode}
                data={(countries.data?.items ?? []).map((c) => ({ value: c.code, label: lang === 'en' ? c.nameEn : c.nameId }))}
                nothingFoundMessage={t('persons.filters.nothingFound')}
              />
            ) : null}
            <TextInput
              label={t(`persons.qualifications.organisation.${kind}`)}
              value={organisation}
              onChange={(e) => setOrganisation(e.currentTarget.value)}
              error={errors.organisation}
              maxLength={160}
              autoComplete="off"
            />
            {s.certificate ? (
              <TextInput
                label={t('persons.qualifications.certificateNumber')}
                value={certificateNumber}
                onChange={(e) => setCertificate(e.currentTarget.value)}
                error={errors.certificateNumber}
                maxLength={80}
                autoComplete="off"
              />
            ) : null}
            <DateField label={t(`persons.qualifications.startedOn.${kind}`)} value={startedOn} onChange={setStarted} error={errors.startedOn} />
            <DateField label={t(`persons.qualifications.endedOn.${kind}`)} value={endedOn} onChange={setEnded} error={errors.endedOn} />
          </SimpleGrid>
          <Textarea
            label={t('persons.qualifications.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={errors.notes}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {q ? t('persons.qualifications.save') : t('persons.qualifications.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
