import { Button, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/api';
import { takeTitleFocus } from '../lib/focus-title';
import { useDocumentTitle } from '../lib/use-document-title';

function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => takeTitleFocus(heading.current), []);
  return (
    <Center py={{ base: 'xl', sm: 80 }}>
      <Paper withBorder radius="lg" p={{ base: 'lg', sm: 40 }} maw={560} w="100%">
        <Stack align="center" gap="md" ta="center">
          <ThemeIcon size={64} radius="xl" variant="light" color="orange" aria-hidden>
            <IconLock size={34} stroke={1.6} />
          </ThemeIcon>
          <Title order={1} fz={26} tabIndex={-1} data-page-title ref={heading}>
            {t('forbidden.title')}
          </Title>
          <Text c="dimmed">{t('forbidden.body')}</Text>
          <Button component={Link} to="/" mt="xs">
            {t('notFound.home')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}

/** Shows its screen only to callers granted `scope`; others get a plain "no access" page. */
export function RequireScope({ scope, children }: { scope: string; children: ReactNode }) {
  const me = useMe();
  return me.scopes.includes(scope) ? <>{children}</> : <ForbiddenPage />;
}
