import { Alert, Button, Center, Group, Image, Loader, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, notifySuccess } from '../../lib/api';
import { useLanguage } from '../../lib/use-language';
import type { Person } from './api';
import { documentFileTypes, documentFileUrl, documentMaxBytes, documents, useUploadDocumentFile, type PersonDocument } from './api-records';
import { useDocumentTypes } from './api-reference';
import { DateField } from './date-field';
import { FileDrop, formatBytes } from './file-drop';
import { quickEntryKeys } from './form-keys';
import { focusFirstInvalid } from './person-fields';
import { formatTypedDate, parseTypedDate } from './typed-date';

export const documentTypesLabel = 'PDF, JPG, PNG, WebP';

/** Add or edit a document; when adding, its scan can be dropped in the same step. */
export function DocumentDialog({
  person,
  document,
  opened,
  onClose,
  presetType,
}: {
  person: Person;
  document: PersonDocument | null;
  opened: boolean;
  onClose: () => void;
  presetType?: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const types = useDocumentTypes();
  const save = documents.useSave(person.id);
  const upload = useUploadDocumentFile(person.id);
  const [typeCode, setTypeCode] = useState<string | null>(document?.typeCode ?? presetType ?? null);
  const [number, setNumber] = useState(document?.number ?? '');
  const [issuedOn, setIssuedOn] = useState(formatTypedDate(document?.issuedOn));
  const [expiresOn, setExpiresOn] = useState(formatTypedDate(document?.expiresOn));
  const [issuer, setIssuer] = useState(document?.issuer ?? '');
  const [notes, setNotes] = useState(document?.notes ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // A sensitive number is masked on the way out: editing keeps it unless a new one is typed.
  const maskedNumber = document && !document.number ? document.numberMasked : null;

  const name = (row: { nameId: string; nameEn: string }) => (lang === 'en' ? row.nameEn : row.nameId);
  const all = types.data?.items ?? [];
  const data = [
    { group: t('persons.documents.groupRequired'), items: all.filter((d) => d.placementRequired).map((d) => ({ value: d.code, label: name(d) })) },
    { group: t('persons.documents.groupOther'), items: all.filter((d) => !d.placementRequired).map((d) => ({ value: d.code, label: name(d) })) },
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: Record<string, string> = {};
    if (!typeCode) local.typeCode = t('persons.documents.errors.type');
    if (issuedOn.trim() && !parseTypedDate(issuedOn)) local.issuedOn = t('persons.form.dateUnreadable');
    if (expiresOn.trim() && !parseTypedDate(expiresOn)) local.expiresOn = t('persons.form.dateUnreadable');
    setErrors(local);
    if (Object.keys(local).length) return focusFirstInvalid(form.current);
    const input = {
      typeCode: typeCode!,
      ...(maskedNumber && !number.trim() ? {} : { number: number.trim() || null }),
      issuedOn: parseTypedDate(issuedOn),
      expiresOn: parseTypedDate(expiresOn),
      issuer: issuer.trim() || null,
      notes: notes.trim() || null,
    };
    save.mutate(
      { id: document?.id, version: document?.version, input },
      {
        onSuccess: (saved) => {
          const done = () => {
            onClose();
            notifySuccess(document ? t('persons.documents.updated') : t('persons.documents.added'), saved.typeName);
          };
          if (!file) return done();
          upload.mutate(
            { id: saved.id, file },
            { onSuccess: done, onError: (err) => setProblem(t('persons.documents.savedButFile', { message: err.message })) },
          );
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
      title={<Text fw={700}>{document ? t('persons.documents.editTitle', { type: document.typeName }) : t('persons.documents.addTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form ref={form} onSubmit={submit} onKeyDown={quickEntryKeys} noValidate>
        <Stack gap="md">
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          <Select
            label={t('persons.documents.type')}
            required
            searchable
            selectFirstOptionOnChange
            data={data}
            value={typeCode}
            onChange={setTypeCode}
            error={errors.typeCode}
            nothingFoundMessage={t('persons.filters.nothingFound')}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <TextInput
              label={t('persons.documents.number')}
              description={maskedNumber ? t('persons.documents.numberKeep', { masked: maskedNumber }) : undefined}
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value)}
              error={errors.number}
              maxLength={60}
              autoComplete="off"
            />
            <TextInput
              label={t('persons.documents.issuer')}
              value={issuer}
              onChange={(e) => setIssuer(e.currentTarget.value)}
              error={errors.issuer}
              maxLength={120}
              autoComplete="off"
            />
            <DateField label={t('persons.documents.issuedOn')} value={issuedOn} onChange={setIssuedOn} error={errors.issuedOn} />
            <DateField
              label={t('persons.documents.expiresOn')}
              value={expiresOn}
              onChange={setExpiresOn}
              error={errors.expiresOn}
              description={t('persons.documents.expiresHint')}
            />
          </SimpleGrid>
          <Textarea
            label={t('persons.documents.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={errors.notes}
            maxLength={1000}
            autosize
            minRows={2}
          />
          {!document ? (
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('persons.documents.scanOptional')}
              </Text>
              {file ? (
                <Group gap="sm">
                  <Text size="sm">
                    {file.name} · {formatBytes(file.size, lang)}
                  </Text>
                  <Button size="compact-sm" variant="subtle" onClick={() => setFile(null)}>
                    {t('persons.documents.removeFile')}
                  </Button>
                </Group>
              ) : (
                <FileDrop
                  compact
                  accept={documentFileTypes}
                  maxBytes={documentMaxBytes}
                  typesLabel={documentTypesLabel}
                  onFile={setFile}
                  label={t('persons.documents.chooseScan')}
                />
              )}
            </div>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending || upload.isPending}>
              {document ? t('persons.documents.save') : t('persons.documents.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Upload (or replace) the scan of one document: drop it or choose it. */
export function UploadDialog({ person, document, onClose }: { person: Person; document: PersonDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const upload = useUploadDocumentFile(person.id);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      opened
      onClose={onClose}
      radius="md"
      title={<Text fw={700}>{t('persons.documents.uploadTitle', { type: document.typeName })}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        {document.file ? <Text size="sm">{t('persons.documents.replaceNote')}</Text> : null}
        <FileDrop
          accept={documentFileTypes}
          maxBytes={documentMaxBytes}
          typesLabel={documentTypesLabel}
          label={t('persons.documents.chooseScanFor', { type: document.typeName })}
          loading={upload.isPending}
          error={error}
          onError={setError}
          onFile={(file) =>
            upload.mutate(
              { id: document.id, file },
              {
                onSuccess: () => {
                  onClose();
                  notifySuccess(t('persons.documents.uploaded'), document.typeName);
                },
                onError: (err) => setError(err.message),
              },
            )
          }
        />
      </Stack>
    </Modal>
  );
}

/** The scan in a modal: PDFs in the browser's own viewer, images as they are. */
export function PreviewDialog({ person, document, onClose }: { person: Person; document: PersonDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const url = documentFileUrl(person.id, document.id, document.file?.uploadedAt);
  const isPdf = document.file?.mediaType === 'application/pdf';
  const title = t('persons.documents.previewTitle', { type: document.typeName, name: person.fullName });
  return (
    <Modal opened onClose={onClose} size="xl" radius="md" title={<Text fw={700}>{title}</Text>} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        {!loaded ? (
          <Center py="md">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        ) : null}
        {isPdf ? (
          <iframe
            src={url}
            title={title}
            onLoad={() => setLoaded(true)}
            style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
          />
        ) : (
          <Image src={url} alt={title} onLoad={() => setLoaded(true)} fit="contain" mah="70vh" />
        )}
        <Group justify="flex-end">
          <Button component="a" href={url} target="_blank" rel="noreferrer" variant="default" leftSection={<IconExternalLink size={16} aria-hidden />}>
            {t('persons.documents.openNewTab')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
