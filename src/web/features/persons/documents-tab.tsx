import { ActionIcon, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, ThemeIcon, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconEye, IconFilePlus, IconRosetteDiscountCheck, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { notifySuccess } from '../../lib/api';
import { formatDateTimeShort } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import type { Person } from './api';
import { documents, useVerifyDocument, type DocumentWarning, type PersonDocument } from './api-records';
import { useDocumentTypes } from './api-reference';
import { DocumentDialog, PreviewDialog, UploadDialog } from './document-dialogs';
import { formatBytes } from './file-drop';
import { CalendarDate, Masked } from './labels';
import { RecordActions } from './record-actions';
import { TabIntro } from './tab-intro';

const warningColor: Record<DocumentWarning, string> = { expired: 'red', passport_expiring: 'orange', health_certificate_old: 'orange', expiring: 'yellow' };

export function DocumentWarnings({ warnings }: { warnings: DocumentWarning[] }) {
  const { t } = useTranslation();
  if (!warnings.length) return null;
  return (
    <Group gap={4}>
      {warnings.map((w) => (
        <SoftBadge key={w} color={warningColor[w]} c={w === 'expiring' ? 'yellow.9' : undefined}>
          {t(`persons.documents.warnings.${w}`)}
        </SoftBadge>
      ))}
    </Group>
  );
}

/** The eight documents of UU 18/2017 Pasal 13: which are on file, which are verified, which are missing. */
function Checklist({ items }: { items: PersonDocument[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const types = useDocumentTypes();
  const required = (types.data?.items ?? []).filter((d) => d.placementRequired);
  if (!required.length) return null;
  const held = (code: string) => items.filter((d) => d.typeCode === code);
  const present = required.filter((r) => held(r.code).length > 0).length;
  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)" component="section" aria-labelledby="pasal13">
      <Group justify="space-between" mb="xs" gap="sm">
        <Title order={3} fz="sm" id="pasal13">
          {t('persons.documents.checklistTitle')}
        </Title>
        <Text size="sm" fw={600}>
          {t('persons.documents.checklistCount', { present, total: required.length })}
        </Text>
      </Group>
      <Progress
        value={(present / required.length) * 100}
        size="sm"
        mb="sm"
        color={present === required.length ? 'teal' : 'balai'}
        aria-label={t('persons.documents.checklistCount', { present, total: required.length })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" verticalSpacing={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {required.map((r) => {
          const docs = held(r.code);
          const verified = docs.some((d) => d.verified);
          const problem = docs.some((d) => d.warnings.includes('expired'));
          return (
            <Group key={r.code} component="li" gap={6} wrap="nowrap" align="flex-start">
              {docs.length ? (
                <ThemeIcon size={20} radius="xl" variant="light" color={problem ? 'red' : verified ? 'teal' : 'balai'} aria-hidden>
                  <IconCircleCheck size={14} />
                </ThemeIcon>
              ) : (
                <ThemeIcon size={20} radius="xl" variant="transparent" color="gray" aria-hidden>
                  <IconCircleDashed size={16} />
                </ThemeIcon>
              )}
              <Text size="sm" c={docs.length ? undefined : 'dimmed'}>
                {lang === 'en' ? r.nameEn : r.nameId}
                <span className="visually-hidden-caption">
                  {': '}
                  {docs.length ? (verified ? t('persons.documents.checkVerified') : t('persons.documents.checkPresent')) : t('persons.documents.checkMissing')}
                </span>
              </Text>
            </Group>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}

/** Dokumen: the documents held, their warnings, scans and verification, and the Pasal 13 checklist. */
export function DocumentsTab({ person }: { person: Person }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const list = documents.useList(person.id);
  const remove = documents.useRemove(person.id);
  const verify = useVerifyDocument(person.id);
  const [editing, setEditing] = useState<{ document: PersonDocument | null } | null>(null);
  const [uploading, setUploading] = useState<PersonDocument | null>(null);
  const [previewing, setPreviewing] = useState<PersonDocument | null>(null);
  const [removing, setRemoving] = useState<PersonDocument | null>(null);
  const canEdit = person.abilities.update;
  const items = list.data?.items ?? [];

  return (
    <Stack gap="md">
      <TabIntro
        title={t('persons.tabs.dokumen')}
        description={t('persons.documents.description')}
        action={
          canEdit ? (
            <Button leftSection={<IconFilePlus size={18} aria-hidden />} onClick={() => setEditing({ document: null })}>
              {t('persons.documents.add')}
            </Button>
          ) : null
        }
      />
      {list.isError && !list.data ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <TableSkeleton rows={4} />
      ) : (
        <>
          <Checklist items={items} />
          {items.length === 0 ? (
            <Text c="dimmed" ta="center" py="lg">
              {t('persons.documents.empty')}
            </Text>
          ) : (
            <DataTable
              caption={t('persons.documents.caption', { name: person.fullName })}
              minWidth={960}
              stickyActions={canEdit}
              head={
                <>
                  <Table.Th scope="col">{t('persons.documents.type')}</Table.Th>
                  <Table.Th scope="col">{t('persons.documents.number')}</Table.Th>
                  <Table.Th scope="col">{t('persons.documents.issuedOn')}</Table.Th>
                  <Table.Th scope="col">{t('persons.documents.expiresOn')}</Table.Th>
                  <Table.Th scope="col">{t('persons.documents.file')}</Table.Th>
                  <Table.Th scope="col">{t('persons.documents.verification')}</Table.Th>
                  {canEdit ? (
                    <Table.Th scope="col">
                      <span className="visually-hidden-caption">{t('common.actions')}</span>
                    </Table.Th>
                  ) : null}
                </>
              }
            >
              {items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Th scope="row" fw={400} miw={190}>
                    <Text size="sm" fw={600}>
                      {d.typeName}
                    </Text>
                    <DocumentWarnings warnings={d.warnings} />
                    {d.restricted ? (
                      <Text size="xs" c="dimmed">
                        {t('persons.documents.restricted')}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>
                    {d.number ? (
                      <Text span size="sm" ff="monospace">
                        {d.number}
                      </Text>
                    ) : (
                      <Masked value={d.numberMasked} />
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    <CalendarDate value={d.issuedOn} />
                  </Table.Td>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    <CalendarDate value={d.expiresOn} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {d.file ? (
                        <Button size="compact-sm" variant="subtle" leftSection={<IconEye size={14} aria-hidden />} onClick={() => setPreviewing(d)}>
                          {d.file.mediaType === 'application/pdf' ? 'PDF' : t('persons.documents.image')} · {formatBytes(d.file.sizeBytes, lang)}
                          <VisuallyHidden>, {t('persons.documents.previewNamed', { type: d.typeName })}</VisuallyHidden>
                        </Button>
                      ) : canEdit && !d.restricted ? null : (
                        <Text span size="sm" c="dimmed">
                          {t('persons.documents.noFile')}
                        </Text>
                      )}
                      {canEdit && !d.restricted ? (
                        d.file ? (
                          <Tooltip label={t('persons.documents.replaceFile')} withArrow>
                            <ActionIcon variant="subtle" onClick={() => setUploading(d)} aria-label={t('persons.documents.replaceNamed', { type: d.typeName })}>
                              <IconUpload size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        ) : (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            leftSection={<IconUpload size={14} aria-hidden />}
                            onClick={() => setUploading(d)}
                            aria-label={t('persons.documents.uploadNamed', { type: d.typeName })}
                          >
                            {t('persons.documents.uploadShort')}
                          </Button>
                        )
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {d.verified ? (
                      <Stack gap={0}>
                        <SoftBadge color="teal" leftSection={<IconRosetteDiscountCheck size={12} aria-hidden />}>
                          {t('persons.documents.verified')}
                        </SoftBadge>
                        <Text size="xs" c="dimmed" mt={2} style={{ whiteSpace: 'nowrap' }}>
                          {d.verified.by ?? '—'}
                          <br />
                          {formatDateTimeShort(d.verified.at, lang)}
                        </Text>
                      </Stack>
                    ) : canEdit ? (
                      <Button
                        size="compact-sm"
                        variant="light"
                        loading={verify.isPending && verify.variables?.id === d.id}
                        onClick={() =>
                          verify.mutate({ id: d.id, version: d.version }, { onSuccess: () => notifySuccess(t('persons.documents.verifiedTitle'), d.typeName) })
                        }
                        aria-label={t('persons.documents.verifyNamed', { type: d.typeName })}
                      >
                        {t('persons.documents.verify')}
                      </Button>
                    ) : (
                      <Text span size="sm" c="dimmed">
                        {t('persons.documents.notVerified')}
                      </Text>
                    )}
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <RecordActions
                        justify="flex-end"
                        edit={t('persons.documents.edit')}
                        editNamed={t('persons.documents.editNamed', { type: d.typeName })}
                        remove={t('persons.documents.remove')}
                        removeNamed={t('persons.documents.removeNamed', { type: d.typeName })}
                        onEdit={() => setEditing({ document: d })}
                        onRemove={() => setRemoving(d)}
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </>
      )}
      {editing ? <DocumentDialog person={person} document={editing.document} opened onClose={() => setEditing(null)} /> : null}
      {uploading ? <UploadDialog person={person} document={uploading} onClose={() => setUploading(null)} /> : null}
      {previewing ? <PreviewDialog person={person} document={previewing} onClose={() => setPreviewing(null)} /> : null}
      <ConfirmDialog
        opened={!!removing}
        onClose={() => setRemoving(null)}
        danger
        loading={remove.isPending}
        title={t('persons.documents.removeTitle', { type: removing?.typeName ?? '' })}
        confirmLabel={t('persons.documents.remove')}
        onConfirm={() =>
          removing && remove.mutate({ id: removing.id, version: removing.version }, { onSuccess: () => setRemoving(null), onError: () => setRemoving(null) })
        }
      >
        {t('persons.documents.removeBody')}
      </ConfirmDialog>
    </Stack>
  );
}
