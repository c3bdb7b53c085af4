import { Alert, Button, Center, Group, Modal, Paper, Radio, SimpleGrid, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconGitMerge, IconUsersMinus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { ListPagination } from '../../components/list-pagination';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { SoftBadge } from '../../components/soft-badge';
import { TableSkeleton } from '../../components/table-skeleton';
import { ApiError, notifySuccess } from '../../lib/api';
import { formatCalendarDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { duplicatesPageSize, useDismissDuplicate, useDuplicates, useMergePersons, type LikelyDuplicate, type PersonSummary } from './api';
import { formatPhone, Masked, StatusBadge } from './labels';
import { shortRegency } from './region-label';

const route = getRouteApi('/staff/orang/ganda');

/** One record of a pair, its fields in the same order as the other's so they can be compared line by line. */
function Side({ person, label }: { person: PersonSummary; label: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows: [string, React.ReactNode][] = [
    [t('persons.columns.nik'), <Masked key="nik" value={person.nikMasked} />],
    [t('persons.fields.birthDate'), `${formatCalendarDate(person.birthDate, lang)} (${person.age})`],
    [t('persons.columns.origin'), person.originRegency ? shortRegency(person.originRegency.name) : '—'],
    [t('persons.columns.status'), <StatusBadge key="s" status={person.status} />],
    [t('persons.fields.phone'), person.phone ? formatPhone(person.phone) : '—'],
    [t('persons.columns.registered'), formatCalendarDate(person.createdAt.slice(0, 10), lang)],
  ];
  return (
    <Stack gap={6} p="md" style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
        {label}
      </Text>
      <AnchorLink to="/orang/$id" params={{ id: person.id }} fw={700} fz="lg" target="_blank">
        {person.fullName}
      </AnchorLink>
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 4 }}>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <Text component="dt" size="sm" c="dimmed">
              {k}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {v}
            </Text>
          </div>
        ))}
      </dl>
    </Stack>
  );
}

