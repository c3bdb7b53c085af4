import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { leaveForSignIn } from '../features/auth/api';
import { createQueryClient, handleSessionProblems } from '../lib/api';
import { i18n } from '../lib/i18n';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

/** Calendars (date pickers) in the language of the screen, weeks from Monday as in Indonesia. */
function LocalDates({ children }: { children: React.ReactNode }) {
  const { i18n: current } = useTranslation();
  return <DatesProvider settings={{ locale: current.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1, consistentWeeks: true }}>{children}</DatesProvider>;
}

function createClients() {
  const queryClient = createQueryClient();
  return { queryClient, router: createAppRouter(queryClient) };
}

/** Providers in order: language, theme, notifications, data, routes. */
export function App() {
  const [{ queryClient, router }] = useState(createClients);

  // A session that ended (idle timeout, signed out elsewhere, account disabled) sends the person to
  // sign-in, to come back where they were; a required second factor sends them to enrolment.
  useEffect(() => {
    handleSessionProblems((error, path) => {
      // The route guard reads /auth/me itself and decides there.
      if (path === '/auth/me') return;
      const here = router.state.location;
      if (error.code === 'totp_enrolment_required') {
        void router.navigate({ to: '/profil/$tab', params: { tab: 'autentikator' } });
        return;
      }
      if (here.pathname === '/masuk') return;
      void leaveForSignIn(queryClient, () =>
        router.navigate({
          to: '/masuk',
          search: { next: here.href === '/' ? undefined : here.href, expired: error.code === 'session_expired' ? 1 : undefined },
        }),
      );
    });
    return () => handleSessionProblems(null);
  }, [queryClient, router]);

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
        <Notifications position="top-right" zIndex={1000} limit={3} />
        <LocalDates>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </LocalDates>
      </MantineProvider>
    </I18nextProvider>
  );
}
