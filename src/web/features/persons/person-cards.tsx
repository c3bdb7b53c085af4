import { Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { personSorts, type PersonSort } from '../../app/search-params';
import { AnchorLink } from '../../components/links';
import type { PersonSummary } from './api';
import { StatusBadge } from './labels';
import { shortRegency } from './region-label';

/** The list on a phone: one card per person, and the sort as a select (there are no column headers). */
export function PersonCards({
  items,
  sort,
  onSort,
  searching,
}: {
  items: PersonSummary[];
  sort: string;
  onSort: (sort: PersonSort | undefined) => void;
  searching: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('persons.list.sortLabel')}
        value={sort}
        onChange={(e) => onSort((e.currentTarget.value || undefined) as PersonSort | undefined)}
        data={[
          ...(searching ? [{ value: '', label: t('persons.list.sorts.best') }] : []),
          ...personSorts.map((s) => ({ value: s, label: t(`persons.list.sorts.${s.replace('-', 'desc_')}`) })),
        ]}
      />
      <Stack gap="xs" component="ul" aria-label={t('persons.list.caption')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((p) => (
          <Paper key={p.id} component="li" withBorder radius="md" p="sm" pos="relative">
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              {/* The link covers the card (see .balai-card-link), so a tap anywhere opens the person. */}
              <AnchorLink to="/orang/$id" params={{ id: p.id }} fw={700} className="balai-card-link">
                {p.fullName}
              </AnchorLink>
              <span style={{ flex: 'none' }}>
                <StatusBadge status={p.status} />
              </span>
            </Group>
            <Text size="sm" c="dimmed" mt={2}>
              <Text span ff="monospace" size="sm">
                {p.nikMasked}
              </Text>{' '}
              · {t(`persons.sex.${p.sex}`)} · {t('persons.header.age', { age: p.age })}
            </Text>
            <Text size="sm" c="dimmed">
              {[
                p.originRegency ? shortRegency(p.originRegency.name) : null,
                p.destinationCountry ? t('persons.header.destination', { country: p.destinationCountry.name }) : null,
              ]
                .filter(Boolean)
                .join(' · ') || '—'}
            </Text>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
