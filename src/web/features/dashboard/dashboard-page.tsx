import { Code, Grid, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconFileCertificate,
  IconFlag,
  IconHierarchy2,
  IconHome,
  IconMap,
  IconMapPin,
  IconMessageReport,
  IconBuildingEstate,
  IconBriefcase,
  IconUserPlus,
  IconPlaneDeparture,
  IconHomeHeart,
  IconAlertTriangle,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHomeOffice } from '../../app/office';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useCan, useMe } from '../auth/api';
import { useOverview, type Overview as OverviewData } from './api';
import { LazyBarChart } from './lazy-bar-chart';
import { StatCard } from './stat-card';

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} fz="lg" mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

function StatsSkeleton({ count, cols = 2 }: { count: number; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: cols }} spacing="md">
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} h={92} radius="md" />
      ))}
    </SimpleGrid>
  );
}

function RegionChart({ data }: { data: OverviewData }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = [
    { level: t('regions.levels.province'), count: data.regions.provinces },
    { level: t('regions.levels.regency'), count: data.regions.regencies },
    { level: t('regions.levels.district'), count: data.regions.districts },
    { level: t('regions.levels.village'), count: data.regions.villages },
  ];
  return (
    <Paper withBorder radius="md" p="md" h="100%">
      <Text fw={600} size="sm" id="region-chart-title">
        {t('dashboard.regionChart')}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {t('dashboard.regionChartNote')}
      </Text>
      <figure aria-labelledby="region-chart-title" style={{ margin: 0 }}>
        <LazyBarChart
          h={230}
          data={rows}
          dataKey="level"
          orientation="vertical"
          series={[{ name: 'count', label: t('dashboard.count'), color: 'balai.7' }]}
          valueFormatter={(v) => formatNumber(v, lang)}
          withBarValueLabel
          valueLabelProps={{ position: 'right', fill: 'var(--mantine-color-dark-7)', fontSize: 12 }}
          xAxisProps={{ scale: 'log', domain: [1, 300_000], allowDataOverflow: true, hide: true }}
          yAxisProps={{ width: 100, tick: { fill: 'var(--mantine-color-dark-6)', fontSize: 13 } }}
          gridAxis="none"
          withTooltip={false}
          barProps={{ radius: [0, 4, 4, 0] }}
          maxBarWidth={28}
          barChartProps={{ accessibilityLayer: false }}
          aria-hidden
        />
        <figcaption className="visually-hidden-caption">{rows.map((r) => `${r.level}: ${formatNumber(r.count, lang)}`).join('; ')}</figcaption>
      </figure>
    </Paper>
  );
}

function DatasetsTable({ data }: { data: OverviewData }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <DataTable
        caption={t('dashboard.datasetsCaption')}
        minWidth={620}
        striped
        highlightOnHover
        head={
          <>
            <Table.Th scope="col">{t('dashboard.dataset.name')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.dataset.version')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.dataset.rows')}
            </Table.Th>
            <Table.Th scope="col">{t('dashboard.dataset.loadedAt')}</Table.Th>
          </>
        }
      >
        {data.datasets.map((d) => (
          <Table.Tr key={d.name}>
            <Table.Th scope="row" fw={500}>
              {t(`dashboard.datasetNames.${d.name}`, { defaultValue: d.name })}
            </Table.Th>
            <Table.Td>
              <Code fz="xs" c="dark.7">
                {d.version}
              </Code>
            </Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatNumber(d.rowCount, lang)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(d.loadedAt, lang)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Paper>
  );
}

/** Beranda for roles without reports (partners): a greeting and where to go. */
function Welcome() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('dashboard.title')} description={t('dashboard.welcome', { name: me.name })} />
      <Paper withBorder radius="md" p="lg">
        <Text size="sm">{t('dashboard.welcomeBody')}</Text>
      </Paper>
    </>
  );
}

/** Beranda: what the office has and which reference data it runs on. */
export function DashboardPage() {
  const can = useCan();
  return can('reports:read') ? <Overview /> : <Welcome />;
}

