import { Group, Paper, Select, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { AnchorLink } from '../../components/links';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { formatCalendarDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useEligibility, useSchemes, type Eligibility, type EligibilityRule } from '../schemes/api';

// Text colours meet WCAG AA on white (Mantine's yellow.9 does not: a dark amber instead).
const statusLook = {
  met: { color: 'teal', text: 'teal.9', Icon: IconCircleCheck },
  not_met: { color: 'red', text: 'red.9', Icon: IconCircleX },
  unknown: { color: 'yellow', text: '#7a4d00', Icon: IconHelpCircle },
} as const;
const outcomeColor = { eligible: 'teal', not_eligible: 'red', unknown: 'yellow' } as const;

function RuleStatus({ status }: { status: EligibilityRule['status'] }) {
  const { t } = useTranslation();
  const { color, text, Icon } = statusLook[status];
  return (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon variant="light" color={color} size="sm" radius="xl" aria-hidden>
        <Icon size={16} />
      </ThemeIcon>
      <Text size="sm" fw={600} c={text} style={{ whiteSpace: 'nowrap' }}>
        {t(`schemes.eligibility.status.${status}`)}
      </Text>
    </Group>
  );
}

function ResultCard({ result }: { result: Eligibility }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = `elig-${result.schemeCode}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Stack gap={2}>
          <Title order={3} fz="md" id={headingId}>
            <AnchorLink to="/skema/$code" params={{ code: result.schemeCode }}>
              {result.schemeName}
            </AnchorLink>
          </Title>
          <Text size="xs" c="dimmed">
            {t('schemes.eligibility.meta', { version: result.version, date: formatCalendarDate(result.referenceDate, lang) })}
          </Text>
        </Stack>
        <SoftBadge color={outcomeColor[result.outcome]} size="lg">
          {t(`schemes.eligibility.outcome.${result.outcome}`)}
        </SoftBadge>
      </Group>
      <DataTable
        caption={t('schemes.eligibility.caption', { scheme: result.schemeName })}
        minWidth={640}
        head={
          <>
            <Table.Th scope="col" w={170}>
              {t('schemes.eligibility.columns.status')}
            </Table.Th>
            <Table.Th scope="col">{t('schemes.eligibility.columns.reason')}</Table.Th>
            <Table.Th scope="col">{t('schemes.eligibility.columns.gap')}</Table.Th>
          </>
        }
      >
        {result.rules.map((r) => (
          <Table.Tr key={r.id} data-status={r.status}>
            <Table.Td>
              <RuleStatus status={r.status} />
            </Table.Td>
            <Table.Td>{r.reasonText}</Table.Td>
            <Table.Td>
              {r.gapText ? (
                <Text size="sm">
                  {r.gapText}
                  {r.gap && !r.gap.closable ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('schemes.eligibility.notClosable')})
                    </Text>
                  ) : null}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Paper>
  );
}

/** Kelayakan: the person against every active scheme (or one), rule by rule, with what would close each gap. */
export function EligibilityTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [scheme, setScheme] = useState<string | null>(null);
  const schemes = useSchemes({ page: 1, active: 'true' });
  const eligibility = useEligibility(personId, scheme);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 18rem' }}>
          <Title order={2} fz="lg">
            {t('schemes.eligibility.tab')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('schemes.eligibility.description')}
          </Text>
        </Stack>
        <Select
          label={t('schemes.eligibility.picker')}
          placeholder={t('schemes.eligibility.allSchemes')}
          data={(schemes.data?.items ?? []).map((s) => ({ value: s.code, label: s.name }))}
          value={scheme}
          onChange={setScheme}
          clearable
          searchable
          w={{ base: '100%', sm: 320 }}
        />
      </Group>
      {eligibility.isError && !eligibility.data ? (
        <QueryError error={eligibility.error} onRetry={() => void eligibility.refetch()} />
      ) : !eligibility.data ? (
        <TableSkeleton rows={4} />
      ) : (
        eligibility.data.items.map((r) => <ResultCard key={`${r.schemeCode}-${r.jobOrderId ?? ''}`} result={r} />)
      )}
    </Stack>
  );
}
