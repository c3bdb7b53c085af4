import { Anchor, AppShell, Box, Burger, Group, NavLink, ScrollArea, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import {
  IconBook2,
  IconBriefcase,
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconCopy,
  IconDatabase,
  IconExternalLink,
  IconHome2,
  IconId,
  IconKey,
  IconListCheck,
  IconListDetails,
  IconMap2,
  IconUsers,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useMatchRoute, useNavigate, useRouterState } from '@tanstack/react-router';
import { Fragment, useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { leaveForSignIn, meQuery, useMe } from '../features/auth/api';
import { UserMenu } from '../features/auth/user-menu';
import { isSessionProblem } from '../lib/api';
import { LanguageSwitch } from './language-switch';
import { useHomeOffice, useVersion } from './office';
import { requestTitleFocus, takeTitleFocus } from '../lib/focus-title';

type NavTarget =
  '/' | '/kantor' | '/wilayah' | '/referensi' | '/pengguna' | '/token' | '/audit' | '/orang' | '/orang/ganda' | '/skema' | '/p3mi' | '/pemberi-kerja';
interface NavItem {
  to: NavTarget;
  labelKey: string;
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  exact?: boolean;
  /** Shown only to callers granted this scope (the API would refuse the rest). */
  scope?: string;
}
const navSections: { headingKey: string; items: NavItem[] }[] = [
  {
    headingKey: 'nav.heading',
    items: [
      { to: '/', labelKey: 'nav.dashboard', icon: IconHome2, exact: true },
      { to: '/kantor', labelKey: 'nav.offices', icon: IconBuildingCommunity, scope: 'offices:read' },
      { to: '/wilayah', labelKey: 'nav.regions', icon: IconMap2 },
      { to: '/referensi', labelKey: 'nav.reference', icon: IconDatabase },
    ],
  },
  {
    headingKey: 'nav.registry',
    items: [
      { to: '/orang', labelKey: 'nav.persons', icon: IconId, scope: 'persons:read' },
      { to: '/orang/ganda', labelKey: 'nav.duplicates', icon: IconCopy, scope: 'persons:merge' },
    ],
  },
  {
    headingKey: 'agencies.navHeading',
    items: [
      { to: '/skema', labelKey: 'schemes.nav', icon: IconListCheck, scope: 'schemes:read' },
      { to: '/p3mi', labelKey: 'agencies.nav', icon: IconBriefcase, scope: 'agencies:read' },
      { to: '/pemberi-kerja', labelKey: 'employers.nav', icon: IconBuildingFactory2, scope: 'employers:read' },
    ],
  },
  {
    headingKey: 'nav.admin',
    items: [
      { to: '/pengguna', labelKey: 'nav.users', icon: IconUsers, scope: 'users:read' },
      { to: '/token', labelKey: 'nav.tokens', icon: IconKey, scope: 'api-tokens:read' },
      { to: '/audit', labelKey: 'nav.audit', icon: IconListDetails, scope: 'audit-events:read' },
    ],
  },
];

/** Below this width (992px, Mantine "md") the navbar folds away behind the burger: tablets and phones. */
const navBreakpoint = 'md';

function Brand() {
  const { t } = useTranslation();
  const office = useHomeOffice();
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      <UnstyledButton component={Link} to="/" title={t('app.homeLink')} style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
        <Box aria-hidden w={34} h={34} bg="balai.9" c="white" fw={700} fz={19} style={{ borderRadius: 8, display: 'grid', placeItems: 'center', flex: 'none' }}>
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
  const me = useMe();
  // A person who must still enrol a second factor has no scopes yet: only the first section shows.
  const sections = navSections
    .map((section) => ({ ...section, items: section.items.filter((item) => !item.scope || me.scopes.includes(item.scope)) }))
    .filter((section) => section.items.length > 0);
  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="sm">
        {sections.map((section, i) => (
          <Fragment key={section.headingKey}>
            <Text
              component="p"
              size="xs"
              fw={700}
              tt="uppercase"
              c="dimmed"
              px="sm"
              pt={i === 0 ? 4 : 'lg'}
              pb={6}
              style={{ letterSpacing: '0.04em' }}
              id={`nav-${i}`}
            >
              {t(section.headingKey)}
            </Text>
            <Stack gap={2} role="list" aria-labelledby={`nav-${i}`}>
              {section.items.map(({ to, labelKey, icon: Icon, exact }) => {
                // "Data orang" (/orang) is not also lit on "Data ganda" (/orang/ganda), which has its own item.
                const deeper = section.items.some((other) => other.to !== to && other.to.startsWith(`${to}/`) && !!matchRoute({ to: other.to, fuzzy: true }));
                const active = !deeper && !!matchRoute({ to, fuzzy: !exact });
                return (
                  <div role="listitem" key={to}>
                    <NavLink
                      component={Link}
                      to={to}
                      label={t(labelKey)}
                      leftSection={<Icon size={20} stroke={1.7} aria-hidden />}
                      active={active}
                      // The router's own "active" would also light "Data orang" on "Data ganda": this menu decides.
                      activeOptions={{ exact: true }}
                      aria-current={active ? 'page' : undefined}
                      className="balai-nav-link"
                      onClick={onNavigate}
                      style={{ borderRadius: 'var(--mantine-radius-md)' }}
                    />
                  </div>
                );
              })}
            </Stack>
          </Fragment>
        ))}
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
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const meState = useQuery(meQuery);

  // Who is signed in is asked again from time to time; if the server ended the session, sign in anew.
  useEffect(() => {
    const error = meState.error;
    if (!isSessionProblem(error) || error.statusCode !== 401) return;
    void leaveForSignIn(queryClient, () => navigate({ to: '/masuk', search: { expired: error.code === 'session_expired' ? 1 : undefined } }));
  }, [meState.error, navigate, queryClient]);

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
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <UserMenu />
            </Group>
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
