import { createRootRoute, createRoute, createRouter, lazyRouteComponent, parseSearchWith, stringifySearchWith } from '@tanstack/react-router';
import { RoutePending } from '../components/route-pending';
import { NotFoundPage } from './not-found';
import { Shell } from './shell';
import { parseOfficesSearch, parseReferenceSearch, parseRegionsSearch } from './search-params';

/** Routes in code (no generator): every screen's search parameters are parsed and typed here. */
const rootRoute = createRootRoute({
  component: Shell,
  notFoundComponent: NotFoundPage,
});

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/dashboard/dashboard-page'), 'DashboardPage'),
});

const officesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kantor',
  validateSearch: parseOfficesSearch,
  component: lazyRouteComponent(() => import('../features/offices/offices-page'), 'OfficesPage'),
});

const officeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kantor/$id',
  component: lazyRouteComponent(() => import('../features/offices/office-page'), 'OfficePage'),
});

const regionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wilayah',
  validateSearch: parseRegionsSearch,
  component: lazyRouteComponent(() => import('../features/regions/regions-page'), 'RegionsPage'),
});

const referenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/referensi',
  validateSearch: parseReferenceSearch,
  component: lazyRouteComponent(() => import('../features/reference/reference-page'), 'ReferencePage'),
});

const routeTree = rootRoute.addChildren([dashboardRoute, officesRoute, officeRoute, regionsRoute, referenceRoute]);

export const router = createRouter({
  routeTree,
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

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
