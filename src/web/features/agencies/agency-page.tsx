import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconEdit, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { DetailField } from '../../components/detail-field';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatCalendarDate, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useAgency, usePermits, type AgencyDetail, type Permit } from './api';
import { AgencyFormModal } from './agency-form';
import { AgencyStatusBadge, LicenceBadge } from './badges';
import { PermitFormModal } from './permit-form';

const route = getRouteApi('/staff/p3mi/$id');

function Crumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} fz="sm">
      <AnchorLink to="/p3mi">{t('agencies.title')}</AnchorLink>
      <Text span c="dimmed">
        /
      </Text>
      <Text span>{current}</Text>
    </Group>
  );
}

function Permits({ agency }: { agency: AgencyDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const permits = usePermits(agency.id);
  const [editing, setEditing] = useState<Permit | 'new' | null>(null);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t('agencies.permits.title')}
        </Title>
        {agency.abilities.update ? (
          <Button size="sm" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('agencies.permits.add')}
          </Button>
        ) : null}
      </Group>
      {permits.isError ? (
        <QueryError error={permits.error} onRetry={() => void permits.refetch()} />
      ) : !permits.data ? (
        <TableSkeleton rows={3} />
      ) : (
        <DataTable
          caption={t('agencies.permits.title')}
          minWidth={720}
          head={
            <>
              <Table.Th scope="col">{t('agencies.permits.number')}</Table.Th>
              <Table.Th scope="col">{t('agencies.permits.country')}</Table.Th>
              <Table.Th scope="col">{t('agencies.permits.validUntil')}</Table.Th>
              <Table.Th scope="col">{t('agencies.permits.usage')}</Table.Th>
              {agency.abilities.update ? <Table.Th scope="col">{t('agencies.permits.actions')}</Table.Th> : null}
            </>
          }
        >
          {permits.data.items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" ta="center" py="md">
                  {t('agencies.permits.none')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            permits.data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row" fw={500} fz="sm">
                  {p.number}
                </Table.Th>
                <Table.Td fz="sm">{p.countryName ?? '—'}</Table.Td>
                <Table.Td fz="sm">
                  <Group gap="xs" wrap="nowrap">
                    <span style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(p.validUntil, lang)}</span>
                    <LicenceBadge state={p.state} />
                  </Group>
                </Table.Td>
                <Table.Td miw={200}>
                  <Text size="xs" mb={4}>
                    {t('agencies.permits.usageText', {
                      used: formatNumber(p.used, lang),
                      quota: formatNumber(p.quota, lang),
                      remaining: formatNumber(p.remaining, lang),
                    })}
                  </Text>
                  <Progress
                    value={p.quota ? Math.min(100, (p.used / p.quota) * 100) : 0}
                    color={p.remaining === 0 ? 'red' : p.used / p.quota > 0.8 ? 'orange' : 'teal'}
                    aria-label={t('agencies.permits.usage')}
                  />
                </Table.Td>
                {agency.abilities.update ? (
                  <Table.Td>
                    <Button size="xs" variant="subtle" leftSection={<IconEdit size={14} aria-hidden />} onClick={() => setEditing(p)}>
                      {t('agencies.edit')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))
          )}
        </DataTable>
      )}
      {editing ? <PermitFormModal agencyId={agency.id} permit={editing === 'new' ? undefined : editing} opened onClose={() => setEditing(null)} /> : null}
    </Paper>
  );
}

function AgencyView() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { id } = route.useParams();
  const agency = useAgency(id);
  const [editing, setEditing] = useState(false);
  if (agency.isError) return <QueryError error={agency.error} onRetry={() => void agency.refetch()} />;
  if (!agency.data) return <PageHeader title={t('agencies.title')} above={<Crumbs current={t('common.loading')} />} />;
  const a = agency.data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={a.name}
        above={<Crumbs current={a.name} />}
        description={`${t('agencies.fields.licenceNumber')} ${a.licenceNumber}`}
        actions={
          a.abilities.update ? (
            <Button variant="default" leftSection={<IconEdit size={18} aria-hidden />} onClick={() => setEditing(true)}>
              {t('agencies.edit')}
            </Button>
          ) : null
        }
      />
      {a.status !== 'active' ? (
        <Alert color={a.status === 'revoked' ? 'red' : 'yellow'} icon={<IconAlertTriangle aria-hidden />} title={t(`agencies.statusBanner.${a.status}`)}>
          {a.statusReason}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Title order={2} size="h4" mb="md">
          {t('agencies.licence')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0}>
          <DetailField label={t('agencies.fields.licenceNumber')}>{a.licenceNumber}</DetailField>
          <DetailField label={t('agencies.fields.licenceIssuedOn')}>{a.licenceIssuedOn ? formatCalendarDate(a.licenceIssuedOn, lang) : '—'}</DetailField>
          <DetailField label={t('agencies.fields.licenceValidUntil')}>
            <Group gap="xs" component="span">
              {formatCalendarDate(a.licenceValidUntil, lang)} <LicenceBadge state={a.licenceState} />
            </Group>
          </DetailField>
          <DetailField label={t('agencies.fields.status')}>
            <AgencyStatusBadge status={a.status} />
          </DetailField>
          <DetailField label={t('agencies.fields.headAgency')}>
            {a.headAgency ? (
              <AnchorLink to="/p3mi/$id" params={{ id: a.headAgency.id }}>
                {a.headAgency.name}
              </AnchorLink>
            ) : (
              t('agencies.headOffice')
            )}
          </DetailField>
          <DetailField label={t('agencies.fields.regionCode')}>{a.regionName ?? a.regionCode ?? '—'}</DetailField>
          <DetailField label={t('agencies.fields.address')}>{a.address ?? '—'}</DetailField>
          <DetailField label={t('agencies.fields.phone')}>{a.phone ?? '—'}</DetailField>
          <DetailField label={t('agencies.fields.email')}>{a.email ?? '—'}</DetailField>
        </SimpleGrid>
        {a.branches.length > 0 ? (
          <>
            <Title order={3} size="h5" mt="lg" mb="xs">
              {t('agencies.branches')}
            </Title>
            <Stack gap={4} component="ul" m={0} pl="md">
              {a.branches.map((b) => (
                <li key={b.id}>
                  <AnchorLink to="/p3mi/$id" params={{ id: b.id }}>
                    {b.name}
                  </AnchorLink>{' '}
                  <Text span size="xs" c="dimmed">
                    {b.licenceNumber}
                  </Text>
                </li>
              ))}
            </Stack>
          </>
        ) : null}
      </Paper>
      <Permits agency={a} />
      {editing ? <AgencyFormModal opened agency={a} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
}

/** One P3MI: its licence, branches and SIP2MI permits with the quota used by job orders. */
export function AgencyPage() {
  return (
    <RequireScope scope="agencies:read">
      <AgencyView />
    </RequireScope>
  );
}
