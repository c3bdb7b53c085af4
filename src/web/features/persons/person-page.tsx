import { Alert, Breadcrumbs, Button, Group, Paper, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconCertificate,
  IconChecklist,
  IconFileText,
  IconGitMerge,
  IconHistory,
  IconShieldCheck,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { personTabs, type PersonTab } from '../../app/search-params';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePerson, type Person } from './api';
import { ConsentsTab } from './consents-tab';
import { DocumentsTab } from './documents-tab';
import { FamilyTab } from './family-tab';
import { Masked, StatusBadge } from './labels';
import { PersonActions } from './person-actions';
import { ProfileTab } from './profile-tab';
import { QualificationsTab } from './qualifications-tab';
import { EligibilityTab } from './eligibility-tab';
import { shortRegency } from './region-label';
import { TimelineTab } from './timeline-tab';

const route = getRouteApi('/staff/orang/$id');

const tabIcons: Record<PersonTab, ComponentType<{ size?: number; 'aria-hidden'?: boolean }>> = {
  profil: IconUser,
  keluarga: IconUsers,
  dokumen: IconFileText,
  kualifikasi: IconCertificate,
  kelayakan: IconChecklist,
  riwayat: IconHistory,
  persetujuan: IconShieldCheck,
};

function Crumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumbs')}>
      <Breadcrumbs separatorMargin={6} fz="sm">
        <AnchorLink to="/orang" size="sm">
          {t('persons.title')}
        </AnchorLink>
        <Text size="sm" c="dimmed" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

function PersonNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('persons.notFound.title'));
  return (
    <>
      <PageHeader title={t('persons.notFound.title')} above={<Crumbs current={t('offices.notFound.crumb')} />} description={t('persons.notFound.body')} />
      <Button component={Link} to="/orang" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
        {t('persons.back')}
      </Button>
    </>
  );
}

/** What the record breaks without being refused (a CPMI under 18): said at the top, on every tab. */
function RecordWarnings({ person }: { person: Person }) {
  const { t } = useTranslation();
  if (!person.warnings?.length) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('persons.warnings.title')}
      mb="md"
      data-warning={person.warnings.map((w) => w.code).join(' ')}
    >
      <Stack gap={4}>
        {person.warnings.map((w) => (
          <Text key={w.code} size="sm">
            {w.message}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** A record folded into another: read-only, pointing to the one kept. */
function MergedBanner({ person }: { person: Person }) {
  const { t } = useTranslation();
  if (!person.mergedIntoId) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconGitMerge aria-hidden />} title={t('persons.merged.title')} mb="md">
      <Text size="sm">
        {t('persons.merged.body')}{' '}
        <AnchorLink to="/orang/$id" params={{ id: person.mergedIntoId }} search={{}} fw={600}>
          {t('persons.merged.open')}
        </AnchorLink>
      </Text>
    </Alert>
  );
}

function PersonDetail() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const person = usePerson(id);
  const [conflict, setConflict] = useState(false);
  const tab: PersonTab = search.tab ?? 'profil';
  const tabsList = useRef<HTMLDivElement>(null);
  const loaded = !!person.data;
  // On a phone the tabs are wider than the screen: keep the active one in view (opened from a link with
  // ?tab=persetujuan, or chosen with the arrow keys), centred when it can be.
  useEffect(() => {
    const list = tabsList.current;
    const active = list?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    if (!list || !active || list.scrollWidth <= list.clientWidth) return;
    const offset = active.getBoundingClientRect().left - list.getBoundingClientRect().left;
    list.scrollTo({ left: list.scrollLeft + offset - (list.clientWidth - active.offsetWidth) / 2, behavior: 'auto' });
  }, [tab, loaded]);

  if (person.isError && !person.data) {
    if (person.error.isNotFound) return <PersonNotFound />;
    return (
      <>
        <PageHeader title={t('persons.title')} above={<Crumbs current={t('common.loading')} />} />
        <QueryError error={person.error} onRetry={() => void person.refetch()} />
      </>
    );
  }
  if (!person.data) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton h={16} w={220} />
        <Skeleton h={32} w={360} />
        <Skeleton h={42} />
        <Skeleton h={320} radius="md" />
      </Stack>
    );
  }
  const p = person.data;

  return (
    <>
      <PageHeader
        title={p.fullName}
        above={<Crumbs current={p.fullName} />}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <StatusBadge status={p.status} />
            <Masked value={p.nikMasked} />
            <span>·</span>
            <span>{t('persons.header.age', { age: p.age })}</span>
            {p.originRegency ? (
              <>
                <span>·</span>
                <span>{shortRegency(p.originRegency.name)}</span>
              </>
            ) : null}
            {p.destinationCountry ? (
              <>
                <span>·</span>
                <span>{t('persons.header.destination', { country: p.destinationCountry.name })}</span>
              </>
            ) : null}
          </Group>
        }
        actions={<PersonActions person={p} onConflict={() => setConflict(true)} />}
      />
      <MergedBanner person={p} />
      <RecordWarnings person={p} />
      {conflict ? (
        <Alert color="orange" variant="light" title={t('persons.conflict.title')} role="alert" mb="md">
          <Text size="sm">{t('persons.conflict.body')}</Text>
          <Button
            size="xs"
            mt="sm"
            variant="default"
            onClick={() => {
              void person.refetch().then(() => setConflict(false));
            }}
          >
            {t('persons.conflict.reload')}
          </Button>
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({ search: { tab: value && value !== 'profil' ? (value as PersonTab) : undefined }, replace: true, resetScroll: false })
        }
        keepMounted={false}
        variant="outline"
      >
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Tabs.List ref={tabsList} className="balai-tabs-scroll" px="xs" pt="xs" bg="var(--mantine-color-gray-0)" aria-label={t('persons.tabs.label')}>
            {personTabs.map((key) => {
              const Icon = tabIcons[key];
              return (
                <Tabs.Tab key={key} value={key} leftSection={<Icon size={16} aria-hidden />} style={{ whiteSpace: 'nowrap' }}>
                  {key === 'kelayakan' ? t('schemes.eligibility.tab') : t(`persons.tabs.${key}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          <Stack p={{ base: 'md', sm: 'lg' }}>
            <Tabs.Panel value="profil">
              <ProfileTab person={p} onConflict={() => setConflict(true)} />
            </Tabs.Panel>
            <Tabs.Panel value="keluarga">
              <FamilyTab person={p} />
            </Tabs.Panel>
            <Tabs.Panel value="dokumen">
              <DocumentsTab person={p} />
            </Tabs.Panel>
            <Tabs.Panel value="kualifikasi">
              <QualificationsTab person={p} />
            </Tabs.Panel>
            <Tabs.Panel value="kelayakan">
              <EligibilityTab personId={p.id} />
            </Tabs.Panel>
            <Tabs.Panel value="riwayat">
              <TimelineTab person={p} />
            </Tabs.Panel>
            <Tabs.Panel value="persetujuan">
              <ConsentsTab person={p} />
            </Tabs.Panel>
          </Stack>
        </Paper>
      </Tabs>
    </>
  );
}

/** One person: profile, family, documents, qualifications, history and consents, one tab each. */
export function PersonPage() {
  return (
    <RequireScope scope="persons:read">
      <PersonDetail />
    </RequireScope>
  );
}
