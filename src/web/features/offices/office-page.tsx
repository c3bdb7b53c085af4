import { Anchor, Badge, Breadcrumbs, Button, Grid, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { AnchorLink } from '../../components/links';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { TableSkeleton } from '../../components/table-skeleton';
import { timeZoneLabel } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useOffice, useOfficeDivisions, useRegionName, type Office } from './api';
import { OfficeKindBadge } from './office-kind';
import { DetailField } from '../../components/detail-field';

const route = getRouteApi('/staff/kantor/$id');

function Crumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumbs')}>
      <Breadcrumbs separatorMargin={6} fz="sm">
        <AnchorLink to="/kantor" size="sm">
          {t('offices.title')}
        </AnchorLink>
        <Text size="sm" c="dimmed" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

function OfficeProfile({ office }: { office: Office }) {
  const { t } = useTranslation();
  const province = useRegionName(office.provinceCode);
  const dash = (
    <Text span c="dimmed" size="sm">
      {t('common.notRecorded')}
    </Text>
  );
  return (
    <Paper withBorder radius="md" p="lg" h="100%" component="section" aria-labelledby="office-profile">
      <Title order={2} fz="lg" id="office-profile" mb="md">
        {t('offices.profile')}
      </Title>
      <Stack component="dl" gap="md" m={0}>
        <DetailField label={t('offices.columns.code')}>
          <Text span ff="monospace" size="sm">
            {office.code}
          </Text>
        </DetailField>
        <DetailField label={t('offices.columns.kind')}>
          <OfficeKindBadge kind={office.kind} />
        </DetailField>
        <DetailField label={t('offices.fields.province')}>
          {office.provinceCode ? (
            <AnchorLink to="/wilayah" search={{ parent: office.provinceCode }} size="sm">
              {province.data?.name ?? office.provinceCode}
            </AnchorLink>
          ) : (
            dash
          )}
        </DetailField>
        <DetailField label={t('offices.columns.city')}>{office.city ?? dash}</DetailField>
        <DetailField label={t('offices.fields.address')}>{office.address ?? dash}</DetailField>
        <DetailField label={t('offices.fields.phone')}>
          {office.phone ? (
            <Anchor href={`tel:${office.phone}`} size="sm">
              {office.phone}
            </Anchor>
          ) : (
            dash
          )}
        </DetailField>
        <DetailField label={t('offices.fields.email')}>
          {office.email ? (
            <Anchor href={`mailto:${office.email}`} size="sm">
              {office.email}
            </Anchor>
          ) : (
            dash
          )}
        </DetailField>
        <DetailField label={t('offices.fields.timeZone')}>
          {timeZoneLabel(office.timeZone)} ({office.timeZone})
        </DetailField>
      </Stack>
    </Paper>
  );
}

function Divisions({ office }: { office: Office }) {
  const { t } = useTranslation();
  const divisions = useOfficeDivisions(office.id);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="office-divisions">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg" id="office-divisions">
          {t('offices.divisions')}
        </Title>
        {divisions.data ? (
          <Badge variant="light" size="lg" radius="sm" tt="none">
            {t('offices.divisionCount', { count: divisions.data.total })}
          </Badge>
        ) : null}
      </Group>
      {divisions.isError ? (
        <QueryError error={divisions.error} onRetry={() => void divisions.refetch()} />
      ) : !divisions.data ? (
        <TableSkeleton rows={3} />
      ) : divisions.data.items.length === 0 ? (
        <Text c="dimmed">{t('offices.noDivisions')}</Text>
      ) : (
        <DataTable
          caption={t('offices.divisionsCaption', { office: office.name })}
          minWidth={520}
          head={
            <>
              <Table.Th scope="col">{t('offices.divisionColumns.name')}</Table.Th>
              <Table.Th scope="col">{t('offices.divisionColumns.code')}</Table.Th>
              <Table.Th scope="col">{t('offices.divisionColumns.description')}</Table.Th>
            </>
          }
        >
          {divisions.data.items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row" fw={600}>
                {d.name}
              </Table.Th>
              <Table.Td ff="monospace" fz="sm">
                {d.code}
              </Table.Td>
              <Table.Td c={d.description ? undefined : 'dimmed'}>{d.description ?? t('common.notRecorded')}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Paper>
  );
}

function OfficeNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('offices.notFound.title'));
  return (
    <>
      <PageHeader title={t('offices.notFound.title')} above={<Crumbs current={t('offices.notFound.crumb')} />} description={t('offices.notFound.body')} />
      <Button component={Link} to="/kantor" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
        {t('offices.back')}
      </Button>
    </>
  );
}

/** One office: its profile and its divisions (bagian/seksi). */
export function OfficePage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const office = useOffice(id);

  if (office.isError) {
    if (office.error.isNotFound) return <OfficeNotFound />;
    return (
      <>
        <PageHeader title={t('offices.title')} above={<Crumbs current={t('common.loading')} />} />
        <QueryError error={office.error} onRetry={() => void office.refetch()} />
      </>
    );
  }
  if (!office.data) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton h={16} w={220} />
        <Skeleton h={32} w={360} />
        <Skeleton h={300} radius="md" />
      </Stack>
    );
  }
  const o = office.data;
  return (
    <>
      <PageHeader title={o.name} above={<Crumbs current={o.name} />} description={[t(`offices.kinds.${o.kind}`), o.city].filter(Boolean).join(' · ')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <OfficeProfile office={o} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Divisions office={o} />
        </Grid.Col>
      </Grid>
    </>
  );
}
