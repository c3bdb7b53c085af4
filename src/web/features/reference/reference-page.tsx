import { Paper, Tabs } from '@mantine/core';
import { IconBriefcase, IconFileCertificate, IconFlag, IconMessageReport } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceTabs, type ReferenceTab } from '../../app/search-params';
import { PageHeader } from '../../components/page-header';
import { ComplaintCategoriesTable, CountriesTable, DocumentTypesTable, SswFieldsTable } from './reference-tables';

const route = getRouteApi('/staff/referensi');

const tabs: Record<ReferenceTab, { icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>; panel: ComponentType }> = {
  negara: { icon: IconFlag, panel: CountriesTable },
  ssw: { icon: IconBriefcase, panel: SswFieldsTable },
  dokumen: { icon: IconFileCertificate, panel: DocumentTypesTable },
  pengaduan: { icon: IconMessageReport, panel: ComplaintCategoriesTable },
};

/** Data referensi: the versioned reference lists, one tab each; the tab is in the address. */
export function ReferencePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const active: ReferenceTab = search.tab ?? 'negara';

  return (
    <>
      <PageHeader
        title={t('reference.title')}
        documentTitle={`${t(`reference.tabs.${active}`)} · ${t('reference.title')}`}
        description={t('reference.description')}
      />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Tabs
          value={active}
          onChange={(value) => {
            if (value) void navigate({ search: { tab: value === 'negara' ? undefined : (value as ReferenceTab) }, replace: true });
          }}
          keepMounted={false}
        >
          <Tabs.List px={{ base: 'xs', sm: 'md' }} pt="xs">
            {referenceTabs.map((tab) => {
              const Icon = tabs[tab].icon;
              return (
                <Tabs.Tab key={tab} value={tab} leftSection={<Icon size={17} aria-hidden />} fw={active === tab ? 600 : 500}>
                  {t(`reference.tabs.${tab}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {referenceTabs.map((tab) => {
            const Panel = tabs[tab].panel;
            return (
              <Tabs.Panel key={tab} value={tab} p={{ base: 'md', sm: 'lg' }}>
                <Panel />
              </Tabs.Panel>
            );
          })}
        </Tabs>
      </Paper>
    </>
  );
}
