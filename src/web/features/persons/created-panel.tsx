import { Alert, Button, Divider, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconCopy, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/links';
import { formatCalendarDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useCan } from '../auth/api';
import type { Person, PersonSummary } from './api';
import { Masked, StatusBadge } from './labels';
import { shortRegency } from './region-label';

/**
 * After saving: who was registered, "Daftarkan lagi" (focused, so Enter starts the next candidate) or
 * "Buka data", and the persons who look like the same person, to review before going on.
 */
export function CreatedPanel({
  person,
  likelyDuplicates,
  onAgain,
  recent,
}: {
  person: Person;
  likelyDuplicates: PersonSummary[];
  onAgain: () => void;
  recent: { id: string; fullName: string; nikMasked: string }[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const can = useCan();
  const again = useRef<HTMLButtonElement>(null);
  useEffect(() => again.current?.focus(), []);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={920}>
      <Stack gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="xl" color="teal" variant="light" aria-hidden>
            <IconCircleCheck size={28} />
          </ThemeIcon>
          <div role="status">
            <Title order={2} fz="lg">
              {t('persons.create.done', { name: person.fullName })}
            </Title>
            <Group gap="xs" mt={4}>
              <Masked value={person.nikMasked} />
              <StatusBadge status={person.status} />
              <Text size="sm" c="dimmed">
                {formatCalendarDate(person.birthDate, lang)}
              </Text>
            </Group>
          </div>
        </Group>
        {likelyDuplicates.length ? (
          <Alert color="orange" variant="light" icon={<IconCopy aria-hidden />} title={t('persons.create.duplicatesTitle', { count: likelyDuplicates.length })}>
            <Stack gap={6}>
              <Text size="sm">{t('persons.create.duplicatesBody')}</Text>
              <Stack gap={2} component="ul" m={0} pl="md">
                {likelyDuplicates.map((d) => (
                  <li key={d.id}>
                    <Text size="sm">
                      <AnchorLink to="/orang/$id" params={{ id: d.id }} fw={600}>
                        {d.fullName}
                      </AnchorLink>{' '}
                      · <Masked value={d.nikMasked} /> · {formatCalendarDate(d.birthDate, lang)}
                      {d.originRegency ? ` · ${shortRegency(d.originRegency.name)}` : ''}
                    </Text>
                  </li>
                ))}
              </Stack>
              {can('persons:merge') ? (
                <AnchorLink to="/orang/ganda" size="sm" fw={600}>
                  {t('persons.create.reviewDuplicates')} <IconArrowRight size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
                </AnchorLink>
              ) : (
                <Text size="sm">{t('persons.create.reportDuplicates')}</Text>
              )}
            </Stack>
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button ref={again} onClick={onAgain} leftSection={<IconUserPlus size={18} aria-hidden />}>
            {t('persons.create.again')}
          </Button>
          <ButtonLink to="/orang/$id" params={{ id: person.id }} variant="default">
            {t('persons.create.open')}
          </ButtonLink>
        </Group>
        {recent.length ? <RecentlyRegistered items={recent} /> : null}
      </Stack>
    </Paper>
  );
}

/** Those registered earlier in this session, to go back to one without searching. */
export function RecentlyRegistered({ items }: { items: { id: string; fullName: string; nikMasked: string }[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Divider my="md" />
      <Text size="sm" fw={600} mb={4} id="recent-heading">
        {t('persons.create.recent')}
      </Text>
      <Group gap="md" component="ul" aria-labelledby="recent-heading" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((p) => (
          <li key={p.id}>
            <AnchorLink to="/orang/$id" params={{ id: p.id }} size="sm">
              {p.fullName}
            </AnchorLink>{' '}
            {/* The NIK's last digits tell two namesakes apart, where the mask still shows them. */}
            {/\d{4}$/.test(p.nikMasked) ? (
              <Text span size="xs" c="dimmed" ff="monospace">
                {p.nikMasked.slice(-4)}
              </Text>
            ) : null}
          </li>
        ))}
      </Group>
    </div>
  );
}
