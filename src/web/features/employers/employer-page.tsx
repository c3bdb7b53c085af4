import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconEdit } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailField } from '../../components/detail-field';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useEmployer } from './api';
import { EmployerFormModal } from './employer-form';

const route = getRouteApi('/staff/pemberi-kerja/$id');

function Crumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} fz="sm">
      <AnchorLink to="/pemberi-kerja">{t('employers.title')}</AnchorLink>
      <Text span c="dimmed">
        /
      </Text>
      <Text span>{current}</Text>
    </Group>
  );
}

function EmployerView() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const employer = useEmployer(id);
  const [editing, setEditing] = useState(false);
  if (employer.isError) return <QueryError error={employer.error} onRetry={() => void employer.refetch()} />;
  if (!employer.data) return <PageHeader title={t('employers.title')} above={<Crumbs current={t('common.loading')} />} />;
  const e = employer.data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={e.name}
        above={<Crumbs current={e.name} />}
        description={`${t(`employers.kind.${e.kind}`)} · ${e.countryName ?? e.countryCode}`}
        actions={
          e.abilities.update ? (
            <Button variant="default" leftSection={<IconEdit size={18} aria-hidden />} onClick={() => setEditing(true)}>
              {t('employers.edit')}
            </Button>
          ) : null
        }
      />
      {e.flagged ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('employers.flaggedBanner')}>
          {e.flagNote}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0}>
          <DetailField label={t('employers.fields.kind')}>{t(`employers.kind.${e.kind}`)}</DetailField>
          <DetailField label={t('employers.fields.country')}>{e.countryName ?? e.countryCode}</DetailField>
          <DetailField label={t('employers.fields.city')}>{e.city ?? '—'}</DetailField>
          <DetailField label={t('employers.fields.sector')}>{e.sector ?? '—'}</DetailField>
          <DetailField label={t('employers.fields.address')}>{e.address ?? '—'}</DetailField>
          <DetailField label={t('employers.fields.contactName')}>{e.contactName ?? '—'}</DetailField>
          <DetailField label={t('employers.fields.contactEmail')}>{e.contactEmail ?? '—'}</DetailField>
          <DetailField label={t('employers.fields.contactPhone')}>{e.contactPhone ?? '—'}</DetailField>
        </SimpleGrid>
      </Paper>
      {editing ? <EmployerFormModal opened employer={e} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
}

/** One employer abroad: details, and the attaché's warning when it is flagged. */
export function EmployerPage() {
  return (
    <RequireScope scope="employers:read">
      <EmployerView />
    </RequireScope>
  );
}
