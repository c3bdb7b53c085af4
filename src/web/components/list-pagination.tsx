import { Group, Pagination, Text, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';
import { useLanguage } from '../lib/use-language';

interface ListPaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** Names what is counted, for the range text and the pagination's label. */
  label: string;
  /** Space between the range text and the page buttons, also when they wrap onto two lines. */
  gap?: MantineSpacing;
}

/** "Menampilkan 1–25 dari 514" and page buttons with Indonesian labels for screen readers. */
export function ListPagination({ page, pageSize, total, onChange, label, gap = 'sm' }: ListPaginationProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  // An empty list says so itself; "0–0 of 0" would add nothing.
  if (total === 0) return null;
  return (
    <Group justify="space-between" gap={gap} mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.showing', { from: formatNumber(from, lang), to: formatNumber(to, lang), total: formatNumber(total, lang) })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={t('common.paginationOf', { label })}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onChange}
            size="sm"
            siblings={1}
            boundaries={1}
            getControlProps={(control) => ({ 'aria-label': t(`common.pageControl.${control}`) })}
            getItemProps={(p) => ({ 'aria-label': t('common.pageN', { page: p }) })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
