import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  Outlet,
  parseSearchWith,
  redirect,
  stringifySearchWith,
} from '@tanstack/react-router';
import { RoutePending } from '../components/route-pending';
import { loadMe } from '../features/auth/guard';
import { NotFoundPage } from './not-found';
import { Shell } from './shell';
import { parseAgenciesSearch } from '../features/agencies/search';
import { parseEmployersSearch } from '../features/employers/search';
import { parseSchemesSearch } from '../features/schemes/search';
import {
  parseAuditSearch,
  parseOfficesSearch,
  parsePageOnlySearch,
  parsePersonSearch,
  parsePersonsSearch,
  parseProfileTab,
  parseReferenceSearch,
  parseRegionsSearch,
  parseSignInSearch,
  parseUsersSearch,
  type ProfileTab,
} from './search-params';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Routes in code (no generator): every screen's search parameters are parsed and typed here. */
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

/** Sign-in: outside the frame of the app, open to everyone. */
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: parseSignInSearch,
  // Someone already signed in goes on where they were headed.
  beforeLoad: async ({ context, search }) => {
    const signedIn = await loadMe(context.queryClient).then(
      (result) => !!result.me,
      () => false, // The server cannot be reached: the form says so when it is used.
    );
    if (signedIn) throw search.next ? redirect({ href: search.next }) : redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('../features/auth/sign-in-page'), 'SignInPage'),
});

/**
 * Everything else needs a signed-in person. Who must still enrol a second factor or change a
 * one-time password is held on that page until they have (the API refuses them the rest anyway).
 */
const staffRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'staff',
  component: Shell,
  notFoundComponent: NotFoundPage,
  beforeLoad: async ({ context, location }) => {
    const result = await loadMe(context.queryClient);
    if (!result.me) {
      throw redirect({ to: '/masuk', search: { next: location.href === '/' ? undefined : location.href, expired: result.expired ? 1 : undefined } });
    }
    const me = result.me;
    if (me.totpEnrolmentRequired && location.pathname !== '/profil/autentikator') {
      throw redirect({ to: '/profil/$tab', params: { tab: 'autentikator' } });
    }
    if (!me.totpEnrolmentRequired && me.mustChangePassword && location.pathname !== '/profil/kata-sandi') {
      throw redirect({ to: '/profil/$tab', params: { tab: 'kata-sandi' } });
    }
    return { me };
  },
});

const dashboardRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/dashboard/dashboard-page'), 'DashboardPage'),
});

const officesRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/kantor',
  validateSearch: parseOfficesSearch,
  component: lazyRouteComponent(() => import('../features/offices/offices-page'), 'OfficesPage'),
});

const officeRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/kantor/$id',
  component: lazyRouteComponent(() => import('../features/offices/office-page'), 'OfficePage'),
});

const regionsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/wilayah',
  validateSearch: parseRegionsSearch,
  component: lazyRouteComponent(() => import('../features/regions/regions-page'), 'RegionsPage'),
});

const referenceRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/referensi',
  validateSearch: parseReferenceSearch,
  component: lazyRouteComponent(() => import('../features/reference/reference-page'), 'ReferencePage'),
});

const profileRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/profil',
  component: lazyRouteComponent(() => import('../features/profile/profile-page'), 'ProfilePage'),
});

const profileTabRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/profil/$tab',
  params: {
    parse: ({ tab }): { tab: ProfileTab } => {
      const parsed = parseProfileTab(tab);
      if (!parsed) throw notFound();
      return { tab: parsed };
    },
    stringify: ({ tab }) => ({ tab }),
  },
  component: lazyRouteComponent(() => import('../features/profile/profile-page'), 'ProfilePage'),
});

const usersRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/pengguna',
  validateSearch: parseUsersSearch,
  component: lazyRouteComponent(() => import('../features/users/users-page'), 'UsersPage'),
});

const userRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/pengguna/$id',
  component: lazyRouteComponent(() => import('../features/users/user-page'), 'UserPage'),
});

const tokensRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/token',
  component: lazyRouteComponent(() => import('../features/tokens/tokens-page'), 'TokensPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/audit',
  validateSearch: parseAuditSearch,
  component: lazyRouteComponent(() => import('../features/audit/audit-page'), 'AuditPage'),
});

const personsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/orang',
  validateSearch: parsePersonsSearch,
  component: lazyRouteComponent(() => import('../features/persons/persons-page'), 'PersonsPage'),
});

const personCreateRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/orang/baru',
  component: lazyRouteComponent(() => import('../features/persons/create-person-page'), 'CreatePersonPage'),
});

const duplicatesRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/orang/ganda',
  validateSearch: parsePageOnlySearch,
  component: lazyRouteComponent(() => import('../features/persons/duplicates-page'), 'DuplicatesPage'),
});

const personRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/orang/$id',
  validateSearch: parsePersonSearch,
  component: lazyRouteComponent(() => import('../features/persons/person-page'), 'PersonPage'),
});

const schemesRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/skema',
  validateSearch: parseSchemesSearch,
  component: lazyRouteComponent(() => import('../features/schemes/schemes-page'), 'SchemesPage'),
});

const schemeRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/skema/$code',
  component: lazyRouteComponent(() => import('../features/schemes/scheme-page'), 'SchemePage'),
});

const agenciesRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/p3mi',
  validateSearch: parseAgenciesSearch,
  component: lazyRouteComponent(() => import('../features/agencies/agencies-page'), 'AgenciesPage'),
});

const agencyRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/p3mi/$id',
  component: lazyRouteComponent(() => import('../features/agencies/agency-page'), 'AgencyPage'),
});

const employersRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/pemberi-kerja',
  validateSearch: parseEmployersSearch,
  component: lazyRouteComponent(() => import('../features/employers/employers-page'), 'EmployersPage'),
});

const employerRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/pemberi-kerja/$id',
  component: lazyRouteComponent(() => import('../features/employers/employer-page'), 'EmployerPage'),
});

/** Any other address, for a signed-in person: "not found" inside the frame of the app. */
const notFoundRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '$',
  component: NotFoundPage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  staffRoute.addChildren([
    dashboardRoute,
    officesRoute,
    officeRoute,
    regionsRoute,
    referenceRoute,
    profileRoute,
    profileTabRoute,
    usersRoute,
    userRoute,
    tokensRoute,
    auditRoute,
    personsRoute,
    personCreateRoute,
    duplicatesRoute,
    personRoute,
    agenciesRoute,
    agencyRoute,
    employersRoute,
    employerRoute,
    schemesRoute,
    schemeRoute,
    notFoundRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    basepath: '/app',
    defaultPreload: 'intent',
    defaultPendingComponent: RoutePending,
    defaultPendingMs: 300,
    scrollRestoration: true,
    // Plain query strings (?parent=16.74, not ?parent=%2216.74%22): every screen parses its own
    // parameters from strings in validateSearch, so no JSON encoding is needed.
    parseSearch: parseSearchWith((value) => value),
    stringifySearch: stringifySearchWith(JSON.stringify),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