/** The registry at a glance: people by stage of the migration cycle, and passports that need renewing. */
function RegistrySection({ data }: { data: OverviewData | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const n = (v: number) => formatNumber(v, lang);
  if (!data) {
    return (
      <Section title={t('dashboard.sections.registry')} id="sec-registry">
        <StatsSkeleton count={4} cols={4} />
      </Section>
    );
  }
  const r = data.registry;
  const total = r.cpmi + r.pmi + r.purna;
  return (
    <Section title={t('dashboard.sections.registry')} id="sec-registry">
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
        <StatCard
          to="/orang"
          search={{ status: 'cpmi' }}
          label={t('dashboard.stats.cpmi')}
          value={n(r.cpmi)}
          hint={total > 0 ? t('dashboard.stats.registryWomen', { share: Math.round((r.women / total) * 100) }) : undefined}
          icon={<IconUserPlus size={22} />}
        />
        <StatCard to="/orang" search={{ status: 'pmi' }} label={t('dashboard.stats.pmi')} value={n(r.pmi)} icon={<IconPlaneDeparture size={22} />} />
        <StatCard to="/orang" search={{ status: 'purna' }} label={t('dashboard.stats.purna')} value={n(r.purna)} icon={<IconHomeHeart size={22} />} />
        <StatCard
          to="/orang"
          search={{ passportExpiring: '6m' }}
          label={t('dashboard.stats.passportsExpiring')}
          value={n(r.passportsExpiring)}
          hint={t('dashboard.stats.passportsExpiringHint')}
          icon={<IconAlertTriangle size={22} />}
        />
      </SimpleGrid>
    </Section>
  );
}

function Overview() {
  const { t } = useTranslation();
  const can = useCan();
  const lang = useLanguage();
  const overview = useOverview();
  const office = useHomeOffice();
  const n = (v: number) => formatNumber(v, lang);
  const data = overview.data;

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={office.data ? t('dashboard.descriptionOffice', { office: office.data.name }) : t('dashboard.description')}
      />
      {overview.isError ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <Stack gap="xl">
          {can('persons:read') ? <RegistrySection data={data} /> : null}
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Section title={t('dashboard.sections.organisation')} id="sec-organisation">
                {data ? (
                  <SimpleGrid cols={{ base: 1, xs: 2, lg: 1 }} spacing="md">
                    <StatCard to="/kantor" label={t('dashboard.stats.offices')} value={n(data.offices)} icon={<IconBuildingCommunity size={22} />} />
                    <StatCard to="/kantor" label={t('dashboard.stats.divisions')} value={n(data.divisions)} icon={<IconHierarchy2 size={22} />} />
                  </SimpleGrid>
                ) : (
                  <StatsSkeleton count={2} cols={1} />
                )}
              </Section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Section title={t('dashboard.sections.reference')} id="sec-reference">
                {data ? (
                  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                    <StatCard
                      to="/referensi"
                      search={{ tab: 'negara' }}
                      label={t('dashboard.stats.countries')}
                      value={n(data.countries)}
                      icon={<IconFlag size={22} />}
                    />
                    <StatCard
                      to="/referensi"
                      search={{ tab: 'ssw' }}
                      label={t('dashboard.stats.sswFields')}
                      value={n(data.sswFields.active)}
                      hint={data.sswFields.upcoming > 0 ? t('dashboard.stats.sswUpcoming', { count: data.sswFields.upcoming }) : undefined}
                      icon={<IconBriefcase size={22} />}
                    />
                    <StatCard
                      to="/referensi"
                      search={{ tab: 'dokumen' }}
                      label={t('dashboard.stats.documentTypes')}
                      value={n(data.documentTypes)}
                      icon={<IconFileCertificate size={22} />}
                    />
                    <StatCard
                      to="/referensi"
                      search={{ tab: 'pengaduan' }}
                      label={t('dashboard.stats.complaintCategories')}
                      value={n(data.complaintCategories)}
                      icon={<IconMessageReport size={22} />}
                    />
                  </SimpleGrid>
                ) : (
                  <StatsSkeleton count={4} cols={2} />
                )}
              </Section>
            </Grid.Col>
          </Grid>

          <Section title={t('dashboard.sections.regions')} id="sec-regions">
            {data ? (
              <Grid gap="md">
                <Grid.Col span={{ base: 12, lg: 7 }}>
                  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                    <StatCard
                      to="/wilayah"
                      search={{ level: 'province' }}
                      label={t('dashboard.stats.provinces')}
                      value={n(data.regions.provinces)}
                      icon={<IconMap size={22} />}
                    />
                    <StatCard
                      to="/wilayah"
                      search={{ level: 'regency' }}
                      label={t('dashboard.stats.regencies')}
                      value={n(data.regions.regencies)}
                      icon={<IconBuildingEstate size={22} />}
                    />
                    <StatCard
                      to="/wilayah"
                      search={{ level: 'district' }}
                      label={t('dashboard.stats.districts')}
                      value={n(data.regions.districts)}
                      icon={<IconMapPin size={22} />}
                    />
                    <StatCard
                      to="/wilayah"
                      search={{ level: 'village' }}
                      label={t('dashboard.stats.villages')}
                      value={n(data.regions.villages)}
                      icon={<IconHome size={22} />}
                    />
                  </SimpleGrid>
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 5 }}>
                  <RegionChart data={data} />
                </Grid.Col>
              </Grid>
            ) : (
              <StatsSkeleton count={4} />
            )}
          </Section>

          <Section title={t('dashboard.sections.datasets')} id="sec-datasets">
            <Text size="sm" c="dimmed" mb="sm" mt={-4}>
              {t('dashboard.datasetsNote')}
            </Text>
            {data ? <DatasetsTable data={data} /> : <Skeleton h={220} radius="md" />}
          </Section>
        </Stack>
      )}
    </>
  );
}
