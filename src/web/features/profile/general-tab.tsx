import { Grid, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useHomeOffice } from '../../app/office';
import { SoftBadge } from '../../components/soft-badge';
import { languages, setLanguage, type Language } from '../../lib/i18n';
import { useLanguage } from '../../lib/use-language';
import { useMe, useUpdateLanguage } from '../auth/api';
import { roleColors, useRoleLabel } from '../auth/roles';
import { DetailField } from '../../components/detail-field';

/** Who the person is (as the office set it up) and the language they work in. */
export function GeneralTab() {
  const { t } = useTranslation();
  const me = useMe();
  const office = useHomeOffice();
  const roleLabel = useRoleLabel();
  const lang = useLanguage();
  const updateLanguage = useUpdateLanguage();
  const queryClient = useQueryClient();

  const choose = async (value: string) => {
    const next = value as Language;
    if (next === lang) return;
    await setLanguage(next);
    updateLanguage.mutate(next);
    await queryClient.invalidateQueries();
  };

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Title order={2} fz="lg" mb="md">
          {t('profile.general.account')}
        </Title>
        <Stack component="dl" gap="md" m={0}>
          <DetailField label={t('profile.general.name')}>{me.name}</DetailField>
          <DetailField label={t('profile.general.email')}>{me.email ?? '—'}</DetailField>
          <DetailField label={t('profile.general.role')}>
            {me.role === 'token' ? roleLabel(me.role) : <SoftBadge color={roleColors[me.role]}>{roleLabel(me.role)}</SoftBadge>}
          </DetailField>
          <DetailField label={t('profile.general.office')}>{office.data?.name ?? '—'}</DetailField>
        </Stack>
        <Text size="xs" c="dimmed" mt="md">
          {t('profile.general.managedBy')}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Title order={2} fz="lg" mb="md">
          {t('profile.general.preferences')}
        </Title>
        <Radio.Group value={lang} onChange={(v) => void choose(v)} label={t('profile.general.language')} description={t('profile.general.languageHint')}>
          <Stack gap="sm" mt="md">
            {languages.map((l) => (
              <Radio.Card key={l} value={l} radius="md" p="md" withBorder lang={l}>
                <Group gap="md" wrap="nowrap">
                  <Radio.Indicator />
                  <div>
                    <Text fw={600} size="sm">
                      {t(`language.names.${l}`, { lng: l })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`profile.general.languageNote.${l}`, { lng: l })}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
      </Grid.Col>
    </Grid>
  );
}
