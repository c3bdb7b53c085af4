import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useReferenceDatasets } from './api';

/** "Sumber: … · versi … · dimuat …" under a reference list: where the data comes from. */
export function DatasetNote({ name }: { name: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const datasets = useReferenceDatasets();
  const d = datasets.data?.items.find((x) => x.name === name);
  if (!d) return null;
  return (
    <Text size="xs" c="dimmed">
      {/* The server records its sources in English; the screen says them in its own language. */}
      {t('reference.datasetNote', {
        source: t(`reference.datasetSources.${d.name}`, { defaultValue: d.source }),
        version: d.version,
        loadedAt: formatDateTime(d.loadedAt, lang),
      })}
      {d.license ? ` · ${t('reference.license', { license: d.license })}` : ''}
    </Text>
  );
}
