import { Alert, Anchor, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconClockExclamation, IconShieldLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/language-switch';
import { ApiError } from '../../lib/api';
import { currentLanguage, setLanguage } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { rememberMe, signIn, type Me } from './api';

const route = getRouteApi('/masuk');

type Step = 'password' | 'totp' | 'recovery';

function BrandMark({ size = 44 }: { size?: number }) {
  return (
    <Box
      aria-hidden
      w={size}
      h={size}
      bg="white"
      c="balai.9"
      fw={800}
      fz={size * 0.55}
      style={{ borderRadius: size * 0.24, display: 'grid', placeItems: 'center', flex: 'none' }}
    >
      B
    </Box>
  );
}

/** The blue side of the sign-in screen: what Balai is, for whom. Hidden on phones. */
function BrandPanel() {
  const { t } = useTranslation();
  return (
    <Box className="balai-signin-brand" visibleFrom="md" p={48}>
      <Stack justify="space-between" h="100%">
        <Group gap="sm">
          <BrandMark />
          <div>
            <Text fw={700} fz={24} lh={1} c="white">
              Balai
            </Text>
            <Text fz="sm" c="balai.1" mt={4}>
              {t('app.tagline')}
            </Text>
          </div>
        </Group>
        <div>
          <Text c="white" fz={30} fw={700} lh={1.25} maw={440}>
            {t('signIn.brandTitle')}
          </Text>
          <Text c="balai.0" mt="md" maw={440} lh={1.6}>
            {t('signIn.brandBody')}
          </Text>
        </div>
        <Text fz="xs" c="balai.1">
          {t('signIn.brandFoot')}
        </Text>
      </Stack>
    </Box>
  );
}

/** Masuk: e-mail and password, then (for accounts with an authenticator) the six-digit code. */
export function SignInPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const codeInput = useRef<HTMLInputElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);

  useDocumentTitle(t('signIn.documentTitle'));

  // Each step starts at its first field.
  useEffect(() => {
    if (step === 'password') emailInput.current?.focus();
    else codeInput.current?.focus();
  }, [step]);

  const finish = async (me: Me) => {
    rememberMe(queryClient, me);
    // The account's language wins over this browser's: the person chose it in their profile.
    if (me.language !== currentLanguage()) await setLanguage(me.language);
    if (me.totpEnrolmentRequired) await router.navigate({ to: '/profil/$tab', params: { tab: 'autentikator' } });
    else if (me.mustChangePassword) await router.navigate({ to: '/profil/$tab', params: { tab: 'kata-sandi' } });
    else if (search.next) await router.navigate({ href: search.next });
    else await router.navigate({ to: '/' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setFieldErrors({});
    const withCode = step !== 'password';
    if (withCode && !code.trim()) {
      setFieldErrors({ totp: step === 'totp' ? t('signIn.codeRequired') : t('signIn.recoveryRequired') });
      codeInput.current?.focus();
      return;
    }
    setPending(true);
    try {
      const me = await signIn({ email, password, ...(withCode ? { totp: code.trim() } : {}) });
      await finish(me);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        setProblem(t('errors.client'));
      } else if (error.code === 'totp_required') {
        setStep('totp');
      } else if (error.code === 'totp_invalid') {
        setFieldErrors({ totp: error.message });
        setCode('');
        codeInput.current?.focus();
      } else if (error.code === 'validation_failed' && error.fields) {
        setFieldErrors(error.fields);
      } else {
        // Wrong password, locked, network: the server's own words, and the password to type again.
        setProblem(error.message);
        if (error.code === 'invalid_credentials') {
          setPassword('');
          if (step !== 'password') {
            setStep('password');
            setCode('');
          }
        }
      }
    } finally {
      setPending(false);
    }
  };

  const backToPassword = () => {
    setStep('password');
    setCode('');
    setPassword('');
    setFieldErrors({});
    setProblem(null);
  };

  const switchCodeKind = () => {
    setStep(step === 'totp' ? 'recovery' : 'totp');
    setCode('');
    setFieldErrors({});
  };

  return (
    <Box className="balai-signin">
      <BrandPanel />
      <Box className="balai-signin-main">
        <Group justify="space-between" p={{ base: 'md', sm: 'lg' }} wrap="nowrap">
          <Group gap="xs" hiddenFrom="md" wrap="nowrap">
            <Box aria-hidden w={32} h={32} bg="balai.9" c="white" fw={700} fz={18} style={{ borderRadius: 8, display: 'grid', placeItems: 'center' }}>
              B
            </Box>
            <Text fw={700} fz={19} c="balai.9">
              Balai
            </Text>
          </Group>
          <Box ml="auto">
            <LanguageSwitch />
          </Box>
        </Group>
        <Center component="main" px={{ base: 'md', sm: 'xl' }} pb="xl" style={{ flex: 1 }}>
          <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 36 }} w="100%" maw={440}>
            {step === 'password' ? (
              <Stack gap={6} mb="lg">
                <Title order={1} fz={26}>
                  {t('signIn.title')}
                </Title>
                <Text c="dimmed" size="sm">
                  {t('signIn.intro')}
                </Text>
              </Stack>
            ) : (
              <Stack gap={6} mb="lg">
                <Group gap="sm" wrap="nowrap">
                  <IconShieldLock size={28} aria-hidden color="var(--mantine-color-balai-8)" />
                  <Title order={1} fz={24}>
                    {step === 'totp' ? t('signIn.totpTitle') : t('signIn.recoveryTitle')}
                  </Title>
                </Group>
                <Text c="dimmed" size="sm">
                  {step === 'totp' ? t('signIn.totpIntro') : t('signIn.recoveryIntro')}
                </Text>
                <Text size="sm">
                  {t('signIn.as')}{' '}
                  <Text span fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {email}
                  </Text>
                </Text>
              </Stack>
            )}

            {search.expired && step === 'password' && !problem ? (
              <Alert color="orange" variant="light" icon={<IconClockExclamation aria-hidden />} mb="md" role="status">
                {t('signIn.expired')}
              </Alert>
            ) : null}
            {problem ? (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} mb="md" role="alert">
                {problem}
              </Alert>
            ) : null}

            <form onSubmit={(e) => void submit(e)} noValidate>
              {step === 'password' ? (
                <Stack gap="md">
                  <TextInput
                    ref={emailInput}
                    label={t('signIn.email')}
                    type="email"
                    name="email"
                    autoComplete="username"
                    inputMode="email"
                    required
                    value={email}
                    onChange={(e) => setEmail(e.currentTarget.value)}
                    error={fieldErrors.email}
                    size="md"
                  />
                  <PasswordInput
                    label={t('signIn.password')}
                    name="password"
                    autoComplete="current-password"
                    required
                    value={password}
                    onChange={(e) => setPassword(e.currentTarget.value)}
                    error={fieldErrors.password}
                    size="md"
                    visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
                  />
                  <Button type="submit" size="md" loading={pending} fullWidth mt="xs">
                    {t('signIn.submit')}
                  </Button>
                </Stack>
              ) : (
                <Stack gap="md">
                  {/* Keeps the account for password managers while the code is asked. */}
                  <input type="hidden" name="email" value={email} autoComplete="username" />
                  {step === 'totp' ? (
                    <TextInput
                      ref={codeInput}
                      key="totp"
                      label={t('signIn.code')}
                      name="totp"
                      inputMode="numeric"
                      autoComplete="one-time-code"
                      pattern="[0-9]*"
                      maxLength={6}
                      value={code}
                      onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
                      error={fieldErrors.totp}
                      size="lg"
                      styles={{ input: { letterSpacing: '0.4em', fontVariantNumeric: 'tabular-nums', textAlign: 'center', fontWeight: 600 } }}
                    />
                  ) : (
                    <TextInput
                      ref={codeInput}
                      key="recovery"
                      label={t('signIn.recoveryCode')}
                      description={t('signIn.recoveryHint')}
                      name="recovery"
                      autoComplete="off"
                      autoCapitalize="characters"
                      spellCheck={false}
                      maxLength={12}
                      placeholder="7KQ2-M9XD"
                      value={code}
                      onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
                      error={fieldErrors.totp}
                      size="lg"
                      styles={{ input: { letterSpacing: '0.15em', textAlign: 'center', fontFamily: 'ui-monospace, monospace' } }}
                    />
                  )}
                  <Button type="submit" size="md" loading={pending} fullWidth>
                    {t('signIn.verify')}
                  </Button>
                  <Group justify="space-between" gap="xs">
                    <Anchor component="button" type="button" size="sm" onClick={backToPassword}>
                      <Group gap={4} component="span" wrap="nowrap">
                        <IconArrowLeft size={14} aria-hidden />
                        {t('signIn.back')}
                      </Group>
                    </Anchor>
                    <Anchor component="button" type="button" size="sm" onClick={switchCodeKind}>
                      {step === 'totp' ? t('signIn.useRecovery') : t('signIn.useTotp')}
                    </Anchor>
                  </Group>
                </Stack>
              )}
            </form>
            {step === 'password' ? (
              <Text size="xs" c="dimmed" mt="lg" ta="center">
                {t('signIn.help')}
              </Text>
            ) : null}
          </Paper>
        </Center>
      </Box>
    </Box>
  );
}
