import { Button, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { takeTitleFocus } from '../lib/focus-title';
import { useDocumentTitle } from '../lib/use-document-title';

/** Any address under /app that is not a screen. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => takeTitleFocus(heading.current), []);
  return (
    <Center py={{ base: 'xl', sm: 80 }}>
      <Paper withBorder radius="lg" p={{ base: 'lg', sm: 40 }} maw={560} w="100%">
        <Stack align="center" gap="md" ta="center">
          <ThemeIcon size={64} radius="xl" variant="light" aria-hidden>
            <IconMapSearch size={34} stroke={1.6} />
          </ThemeIcon>
          <Text fw={700} c="balai.8" fz="sm" tt="uppercase" style={{ letterSpacing: '0.06em' }}>
            {t('notFound.code')}
          </Text>
          <Title order={1} fz={26} tabIndex={-1} data-page-title ref={heading}>
            {t('notFound.title')}
          </Title>
          <Text c="dimmed">{t('notFound.body')}</Text>
          <Button component={Link} to="/" mt="xs">
            {t('notFound.home')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
