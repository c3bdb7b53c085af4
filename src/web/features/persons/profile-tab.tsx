import { Anchor, Grid, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { DetailField } from '../../components/detail-field';
import { formatCalendarDate, formatDateTimeShort } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import type { Person } from './api';
import { formatPhone, StatusBadge, WarningLine } from './labels';
import { PhotoCard } from './photo-card';
import { addressChainLabel, shortRegency } from './region-label';
import { RevealIdentifier } from './reveal';

function Section({ id, title, children, aside }: { id: string; title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Group justify="space-between" mb="sm" gap="sm">
        <Title order={2} fz="md" id={id}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </section>
  );
}

const dash = (
  <Text span c="dimmed" size="sm">
    —
  </Text>
);

/** Profil: who the person is, where they live, how to reach them, their status and its history. */
export function ProfileTab({ person: p }: { person: Person; onConflict: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const nikRegion = [
    p.nikRegion.district ? t('persons.nik.districtShort', { name: p.nikRegion.district.name }) : null,
    p.nikRegion.regency ? shortRegency(p.nikRegion.regency.name) : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="xl">
          <Section id="profile-identity" title={t('persons.form.identity')}>
            <SimpleGrid component="dl" m={0} cols={{ base: 1, xs: 2 }} spacing="lg" verticalSpacing="md">
              <DetailField label={t('persons.fields.nik')}>
                <RevealIdentifier person={p} field="nik" masked={p.nikMasked} />
              </DetailField>
              <DetailField label={t('persons.profile.nikRegion')}>{nikRegion || t('persons.nik.regionUnknown')}</DetailField>
              <DetailField label={t('persons.fields.fullName')}>{p.fullName}</DetailField>
              <DetailField label={t('persons.fields.sex')}>{t(`persons.sex.${p.sex}`)}</DetailField>
              <DetailField label={t('persons.profile.birth')}>
                {[p.birthPlace, formatCalendarDate(p.birthDate, lang)].filter(Boolean).join(', ')} · {t('persons.header.age', { age: p.age })}
              </DetailField>
              <DetailField label={t('persons.profile.passport')}>
                <RevealIdentifier person={p} field="passport" masked={p.passportMasked} />
              </DetailField>
            </SimpleGrid>
            {p.nikWarnings.length ? (
              <Stack gap={4} mt="md">
                {p.nikWarnings.map((w) => (
                  <WarningLine key={w.code}>{w.message}</WarningLine>
                ))}
              </Stack>
            ) : null}
          </Section>

          <Section id="profile-contact" title={t('persons.form.addressContact')}>
            <SimpleGrid component="dl" m={0} cols={{ base: 1, xs: 2 }} spacing="lg" verticalSpacing="md">
              <DetailField label={t('persons.fields.addressLine')}>{p.addressLine ?? dash}</DetailField>
              <DetailField label={t('persons.fields.addressRegion')}>{p.addressRegion.length ? addressChainLabel(p.addressRegion) : dash}</DetailField>
              <DetailField label={t('persons.fields.phone')}>
                {p.phone ? (
                  <Anchor href={`tel:+${p.phone}`} size="sm">
                    {formatPhone(p.phone)}
                  </Anchor>
                ) : (
                  dash
                )}
              </DetailField>
              <DetailField label={t('persons.fields.whatsapp')}>
                {p.whatsapp ? (
                  <Anchor href={`https://wa.me/${p.whatsapp}`} target="_blank" rel="noreferrer" size="sm">
                    {formatPhone(p.whatsapp)}
                  </Anchor>
                ) : (
                  dash
                )}
              </DetailField>
              <DetailField label={t('persons.fields.email')}>{p.email ?? dash}</DetailField>
              <DetailField label={t('persons.profile.origin')}>{p.originRegency ? shortRegency(p.originRegency.name) : dash}</DetailField>
            </SimpleGrid>
          </Section>

          <Section id="profile-other" title={t('persons.form.other')}>
            <SimpleGrid component="dl" m={0} cols={{ base: 1, xs: 2 }} spacing="lg" verticalSpacing="md">
              <DetailField label={t('persons.fields.education')}>{p.education ? t(`persons.education.${p.education}`) : dash}</DetailField>
              <DetailField label={t('persons.fields.maritalStatus')}>{p.maritalStatus ? t(`persons.marital.${p.maritalStatus}`) : dash}</DetailField>
              <DetailField label={t('persons.fields.destinationCountry')}>{p.destinationCountry?.name ?? dash}</DetailField>
              {p.abilities.readHealth ? <DetailField label={t('persons.fields.healthNotes')}>{p.healthNotes ?? dash}</DetailField> : null}
              <DetailField label={t('persons.profile.registered')}>{formatDateTimeShort(p.createdAt, lang)}</DetailField>
              <DetailField label={t('persons.profile.updated')}>{formatDateTimeShort(p.updatedAt, lang)}</DetailField>
            </SimpleGrid>
          </Section>

          {p.mergedFrom.length ? (
            <Section id="profile-merged" title={t('persons.profile.mergedFrom')}>
              <Stack gap={4} component="ul" m={0} pl="md">
                {p.mergedFrom.map((m) => (
                  <li key={m.id}>
                    <AnchorLink to="/orang/$id" params={{ id: m.id }} search={{}} size="sm">
                      {m.fullName}
                    </AnchorLink>{' '}
                    <Text span size="xs" ff="monospace" c="dimmed">
                      {m.nikMasked}
                    </Text>
                  </li>
                ))}
              </Stack>
            </Section>
          ) : null}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="lg">
          <PhotoCard person={p} />
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="profile-status">
            <Group justify="space-between" mb="sm">
              <Title order={2} fz="md" id="profile-status">
                {t('persons.profile.status')}
              </Title>
              <StatusBadge status={p.status} />
            </Group>
            <Text size="sm" c="dimmed" mb="md">
              {t('persons.profile.statusSince', { status: t(`persons.status.long.${p.status}`), date: formatCalendarDate(p.statusSince, lang) })}
            </Text>
            <StatusHistory person={p} />
          </Paper>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function StatusHistory({ person }: { person: Person }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const history = [...person.statusHistory].reverse();
  if (history.length <= 1 && history[0]?.fromStatus === null) {
    return (
      <Text size="xs" c="dimmed">
        {t('persons.profile.historyOnlyStart', { date: formatCalendarDate(history[0]!.effectiveOn, lang), by: history[0]!.changedBy ?? '—' })}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} active={0} aria-label={t('persons.profile.history')}>
      {history.map((h, i) => (
        <Timeline.Item
          key={`${h.changedAt}-${i}`}
          title={
            <Group gap={6} component="span">
              {h.fromStatus ? (
                <>
                  <StatusBadge status={h.fromStatus} size="sm" />
                  <IconArrowRight size={12} aria-hidden />
                  <VisuallyHidden>{t('persons.profile.to')}</VisuallyHidden>
                </>
              ) : null}
              <StatusBadge status={h.toStatus} size="sm" />
            </Group>
          }
        >
          <Text size="xs" c="dimmed">
            {t('persons.profile.historyLine', { date: formatCalendarDate(h.effectiveOn, lang), by: h.changedBy ?? '—' })}
          </Text>
          {h.note ? <Text size="xs">{h.note}</Text> : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