/** Gabungkan: choose the record to keep, say why, confirm. The other is kept too, marked merged, read-only. */
function MergeDialog({ pair, onClose }: { pair: LikelyDuplicate; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const merge = useMergePersons();
  // The older record is the usual one to keep: its history is the longer.
  const [keep, setKeep] = useState<'a' | 'b'>(pair.a.createdAt <= pair.b.createdAt ? 'a' : 'b');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const survivor = keep === 'a' ? pair.a : pair.b;
  const duplicate = keep === 'a' ? pair.b : pair.a;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 5) return setError(t('persons.duplicates.reasonShort'));
    merge.mutate(
      { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: survivor.version, duplicateVersion: duplicate.version, reason: reason.trim() },
      {
        onSuccess: () => {
          onClose();
          notifySuccess(t('persons.duplicates.merged'), t('persons.duplicates.mergedBody', { duplicate: duplicate.fullName, survivor: survivor.fullName }));
        },
        onError: (err) =>
          setError(
            err.code === 'version_conflict'
              ? t('persons.duplicates.conflict')
              : err instanceof ApiError
                ? (err.fields?.reason ?? err.message)
                : t('errors.client'),
          ),
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      radius="md"
      title={<Text fw={700}>{t('persons.duplicates.mergeTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Radio.Group
            label={t('persons.duplicates.keepLabel')}
            description={t('persons.duplicates.keepHint')}
            value={keep}
            onChange={(v) => setKeep(v as 'a' | 'b')}
          >
            <Stack gap="xs" mt="xs">
              {(['a', 'b'] as const).map((side) => (
                <Radio
                  key={side}
                  value={side}
                  label={`${pair[side].fullName} · ${pair[side].nikMasked}`}
                  description={t('persons.duplicates.registeredOn', { date: formatCalendarDate(pair[side].createdAt.slice(0, 10), lang) })}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Alert color="orange" variant="light">
            {t('persons.duplicates.mergeExplain', { duplicate: duplicate.fullName, survivor: survivor.fullName })}
          </Alert>
          <Textarea
            label={t('persons.duplicates.reason')}
            placeholder={t('persons.duplicates.reasonPlaceholder')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            maxLength={300}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={merge.isPending} leftSection={<IconGitMerge size={16} aria-hidden />}>
              {t('persons.duplicates.mergeConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function PairCard({ pair, index }: { pair: LikelyDuplicate; index: number }) {
  const { t } = useTranslation();
  const dismiss = useDismissDuplicate();
  const [merging, setMerging] = useState(false);
  const headingId = `pair-${index}`;
  return (
    <Paper withBorder radius="md" component="section" aria-labelledby={headingId}>
      <Group
        justify="space-between"
        px="md"
        py="sm"
        bg="var(--mantine-color-gray-0)"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md) var(--mantine-radius-md) 0 0' }}
        gap="sm"
      >
        <Group gap="xs">
          <Title order={2} fz="sm" id={headingId}>
            {t('persons.duplicates.pairTitle', { a: pair.a.fullName, b: pair.b.fullName })}
          </Title>
          <SoftBadge color={pair.score >= 0.85 ? 'red' : 'orange'}>{t('persons.duplicates.score', { score: Math.round(pair.score * 100) })}</SoftBadge>
          {pair.reasons.map((r) => (
            <SoftBadge key={r} color="gray" leftSection={<IconCheck size={12} aria-hidden />}>
              {t(`persons.duplicates.reasons.${r}`)}
            </SoftBadge>
          ))}
        </Group>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconUsersMinus size={16} aria-hidden />}
            loading={dismiss.isPending}
            onClick={() =>
              dismiss.mutate(
                { personA: pair.a.id, personB: pair.b.id },
                {
                  onSuccess: () =>
                    notifySuccess(t('persons.duplicates.dismissed'), t('persons.duplicates.dismissedBody', { a: pair.a.fullName, b: pair.b.fullName })),
                },
              )
            }
          >
            {t('persons.duplicates.dismiss')}
          </Button>
          <Button size="xs" leftSection={<IconGitMerge size={16} aria-hidden />} onClick={() => setMerging(true)}>
            {t('persons.duplicates.merge')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={0}>
        <Side person={pair.a} label={t('persons.duplicates.recordA')} />
        <div className="balai-pair-second">
          <Side person={pair.b} label={t('persons.duplicates.recordB')} />
        </div>
      </SimpleGrid>
      {merging ? <MergeDialog pair={pair} onClose={() => setMerging(false)} /> : null}
    </Paper>
  );
}

function DuplicatesReview() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const pairs = useDuplicates(page);
  return (
    <>
      <PageHeader
        title={t('persons.duplicates.title')}
        description={t('persons.duplicates.description')}
        above={<AnchorLink to="/orang" size="sm">{`← ${t('persons.title')}`}</AnchorLink>}
      />
      {pairs.isError && !pairs.data ? (
        <QueryError error={pairs.error} onRetry={() => void pairs.refetch()} />
      ) : !pairs.data ? (
        <TableSkeleton rows={4} />
      ) : pairs.data.items.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Center>
            <Stack align="center" gap="sm">
              <ThemeIcon size={56} radius="xl" variant="light" color="teal" aria-hidden>
                <IconCheck size={30} />
              </ThemeIcon>
              <Text fw={600}>{t('persons.duplicates.none')}</Text>
              <Text size="sm" c="dimmed">
                {t('persons.duplicates.noneHint')}
              </Text>
            </Stack>
          </Center>
        </Paper>
      ) : (
        <Stack gap="md" style={{ opacity: pairs.isPlaceholderData ? 0.6 : 1 }}>
          {pairs.data.items.map((pair, i) => (
            <PairCard key={`${pair.a.id}-${pair.b.id}`} pair={pair} index={i} />
          ))}
          <ListPagination
            page={page}
            pageSize={duplicatesPageSize}
            total={pairs.data.total}
            label={t('persons.duplicates.title')}
            onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })}
          />
        </Stack>
      )}
    </>
  );
}

/** Data ganda: pairs that look like one person, side by side, to merge or to mark as different people. */
export function DuplicatesPage() {
  return (
    <RequireScope scope="persons:merge">
      <DuplicatesReview />
    </RequireScope>
  );
}
