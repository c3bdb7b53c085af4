import { Alert, Badge, Breadcrumbs, Button, Group, List, Modal, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconEdit } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useRuleVersion, useScheme, type SchemeDetail } from './api';
import { RulesEditor } from './rules-editor';

const route = getRouteApi('/staff/skema/$code');

function Crumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumbs')}>
      <Breadcrumbs separatorMargin={6} fz="sm">
        <AnchorLink to="/skema" size="sm">
          {t('schemes.title')}
        </AnchorLink>
        <Text size="sm" c="dimmed" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

function RuleList({ rules, labelledBy }: { rules: { text: string; rule: { id: string } }[]; labelledBy: string }) {
  const { t } = useTranslation();
  if (rules.length === 0) return <Text c="dimmed">{t('schemes.noRules')}</Text>;
  return (
    <List spacing="xs" icon={<IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />} aria-labelledby={labelledBy}>
      {rules.map((r) => (
        <List.Item key={r.rule.id}>{r.text}</List.Item>
      ))}
    </List>
  );
}

/** One historic version of the rules, read from the API (decisions name the version they used). */
function VersionDialog({ code, ruleVersion, onClose }: { code: string; ruleVersion: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const version = useRuleVersion(code, ruleVersion);
  return (
    <Modal opened={ruleVersion !== null} onClose={onClose} title={t('schemes.versionTitle', { version: ruleVersion ?? '' })} size="lg">
      {version.isError ? (
        <QueryError error={version.error} onRetry={() => void version.refetch()} />
      ) : !version.data ? (
        <Skeleton h={120} />
      ) : (
        <Stack gap="sm">
          {version.data.note ? <Text size="sm">{version.data.note}</Text> : null}
          <Title order={3} fz="md" id="version-rules">
            {t('schemes.rulesHeading')}
          </Title>
          <RuleList rules={version.data.rules} labelledBy="version-rules" />
        </Stack>
      )}
    </Modal>
  );
}

function SchemeBody({ scheme }: { scheme: SchemeDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [editing, setEditing] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <PageHeader
        title={scheme.name}
        above={<Crumbs current={scheme.name} />}
        description={
          <Group gap="xs" component="span">
            <SoftBadge color={scheme.active ? 'teal' : 'gray'}>{scheme.active ? t('schemes.filter.active') : t('schemes.filter.inactive')}</SoftBadge>
            <span>{scheme.code}</span>
            <span>·</span>
            <span>{t('schemes.versionLabel', { version: scheme.ruleVersion })}</span>
          </Group>
        }
        actions={
          scheme.abilities.update && !editing ? (
            <Button leftSection={<IconEdit size={16} aria-hidden />} onClick={() => (setEditing(true), setSaved(false))}>
              {t('schemes.editRules')}
            </Button>
          ) : null
        }
      />
      {saved ? (
        <Alert color="teal" variant="light" role="status" mb="md" withCloseButton onClose={() => setSaved(false)}>
          {t('schemes.saved', { version: scheme.ruleVersion })}
        </Alert>
      ) : null}
      <Stack gap="md">
        {scheme.description ? <Text>{scheme.description}</Text> : null}
        {scheme.parentCode ? (
          <Text size="sm">
            {t('schemes.partOf')}{' '}
            <AnchorLink to="/skema/$code" params={{ code: scheme.parentCode }}>
              {scheme.parentCode}
            </AnchorLink>
          </Text>
        ) : null}
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          {editing ? (
            <RulesEditor
              scheme={scheme}
              onDone={() => {
                setEditing(false);
              }}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
              }}
            />
          ) : (
            <Stack gap="sm">
              <Title order={2} fz="lg" id="current-rules">
                {t('schemes.currentRules', { version: scheme.ruleVersion })}
              </Title>
              <RuleList rules={scheme.rules} labelledBy="current-rules" />
            </Stack>
          )}
        </Paper>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Title order={2} fz="lg" mb="sm">
            {t('schemes.countries')}
          </Title>
          {scheme.countries.length ? (
            <Group gap="xs">
              {scheme.countries.map((c) => (
                <Badge key={c.code} variant="outline" tt="none">
                  {c.name}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text c="dimmed">{t('schemes.anyCountry')}</Text>
          )}
        </Paper>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Title order={2} fz="lg" mb="sm">
            {t('schemes.history')}
          </Title>
          <DataTable
            caption={t('schemes.history')}
            minWidth={560}
            head={
              <>
                <Table.Th scope="col">{t('schemes.columns.ruleVersion')}</Table.Th>
                <Table.Th scope="col">{t('schemes.columns.note')}</Table.Th>
                <Table.Th scope="col">{t('schemes.columns.by')}</Table.Th>
                <Table.Th scope="col">{t('schemes.columns.at')}</Table.Th>
              </>
            }
          >
            {scheme.ruleVersions.map((v) => (
              <Table.Tr key={v.ruleVersion}>
                <Table.Th scope="row" fw={400}>
                  <Button variant="subtle" size="compact-sm" onClick={() => setViewing(v.ruleVersion)}>
                    {t('schemes.versionLabel', { version: v.ruleVersion })}
                  </Button>
                  {v.ruleVersion === scheme.ruleVersion ? <SoftBadge ml="xs">{t('schemes.current')}</SoftBadge> : null}
                </Table.Th>
                <Table.Td>{v.note ?? '—'}</Table.Td>
                <Table.Td>{v.createdBy?.name ?? t('schemes.catalogue')}</Table.Td>
                <Table.Td>{formatDateTime(v.createdAt, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </Paper>
      </Stack>
      <VersionDialog code={scheme.code} ruleVersion={viewing} onClose={() => setViewing(null)} />
    </>
  );
}

function SchemeDetailPage() {
  const { t } = useTranslation();
  const { code } = route.useParams();
  const scheme = useScheme(code);
  if (scheme.isError && !scheme.data) {
    if (scheme.error.isNotFound || scheme.error.statusCode === 400)
      return <PageHeader title={t('schemes.notFound')} above={<Crumbs current={code} />} description={t('schemes.notFoundBody')} />;
    return (
      <>
        <PageHeader title={t('schemes.title')} above={<Crumbs current={code} />} />
        <QueryError error={scheme.error} onRetry={() => void scheme.refetch()} />
      </>
    );
  }
  if (!scheme.data)
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton h={16} w={220} />
        <Skeleton h={32} w={360} />
        <Skeleton h={240} radius="md" />
      </Stack>
    );
  return <SchemeBody scheme={scheme.data} />;
}

/** One scheme: its rules as sentences, countries, the history of its rules and, for administrators, the editor. */
export function SchemePage() {
  return (
    <RequireScope scope="schemes:read">
      <SchemeDetailPage />
    </RequireScope>
  );
}
