import { Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qualificationKinds, type QualificationKind } from '../../../domain/registry';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatCalendarDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import type { Person } from './api';
import { qualifications, type Qualification } from './api-records';
import { QualificationDialog } from './qualification-dialog';
import { RecordActions } from './record-actions';
import { TabIntro } from './tab-intro';

function Period({ q }: { q: Qualification }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const from = q.startedOn ? formatCalendarDate(q.startedOn, lang) : null;
  const to = q.endedOn ? formatCalendarDate(q.endedOn, lang) : null;
  if (q.kind === 'work_history') return <>{from || to ? `${from ?? '…'} – ${to ?? t('persons.qualifications.now')}` : null}</>;
  return (
    <>
      {from ? t(`persons.qualifications.on.${q.kind}`, { date: from }) : null}
      {to ? ` · ${t('persons.qualifications.until', { date: to })}` : null}
    </>
  );
}

/** Kualifikasi: language tests, competency certificates, skills tests and work abroad, one group each. */
export function QualificationsTab({ person }: { person: Person }) {
  const { t } = useTranslation();
  const list = qualifications.useList(person.id);
  const remove = qualifications.useRemove(person.id);
  const [editing, setEditing] = useState<{ q: Qualification | null; kind: QualificationKind } | null>(null);
  const [removing, setRemoving] = useState<Qualification | null>(null);
  const canEdit = person.abilities.update;
  const items = list.data?.items ?? [];

  return (
    <Stack gap="md">
      <TabIntro
        title={t('persons.tabs.kualifikasi')}
        description={t('persons.qualifications.description')}
        action={
          canEdit ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button leftSection={<IconPlus size={18} aria-hidden />} rightSection={<IconChevronDown size={16} aria-hidden />}>
                  {t('persons.qualifications.add')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {qualificationKinds.map((k) => (
                  <Menu.Item key={k} onClick={() => setEditing({ q: null, kind: k })}>
                    {t(`persons.qualifications.kinds.${k}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          ) : null
        }
      />
      {list.isError && !list.data ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <TableSkeleton rows={3} />
      ) : items.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('persons.qualifications.empty')}
        </Text>
      ) : (
        qualificationKinds
          .filter((k) => items.some((q) => q.kind === k))
          .map((kind) => (
            <section key={kind} aria-labelledby={`q-${kind}`}>
              <Title order={3} fz="sm" id={`q-${kind}`} mb="xs" c="dimmed" tt="uppercase" style={{ letterSpacing: '0.03em' }}>
                {t(`persons.qualifications.kinds.${kind}`)}
              </Title>
              <Stack gap="xs">
                {items
                  .filter((q) => q.kind === kind)
                  .map((q) => (
                    <Paper key={q.id} withBorder radius="md" p="sm">
                      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                        <div style={{ minWidth: 0 }}>
                          <Group gap="xs">
                            <Text fw={600}>{q.title}</Text>
                            {q.level ? <SoftBadge color="balai">{q.level}</SoftBadge> : null}
                            {q.sswFieldName ? <SoftBadge color="grape">{q.sswFieldName}</SoftBadge> : null}
                          </Group>
                          <Text size="sm" c="dimmed">
                            {[q.organisation, q.countryName].filter(Boolean).join(' · ')}
                            {q.organisation || q.countryName ? ' · ' : ''}
                            <Period q={q} />
                            {q.certificateNumber ? ` · ${t('persons.qualifications.numberShort', { number: q.certificateNumber })}` : ''}
                          </Text>
                          {q.notes ? <Text size="sm">{q.notes}</Text> : null}
                        </div>
                        {canEdit ? (
                          <RecordActions
                            edit={t('persons.qualifications.edit')}
                            editNamed={t('persons.qualifications.editNamed', { title: q.title })}
                            remove={t('persons.qualifications.remove')}
                            removeNamed={t('persons.qualifications.removeNamed', { title: q.title })}
                            onEdit={() => setEditing({ q, kind: q.kind })}
                            onRemove={() => setRemoving(q)}
                          />
                        ) : null}
                      </Group>
                    </Paper>
                  ))}
              </Stack>
            </section>
          ))
      )}
      {editing ? <QualificationDialog person={person} qualification={editing.q} kind={editing.kind} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        opened={!!removing}
        onClose={() => setRemoving(null)}
        danger
        loading={remove.isPending}
        title={t('persons.qualifications.removeTitle', { title: removing?.title ?? '' })}
        confirmLabel={t('persons.qualifications.remove')}
        onConfirm={() =>
          removing && remove.mutate({ id: removing.id, version: removing.version }, { onSuccess: () => setRemoving(null), onError: () => setRemoving(null) })
        }
      >
        {t('persons.qualifications.removeBody')}
      </ConfirmDialog>
    </Stack>
  );
}
