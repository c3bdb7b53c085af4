import { ActionIcon, Anchor, Button, Code, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCalendar, IconChevronDown, IconChevronRight, IconDownload, IconFilterOff } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { Fragment, useEffect, useState } from 'react';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { auditOutcomes, type AuditSearch } from '../../app/search-params';
import { DataTable } from '../../components/data-table';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { ListPagination } from '../../components/list-pagination';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatTimestamp, todayInOffice } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useCan } from '../auth/api';
import { useAllUsers } from '../users/api';
import { auditActions, auditExportUrl, auditPageSize, useAuditEvents, type AuditEvent } from './api';

const route = getRouteApi('/staff/audit');

const outcomeColor: Record<AuditEvent['outcome'], string> = { success: 'green', failure: 'orange', denied: 'red' };

function useActionLabel() {
  const { t } = useTranslation();
  return (action: string) => t(`audit.actions.${action.replace('.', '_')}`, { defaultValue: action });
}

function Resource({ event, userName }: { event: AuditEvent; userName: (id: string) => string | undefined }) {
  const { t } = useTranslation();
  const can = useCan();
  if (!event.resourceType)
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  const type = t(`audit.resources.${event.resourceType}`, { defaultValue: event.resourceType });
  return (
    <div>
      <Text size="sm">{type}</Text>
      {event.resourceId ? (
        event.resourceType === 'user' && can('users:read') ? (
          <AnchorLink
            to="/pengguna/$id"
            params={{ id: event.resourceId }}
            size="xs"
            ff={(userName(event.resourceId) ?? event.resourceLabel) ? undefined : 'monospace'}
          >
            {userName(event.resourceId) ?? event.resourceLabel ?? event.resourceId.slice(0, 8)}
          </AnchorLink>
        ) : event.resourceType === 'person' && can('persons:read') ? (
          // The person's name (the API joins it), never their NIK; the short id only for a record gone.
          <AnchorLink to="/orang/$id" params={{ id: event.resourceId }} size="xs" ff={event.resourceLabel ? undefined : 'monospace'}>
            {event.resourceLabel ?? event.resourceId.slice(0, 8)}
          </AnchorLink>
        ) : event.resourceLabel ? (
          <Text size="xs">{event.resourceLabel}</Text>
        ) : (
          <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {event.resourceId.length > 40 ? event.resourceId : event.resourceId.length === 36 ? event.resourceId.slice(0, 8) : event.resourceId}
          </Text>
        )
      ) : null}
    </div>
  );
}

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** What the event carries: changed fields side by side when it has before and after, and the raw record. */
function Details({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const d = event.details ?? {};
  const before = d.before && typeof d.before === 'object' ? (d.before as Record<string, unknown>) : null;
  const after = d.after && typeof d.after === 'object' ? (d.after as Record<string, unknown>) : null;
  const changed =
    before && after
      ? [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'updatedAt' && k !== 'version' && show(before[k]) !== show(after[k]))
      : [];
  return (
    <Stack gap="sm" py="xs">
      <Group gap="xl" wrap="wrap">
        <Text size="xs">
          <Text span c="dimmed" size="xs">
            {t('audit.fields.requestId')}:{' '}
          </Text>
          <Text span ff="monospace" size="xs">
            {event.requestId ?? '—'}
          </Text>
        </Text>
        <Text size="xs">
          <Text span c="dimmed" size="xs">
            {t('audit.fields.eventId')}:{' '}
          </Text>
          <Text span ff="monospace" size="xs">
            {event.id}
          </Text>
        </Text>
        {event.resourceId ? (
          <Text size="xs">
            <Text span c="dimmed" size="xs">
              {t('audit.fields.resourceId')}:{' '}
            </Text>
            <Text span ff="monospace" size="xs">
              {event.resourceId}
            </Text>
          </Text>
        ) : null}
      </Group>
      {changed.length > 0 ? (
        <Table withTableBorder verticalSpacing={4} horizontalSpacing="sm" fz="xs" maw={720} bg="white">
          <caption className="visually-hidden-caption">{t('audit.changesCaption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.fields.field')}</Table.Th>
              <Table.Th scope="col">{t('audit.fields.before')}</Table.Th>
              <Table.Th scope="col">{t('audit.fields.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.map((k) => (
              <Table.Tr key={k}>
                <Table.Th scope="row" ff="monospace" fw={500}>
                  {k}
                </Table.Th>
                <Table.Td ff="monospace">{show(before?.[k])}</Table.Td>
                <Table.Td ff="monospace">{show(after?.[k])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {event.details ? (
        <Code block fz="xs" c="dark.8" style={{ maxHeight: 320, overflow: 'auto' }} tabIndex={0} aria-label={t('audit.fields.details')}>
          {JSON.stringify(event.details, null, 2)}
        </Code>
      ) : (
        <Text size="xs" c="dimmed">
          {t('audit.noDetails')}
        </Text>
      )}
    </Stack>
  );
}

function Filters({ search }: { search: AuditSearch }) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const can = useCan();
  const actionLabel = useActionLabel();
  const users = useAllUsers(can('users:read'));
  const set = (patch: Partial<AuditSearch>) => void navigate({ search: (s) => ({ ...s, ...patch, page: undefined }) });
  const [period, setPeriod] = useState<[string | null, string | null]>([search.from ?? null, search.to ?? null]);
  // Follow the address bar when it changes from elsewhere (a link, back, "clear filters").
  useEffect(() => setPeriod([search.from ?? null, search.to ?? null]), [search.from, search.to]);
  const active = !!(search.action || search.outcome || search.actor || search.from || search.to || search.resourceType || search.resourceId);

  return (
    <Stack gap="sm" mb="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('audit.filters.action')}
          value={search.action ?? ''}
          onChange={(e) => set({ action: e.currentTarget.value || undefined })}
          data={[{ value: '', label: t('audit.filters.allActions') }, ...auditActions.map((a) => ({ value: a, label: actionLabel(a) }))]}
          w={{ base: '100%', xs: 230 }}
        />
        <NativeSelect
          label={t('audit.filters.outcome')}
          value={search.outcome ?? ''}
          onChange={(e) => set({ outcome: (e.currentTarget.value || undefined) as AuditSearch['outcome'] })}
          data={[{ value: '', label: t('audit.filters.allOutcomes') }, ...auditOutcomes.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))]}
          w={{ base: '100%', xs: 170 }}
        />
        {can('users:read') ? (
          <NativeSelect
            label={t('audit.filters.actor')}
            value={search.actor ?? ''}
            onChange={(e) => set({ actor: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('audit.filters.allActors') },
              ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
              // A user chosen by link (from their page) before the list has loaded.
              ...(search.actor && !users.data?.items.some((u) => u.id === search.actor) ? [{ value: search.actor, label: search.actor.slice(0, 8) }] : []),
            ]}
            w={{ base: '100%', xs: 250 }}
          />
        ) : null}
        <DatePickerInput
          type="range"
          allowSingleDateInRange
          label={t('audit.filters.period')}
          placeholder={t('audit.filters.periodPlaceholder')}
          value={period}
          onChange={(value) => {
            setPeriod(value);
            // The address changes once the range is whole (or cleared), not at its first click.
            if ((value[0] && value[1]) || (!value[0] && !value[1])) set({ from: value[0] ?? undefined, to: value[1] ?? undefined });
          }}
          valueFormat="D MMM YYYY"
          maxDate={todayInOffice()}
          clearable
          clearButtonProps={{ 'aria-label': t('audit.filters.clearPeriod') }}
          leftSection={<IconCalendar size={18} aria-hidden />}
          w={{ base: '100%', xs: 270 }}
          hideOutsideDates
          popoverProps={{ attributes: { dropdown: { 'aria-label': t('audit.filters.period') } } }}
          nextLabel={t('audit.filters.nextMonth')}
          previousLabel={t('audit.filters.previousMonth')}
        />
        {active ? (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => void navigate({ search: {} })}>
            {t('audit.filters.reset')}
          </Button>
        ) : null}
      </Group>
      {search.resourceType || search.resourceId ? (
        <Text size="sm" c="dimmed">
          {t('audit.filters.resource', {
            type: search.resourceType ? t(`audit.resources.${search.resourceType}`, { defaultValue: search.resourceType }) : '—',
            id: search.resourceId ?? '—',
          })}
        </Text>
      ) : null}
    </Stack>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const events = useAuditEvents(search);
  const actionLabel = useActionLabel();
  const users = useAllUsers(can('users:read'));
  const userName = (id: string) => users.data?.items.find((u) => u.id === id)?.name;
  const [open, setOpen] = useState<Set<number>>(new Set());
  const page = search.page ?? 1;

  const toggle = (id: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          can('audit-events:export') ? (
            <Button component="a" href={auditExportUrl(search)} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
              {t('audit.export')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Filters search={search} />
        {events.isError && !events.data ? (
          <QueryError error={events.error} onRetry={() => void events.refetch()} />
        ) : !events.data ? (
          <TableSkeleton rows={8} />
        ) : (
          <>
            <DataTable
              caption={t('audit.caption')}
              minWidth={960}
              aria-busy={events.isFetching}
              style={{ opacity: events.isPlaceholderData ? 0.6 : 1 }}
              head={
                <>
                  <Table.Th scope="col" w={44}>
                    <span className="visually-hidden-caption">{t('audit.columns.expand')}</span>
                  </Table.Th>
                  <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.resource')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.ip')}</Table.Th>
                </>
              }
            >
              {events.data.items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text c="dimmed" ta="center" py="lg">
                      {t('audit.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                events.data.items.map((event) => {
                  const expanded = open.has(event.id);
                  const detailsId = `audit-details-${event.id}`;
                  return (
                    <Fragment key={event.id}>
                      <Table.Tr bg={expanded ? 'var(--mantine-color-balai-0)' : undefined}>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            onClick={() => toggle(event.id)}
                            aria-expanded={expanded}
                            aria-controls={expanded ? detailsId : undefined}
                            aria-label={t('audit.showDetails', { action: actionLabel(event.action), at: formatTimestamp(event.at, lang) })}
                          >
                            {expanded ? <IconChevronDown size={18} aria-hidden /> : <IconChevronRight size={18} aria-hidden />}
                          </ActionIcon>
                        </Table.Td>
                        <Table.Td fz="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                          {formatTimestamp(event.at, lang)}
                        </Table.Td>
                        <Table.Td fz="sm" style={{ overflowWrap: 'anywhere' }}>
                          {event.actorUserId && can('users:read') ? (
                            <Anchor
                              size="sm"
                              component="button"
                              type="button"
                              onClick={() => void navigate({ search: (s) => ({ ...s, actor: event.actorUserId ?? undefined, page: undefined }) })}
                              title={t('audit.filterByActor')}
                            >
                              {event.actorLabel}
                            </Anchor>
                          ) : (
                            (event.actorLabel ?? (
                              <Text span c="dimmed" size="sm">
                                {t('audit.system')}
                              </Text>
                            ))
                          )}
                        </Table.Td>
                        <Table.Td fz="sm" fw={500}>
                          {actionLabel(event.action)}
                        </Table.Td>
                        <Table.Td>
                          <SoftBadge color={outcomeColor[event.outcome]}>{t(`audit.outcomes.${event.outcome}`)}</SoftBadge>
                        </Table.Td>
                        <Table.Td>
                          <Resource event={event} userName={userName} />
                        </Table.Td>
                        <Table.Td ff="monospace" fz="xs">
                          {event.ip ?? '—'}
                        </Table.Td>
                      </Table.Tr>
                      {expanded ? (
                        <Table.Tr id={detailsId} bg="var(--mantine-color-gray-0)">
                          <Table.Td />
                          <Table.Td colSpan={6}>
                            <Details event={event} />
                          </Table.Td>
                        </Table.Tr>
                      ) : null}
                    </Fragment>
                  );
                })
              )}
            </DataTable>
            <ListPagination
              page={page}
              pageSize={auditPageSize}
              total={events.data.total}
              label={t('audit.title')}
              onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })}
            />
          </>
        )}
      </Paper>
    </>
  );
}

/** Log audit: who did what, when, from where; filterable and exportable. */
export function AuditPage() {
  return (
    <RequireScope scope="audit-events:read">
      <AuditLog />
    </RequireScope>
  );
}
