import { Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconCertificate, IconFileText, IconHistory, IconShieldCheck, IconUser, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination';
import { QueryError } from '../../components/query-error';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { timelinePageSize, useTimeline, type Person } from './api';
import { useDocumentTypes } from './api-reference';
import { TabIntro } from './tab-intro';
import { describeTimelineEvent, timelineColor } from './timeline-text';

function EventIcon({ kind }: { kind: string }) {
  const Icon = kind.startsWith('document.')
    ? IconFileText
    : kind.startsWith('family.')
      ? IconUsers
      : kind.startsWith('qualification.')
        ? IconCertificate
        : kind.startsWith('consent.')
          ? IconShieldCheck
          : kind.startsWith('status.')
            ? IconHistory
            : IconUser;
  return (
    <ThemeIcon size={22} radius="xl" color={timelineColor(kind)} variant="filled" aria-hidden>
      <Icon size={13} />
    </ThemeIcon>
  );
}

/** Riwayat: everything that happened to the person, newest first, in sentences, with who and when (WIB). */
export function TimelineTab({ person }: { person: Person }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [page, setPage] = useState(1);
  const events = useTimeline(person.id, page);
  const types = useDocumentTypes();
  const documentName = (code: string) => {
    const type = types.data?.items.find((d) => d.code === code);
    return type ? (lang === 'en' ? type.nameEn : type.nameId) : code;
  };

  return (
    <Stack gap="md">
      <TabIntro title={t('persons.tabs.riwayat')} description={t('persons.timeline.description')} />
      {events.isError && !events.data ? (
        <QueryError error={events.error} onRetry={() => void events.refetch()} />
      ) : !events.data ? (
        <TableSkeleton rows={5} />
      ) : events.data.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('persons.timeline.empty')}
        </Text>
      ) : (
        <>
          <Timeline bulletSize={22} lineWidth={2} component="ol" style={{ paddingLeft: 0, listStyle: 'none' }} aria-label={t('persons.tabs.riwayat')}>
            {events.data.items.map((e) => (
              <Timeline.Item key={e.id} bullet={<EventIcon kind={e.kind} />} component="li">
                <Text size="sm" fw={500}>
                  {describeTimelineEvent(e, { t, documentName, formatDate: (iso) => formatCalendarDate(iso, lang) })}
                </Text>
                <Text size="xs" c="dimmed">
                  <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
                  {' · '}
                  {e.actorName ?? e.actorLabel ?? t('persons.timeline.system')}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
          <ListPagination page={page} pageSize={timelinePageSize} total={events.data.total} label={t('persons.tabs.riwayat')} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
