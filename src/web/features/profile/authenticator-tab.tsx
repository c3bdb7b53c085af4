import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Grid,
  Group,
  Image,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconPrinter, IconShieldCheck, IconShieldLock } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useMe } from '../auth/api';
import { useConfirmTotp, useRefreshMe, useStartTotp, type TotpSetup } from './api';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const text = codes.join('\n');
  const download = () => {
    const url = URL.createObjectURL(new Blob([`${t('profile.totp.codesFileTitle')}\n\n${text}\n`], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'balai-kode-pemulihan.txt';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Stack gap="md" maw={620}>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon color="teal" variant="light" size={40} radius="xl" aria-hidden>
          <IconShieldCheck size={24} />
        </ThemeIcon>
        <Title order={2} fz="lg" tabIndex={-1} ref={heading}>
          {t('profile.totp.enabledTitle')}
        </Title>
      </Group>
      <Alert color="orange" variant="light" title={t('profile.totp.codesTitle')}>
        {t('profile.totp.codesIntro')}
      </Alert>
      <Paper withBorder radius="md" p="md" className="balai-print-area">
        <Text size="sm" fw={600} mb="sm" id="recovery-codes-label">
          {t('profile.totp.codesLabel')}
        </Text>
        <SimpleGrid cols={{ base: 2, xs: 2 }} spacing="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="recovery-codes-label">
          {codes.map((c) => (
            <Text component="li" key={c} className="balai-secret" ta="center" py={6} bg="gray.0" style={{ borderRadius: 6 }} data-recovery-code>
              {c}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <Group gap="sm">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
              {copied ? t('secret.copied') : t('profile.totp.copyCodes')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={download}>
          {t('profile.totp.downloadCodes')}
        </Button>
        <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          {t('profile.totp.printCodes')}
        </Button>
      </Group>
      <Checkbox checked={stored} onChange={(e) => setStored(e.currentTarget.checked)} label={t('profile.totp.stored')} />
      <div>
        <Button onClick={onDone} disabled={!stored}>
          {t('profile.totp.continue')}
        </Button>
      </div>
    </Stack>
  );
}

function Enrolment({ setup, onEnabled }: { setup: TotpSetup; onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmTotp();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setError(t('profile.totp.codeFormat'));
      input.current?.focus();
      return;
    }
    setError(undefined);
    confirm.mutate(code, {
      onSuccess: (result) => onEnabled(result.recoveryCodes),
      onError: (e) => {
        setError(e instanceof ApiError ? (e.fields?.code ?? e.message) : t('errors.client'));
        setCode('');
        input.current?.focus();
      },
    });
  };

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="xs" align="flex-start">
          <Text fw={600} size="sm">
            {t('profile.totp.step1')}
          </Text>
          <Paper withBorder radius="md" p="sm" bg="white">
            <Image src={setup.qrDataUrl} alt={t('profile.totp.qrAlt')} w={200} h={200} fit="contain" />
          </Paper>
          <Text size="sm" fw={600} mt="sm" id="totp-secret-label">
            {t('profile.totp.secretLabel')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Code fz="sm" c="dark.8" py={6} px={10} aria-labelledby="totp-secret-label" data-totp-secret>
              {groupSecret(setup.secret)}
            </Code>
            <CopyButton value={setup.secret}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="default" onClick={copy} aria-label={t('secret.copyLabel', { label: t('profile.totp.secretLabel') })}>
                  {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed">
            {t('profile.totp.secretHint')}
          </Text>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw={360}>
            <Text fw={600} size="sm">
              {t('profile.totp.step2')}
            </Text>
            <TextInput
              ref={input}
              label={t('signIn.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={6}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
              error={error}
              size="lg"
              styles={{ input: { letterSpacing: '0.4em', fontVariantNumeric: 'tabular-nums', textAlign: 'center', fontWeight: 600 } }}
            />
            <div>
              <Button type="submit" loading={confirm.isPending}>
                {t('profile.totp.confirm')}
              </Button>
            </div>
          </Stack>
        </form>
      </Grid.Col>
    </Grid>
  );
}

/** Autentikator: status, enrolment with a QR code or the secret, recovery codes shown once. */
export function AuthenticatorTab() {
  const { t } = useTranslation();
  const me = useMe();
  const start = useStartTotp();
  const refreshMe = useRefreshMe();
  const navigate = useNavigate();
  const [codes, setCodes] = useState<string[] | null>(null);
  const required = me.totpEnrolmentRequired;

  const done = async () => {
    const fresh = await refreshMe();
    setCodes(null);
    start.reset();
    if (required) await navigate(fresh.mustChangePassword ? { to: '/profil/$tab', params: { tab: 'kata-sandi' } } : { to: '/' });
  };

  if (codes) return <RecoveryCodes codes={codes} onDone={() => void done()} />;

  if (me.totpEnabled) {
    return (
      <Stack gap="md" maw={620}>
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color="teal" variant="light" size={40} radius="xl" aria-hidden>
            <IconShieldCheck size={24} />
          </ThemeIcon>
          <div>
            <Title order={2} fz="lg">
              {t('profile.totp.title')}
            </Title>
            <Badge color="teal" variant="light" tt="none" mt={4}>
              {t('profile.totp.statusOn')}
            </Badge>
          </div>
        </Group>
        <Text size="sm">{t('profile.totp.onBody')}</Text>
        <Text size="sm" c="dimmed">
          {t('profile.totp.lostDevice')}
        </Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color={required ? 'orange' : 'gray'} variant="light" size={40} radius="xl" aria-hidden>
          <IconShieldLock size={24} />
        </ThemeIcon>
        <div>
          <Title order={2} fz="lg">
            {t('profile.totp.title')}
          </Title>
          <Badge color={required ? 'orange' : 'gray'} variant="light" tt="none" mt={4}>
            {required ? t('profile.totp.statusRequired') : t('profile.totp.statusOff')}
          </Badge>
        </div>
      </Group>
      {required ? (
        <Alert color="orange" variant="light" title={t('profile.totp.requiredTitle')}>
          {t('profile.totp.requiredBody')}
        </Alert>
      ) : null}
      {start.data ? (
        <Enrolment setup={start.data} onEnabled={setCodes} />
      ) : (
        <Stack gap="md" maw={620}>
          <Text size="sm">{t('profile.totp.intro')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('profile.totp.apps')}</List.Item>
            <List.Item>{t('profile.totp.each')}</List.Item>
          </List>
          <div>
            <Button leftSection={<IconShieldLock size={18} aria-hidden />} onClick={() => start.mutate()} loading={start.isPending}>
              {t('profile.totp.start')}
            </Button>
          </div>
        </Stack>
      )}
    </Stack>
  );
}
