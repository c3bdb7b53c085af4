import { Anchor, AppShell, Box, Burger, Group, NavLink, ScrollArea, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconBook2, IconBuildingCommunity, IconDatabase, IconExternalLink, IconHome2, IconMap2 } from '@tabler/icons-react';
import { Link, Outlet, useMatchRoute, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { useHomeOffice, useVersion } from './office';
import { requestTitleFocus, takeTitleFocus } from '../lib/focus-title';

type NavTarget = '/' | '/kantor' | '/wilayah' | '/referensi';
const navItems: { to: NavTarget; labelKey: string; icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>; exact?: boolean }[] = [
  { to: '/', labelKey: 'nav.dashboard', icon: IconHome2, exact: true },
  { to: '/kantor', labelKey: 'nav.offices', icon: IconBuildingCommunity },
  { to: '/wilayah', labelKey: 'nav.regions', icon: IconMap2 },
  { to: '/referensi', labelKey: 'nav.reference', icon: IconDatabase },
];

/** Below this width (992px, Mantine "md") the navbar folds away behind the burger: tablets and phones. */
const navBreakpoint = 'md';

function Brand() {
  const { t } = useTranslation();
  const office = useHomeOffice();
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      <UnstyledButton component={Link} to="/" title={t('app.homeLink')} style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
        <Box
          aria-hidden
          w={34}
          h={34}
          bg="balai.9"
          c="white"
          fw={700}
          fz={19}
          style={{ borderRadius: 8, display: 'grid', placeItems: 'center', flex: 'none' }}
        >
          B
        </Box>
        <Text fw={700} fz={20} c="balai.9" lh={1}>
          Balai
        </Text>
      </UnstyledButton>
      <Box w={1} h={28} bg="gray.3" visibleFrom="xs" aria-hidden style={{ flex: 'none' }} />
      <Box visibleFrom="xs" style={{ minWidth: 0 }}>
        {office.data ? (
          <Text fw={600} fz="sm" lh={1.2} truncate="end">
            {office.data.name}
          </Text>
        ) : office.isPending ? (
          <Skeleton h={14} w={180} />
        ) : null}
        <Text fz="xs" c="dimmed" lh={1.3} truncate="end">
          {t('app.tagline')}
        </Text>
      </Box>
    </Group>
  );
}

function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const matchRoute = useMatchRoute();
  const version = useVersion();
  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="sm">
        <Text component="p" size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt={4} pb={6} style={{ letterSpacing: '0.04em' }}>
          {t('nav.heading')}
        </Text>
        <Stack gap={2}>
          {navItems.map(({ to, labelKey, icon: Icon, exact }) => {
            const active = !!matchRoute({ to, fuzzy: !exact });
            return (
              <NavLink
                key={to}
                component={Link}
                to={to}
                label={t(labelKey)}
                leftSection={<Icon size={20} stroke={1.7} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                className="balai-nav-link"
                onClick={onNavigate}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            );
          })}
        </Stack>
      </AppShell.Section>
      <AppShell.Section p="md" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Anchor href="/api/docs" size="sm" c="dimmed" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <IconBook2 size={16} aria-hidden />
          {t('app.apiDocs')}
          <IconExternalLink size={14} aria-hidden />
        </Anchor>
        {version.data ? (
          <Text size="xs" c="dimmed" mt={6}>
            {t('app.version', { version: version.data.version })}
          </Text>
        ) : null}
      </AppShell.Section>
    </>
  );
}

/**
 * The frame of every screen: header (brand, office, language), main navigation and the content.
 * After a client-side navigation, focus moves to the new page's heading so screen readers announce it.
 */
export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isNarrow = useMediaQuery('(max-width: 61.99em)', false, { getInitialValueInEffect: false });
  // The resolved location changes once the new page is on screen (its code loaded), not when navigation starts.
  const pathname = useRouterState({ select: (s) => s.resolvedLocation?.pathname });
  const previous = useRef<string | undefined>(undefined);

  useEffect(() => {
    const from = previous.current;
    previous.current = pathname;
    // The first page of a visit is announced by the browser itself; only later navigations move focus.
    if (!from || !pathname || from === pathname) return;
    close();
    window.scrollTo({ top: 0 });
    requestTitleFocus();
    // The page may already be on screen (its code and data were loaded): focus its title now.
    takeTitleFocus(document.querySelector<HTMLElement>('main [data-page-title]'));
  }, [pathname, close]);

  const skipToContent = (event: React.MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const target = document.querySelector<HTMLElement>('main [data-page-title]') ?? document.getElementById('isi');
    target?.focus();
  };

  return (
    <>
      <a href="#isi" className="skip-link" onClick={skipToContent}>
        {t('app.skip')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 248, breakpoint: navBreakpoint, collapsed: { mobile: !opened } }}
        padding={{ base: 'md', sm: 'lg', lg: 'xl' }}
      >
        <AppShell.Header px={{ base: 'sm', sm: 'md' }}>
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom={navBreakpoint}
                size="sm"
                aria-label={opened ? t('nav.close') : t('nav.open')}
                aria-expanded={opened}
                aria-controls="balai-navbar"
              />
              <Brand />
            </Group>
            <LanguageSwitch />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          id="balai-navbar"
          aria-label={t('nav.label')}
          // Folded away on narrow screens: keep its links out of the tab order and the accessibility tree.
          inert={isNarrow && !opened}
        >
          <MainNav onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id="isi" tabIndex={-1} bg="var(--balai-page-bg)">
          <Box maw={1280} mx="auto">
            <Outlet />
          </Box>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
