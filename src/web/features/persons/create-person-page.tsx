import { Alert, Breadcrumbs, Button, Group, Kbd, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireScope } from '../../components/forbidden';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/page-header';
import { ApiError } from '../../lib/api';
import { useCan } from '../auth/api';
import { useCreatePerson, type NikCheck, type Person, type PersonSummary } from './api';
import { CreatedPanel, RecentlyRegistered } from './created-panel';
import { quickEntryKeys } from './form-keys';
import { NikField } from './nik-field';
import { focusFirstInvalid, PersonFields } from './person-fields';
import { checkPersonForm, emptyPersonForm, fieldErrorsFrom, personFieldsFrom, type PersonFormValues } from './person-form';
import { formatTypedDate, parseTypedDate } from './typed-date';

/** Persons registered in this tab today, newest first: a queue of candidates leaves a trail to go back to. */
const recent: { id: string; fullName: string; nikMasked: string }[] = [];

function Crumbs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumbs')}>
      <Breadcrumbs separatorMargin={6} fz="sm">
        <AnchorLink to="/orang" size="sm">
          {t('persons.title')}
        </AnchorLink>
        <Text size="sm" c="dimmed" aria-current="page">
          {t('persons.create.title')}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

function CreatePersonForm() {
  const { t } = useTranslation();
  const can = useCan();
  const withHealth = can('person-health:read');
  const create = useCreatePerson();
  const [nik, setNik] = useState('');
  const [values, setValues] = useState<PersonFormValues>(emptyPersonForm);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ person: Person; likelyDuplicates: PersonSummary[] } | null>(null);
  const [check, setCheck] = useState<NikCheck | undefined>(undefined);
  /** What was filled in from the NIK (shown under it), and for which NIK: a field cleared by hand stays empty. */
  const [filledFromNik, setFilledFromNik] = useState<('sex' | 'birthDate')[]>([]);
  const filledFor = useRef<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const nikInput = useRef<HTMLInputElement>(null);
  const onChecked = useCallback((c: NikCheck | undefined) => setCheck(c), []);

  // A valid NIK tells the sex and the birth date: fill them in when they are still empty, once per NIK,
  // never over what was typed (the KTP may say otherwise; the check then warns).
  useEffect(() => {
    if (!check?.valid || !check.nik || !check.sex || !check.birthDate || filledFor.current === check.nik) return;
    filledFor.current = check.nik;
    const patch: Partial<PersonFormValues> = {};
    if (!values.sex) patch.sex = check.sex;
    if (!values.birthDate.trim()) patch.birthDate = formatTypedDate(check.birthDate);
    const filled = Object.keys(patch) as ('sex' | 'birthDate')[];
    setFilledFromNik(filled);
    if (!filled.length) return;
    setValues((v) => ({ ...v, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  }, [check, values.sex, values.birthDate]);

  // The page is for typing: the NIK takes focus once the page (and the shell's title focus) has settled,
  // and again after "Daftarkan lagi" (the form mounts anew, so this runs after its NIK field exists).
  const [focusNik, setFocusNik] = useState(0);
  useEffect(() => {
    if (done) return;
    const id = setTimeout(() => nikInput.current?.focus(), focusNik ? 0 : 80);
    return () => clearTimeout(id);
  }, [focusNik, done]);

  const change = (patch: Partial<PersonFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // A value changed by hand is no longer "from the NIK".
    setFilledFromNik((f) => f.filter((k) => !(k in patch)));
    // A field corrected is no longer marked wrong.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };

  const again = () => {
    setDone(null);
    setNik('');
    setValues(emptyPersonForm);
    setErrors({});
    setProblem(null);
    setCheck(undefined);
    setFilledFromNik([]);
    filledFor.current = null;
    create.reset();
    // The next candidate starts at the NIK: focused once the form is back on screen (see the effect below).
    setFocusNik((n) => n + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setProblem(null);
    const local: Record<string, string> = checkPersonForm(values, {
      name: t('persons.errors.name'),
      sex: t('persons.errors.sex'),
      birthDate: t('persons.form.dateUnreadable'),
      birthDateRequired: t('persons.errors.birthDate'),
    });
    const nikDigits = nik.replace(/[\s.-]/g, '');
    if (!nikDigits) local.nik = t('persons.errors.nik');
    else if (check?.existing) local.nik = t('persons.nik.taken');
    setErrors(local);
    if (Object.keys(local).length) return focusFirstInvalid(form.current);
    create.mutate(
      { nik: nikDigits, ...personFieldsFrom(values, withHealth) },
      {
        onSuccess: (result) => {
          recent.unshift({ id: result.person.id, fullName: result.person.fullName, nikMasked: result.person.nikMasked });
          recent.splice(8);
          setDone(result);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields) {
            const { byField, other } = fieldErrorsFrom(error.fields);
            setErrors(byField);
            // 409 nik_taken names the person in its message; the field says it briefly.
            setProblem(other.length ? other.join(' ') : error.code === 'nik_taken' ? error.message : null);
            focusFirstInvalid(form.current);
          } else {
            setProblem(error instanceof ApiError ? error.message : t('errors.client'));
          }
        },
      },
    );
  };

  if (done) return <CreatedPanel person={done.person} likelyDuplicates={done.likelyDuplicates} onAgain={again} recent={recent.slice(1)} />;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={920}>
      <form ref={form} onSubmit={submit} onKeyDown={quickEntryKeys} noValidate aria-label={t('persons.create.title')}>
        <Stack gap="lg">
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          <NikField
            ref={nikInput}
            value={nik}
            onChange={(v) => {
              setNik(v);
              setErrors((e) => ({ ...e, nik: undefined }));
            }}
            birthDate={parseTypedDate(values.birthDate)}
            sex={values.sex}
            onUseFacts={({ sex, birthDate }) => {
              change({ sex, birthDate: formatTypedDate(birthDate) });
              // On to the name, the next thing to type.
              form.current?.querySelector<HTMLInputElement>('input[name="fullName"]')?.focus();
            }}
            onChecked={onChecked}
            filled={filledFromNik}
            error={errors.nik}
          />
          <PersonFields
            values={values}
            onChange={change}
            errors={errors}
            withHealth={withHealth}
            status="cpmi"
            suggestRegionFrom={check?.valid ? (check.region.district?.code ?? null) : null}
          />
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Enter</Kbd> {t('persons.form.keysNext')} · <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd> {t('persons.form.keysSave')}
            </Text>
            <Group gap="sm">
              <AnchorLink to="/orang" size="sm">
                {t('common.cancel')}
              </AnchorLink>
              <Button type="submit" loading={create.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
                {t('persons.create.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {recent.length ? <RecentlyRegistered items={recent} /> : null}
    </Paper>
  );
}

/** Daftarkan orang: the quick-entry page used all morning, one candidate after another. */
export function CreatePersonPage() {
  const { t } = useTranslation();
  return (
    <RequireScope scope="persons:create">
      <PageHeader title={t('persons.create.title')} description={t('persons.create.description')} above={<Crumbs />} />
      <CreatePersonForm />
    </RequireScope>
  );
}
