import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Menu,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChevronDown, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { educationLevels, languageTests, lifecycleStatuses, sexes } from '../../../domain/registry';
import { ApiError, apiFetch } from '../../lib/api';
import { useLanguage } from '../../lib/use-language';
import { useUpdateRules, type Rule, type RuleKind, type SchemeDetail } from './api';

const ruleKinds: RuleKind[] = [
  'age_min',
  'age_max',
  'education_min',
  'language',
  'skills_test',
  'health_certificate',
  'documents',
  'sex',
  'status',
  'work_experience',
  'other',
];

interface Named {
  code: string;
  nameId: string;
  nameEn: string;
}

function useNamed(path: string) {
  return useQuery({
    queryKey: ['reference', path],
    queryFn: ({ signal }) => apiFetch<{ items: Named[] }>(path, { signal }),
    staleTime: Infinity,
  });
}

/** A new rule of a kind, with an id not yet used in the set. */
function newRule(kind: RuleKind, taken: Set<string>): Rule {
  let id: string = kind;
  for (let i = 2; taken.has(id); i++) id = `${kind}_${i}`;
  switch (kind) {
    case 'age_min':
      return { id, kind, years: 18 };
    case 'age_max':
      return { id, kind, years: 45 };
    case 'education_min':
      return { id, kind, level: 'smp' };
    case 'language':
      return { id, kind, anyOf: [{ test: 'JLPT', minLevel: 'N4' }] };
    case 'skills_test':
    case 'health_certificate':
      return { id, kind };
    case 'documents':
      return { id, kind, typeCodes: ['passport'] };
    case 'sex':
      return { id, kind, allowed: ['female', 'male'] };
    case 'status':
      return { id, kind, allowed: ['cpmi', 'purna'] };
    case 'work_experience':
      return { id, kind, minMonths: 12 };
    case 'other':
      return { id, kind, text: '' };
  }
}

/** The fields of one rule, by its kind. */
function RuleFields({ rule, onChange }: { rule: Rule; onChange: (r: Rule) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const docs = useNamed('/document-types');
  const fields = useNamed('/ssw-fields');
  const named = (items: Named[] | undefined) => (items ?? []).map((n) => ({ value: n.code, label: lang === 'en' ? n.nameEn : n.nameId }));
  const set = <R extends Rule>(r: R, patch: Partial<R>) => onChange({ ...r, ...patch });
  switch (rule.kind) {
    case 'age_min':
    case 'age_max':
      return (
        <NumberInput label={t('schemes.editor.years')} min={0} max={100} value={rule.years} onChange={(v) => set(rule, { years: Number(v) || 0 })} w={160} />
      );
    case 'education_min':
      return (
        <Select
          label={t('schemes.editor.level')}
          data={educationLevels.map((l) => ({ value: l, label: t(`schemes.education.${l}`) }))}
          value={rule.level}
          onChange={(v) => v && set(rule, { level: v as typeof rule.level })}
          allowDeselect={false}
          w={240}
        />
      );
    case 'language':
      return (
        <Stack gap="xs">
          <Text size="sm">{t('schemes.editor.anyOf')}</Text>
          {rule.anyOf.map((o, i) => (
            <Group key={i} align="flex-end" gap="xs">
              <Select
                label={t('schemes.editor.test')}
                data={Object.keys(languageTests)}
                searchable
                value={o.test}
                onChange={(v) =>
                  v && set(rule, { anyOf: rule.anyOf.map((x, j) => (j === i ? { test: v, minLevel: languageTests[v]?.[0] ?? x.minLevel } : x)) })
                }
                allowDeselect={false}
                w={180}
              />
              <Select
                label={t('schemes.editor.minLevel')}
                data={[...(languageTests[o.test] ?? [o.minLevel])]}
                value={o.minLevel}
                onChange={(v) => v && set(rule, { anyOf: rule.anyOf.map((x, j) => (j === i ? { ...x, minLevel: v } : x)) })}
                allowDeselect={false}
                w={140}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('schemes.editor.removeOption', { test: o.test })}
                disabled={rule.anyOf.length === 1}
                onClick={() => set(rule, { anyOf: rule.anyOf.filter((_, j) => j !== i) })}
                mb={4}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => set(rule, { anyOf: [...rule.anyOf, { test: 'JFT-Basic', minLevel: 'A2' }] })}
            w="fit-content"
          >
            {t('schemes.editor.addOption')}
          </Button>
        </Stack>
      );
    case 'skills_test':
      return (
        <Group align="flex-end">
          <Select
            label={t('schemes.editor.sswField')}
            description={t('schemes.editor.sswFieldHint')}
            data={named(fields.data?.items)}
            searchable
            clearable
            value={rule.sswFieldCode ?? null}
            onChange={(v) => onChange({ id: rule.id, kind: rule.kind, ...(v ? { sswFieldCode: v } : {}), ...(rule.title ? { title: rule.title } : {}) })}
            w={300}
          />
          <TextInput
            label={t('schemes.editor.testTitle')}
            maxLength={120}
            value={rule.title ?? ''}
            onChange={(e) => {
              const title = e.currentTarget.value;
              onChange({ id: rule.id, kind: rule.kind, ...(rule.sswFieldCode ? { sswFieldCode: rule.sswFieldCode } : {}), ...(title ? { title } : {}) });
            }}
            w={260}
          />
        </Group>
      );
    case 'health_certificate':
      return (
        <Text size="sm" c="dimmed">
          {t('schemes.editor.healthHint')}
        </Text>
      );
    case 'documents':
      return (
        <Stack gap="xs">
          <MultiSelect
            label={t('schemes.editor.documents')}
            data={named(docs.data?.items)}
            searchable
            value={rule.typeCodes}
            onChange={(v) => set(rule, { typeCodes: v })}
          />
          <Checkbox
            label={t('schemes.editor.verified')}
            checked={!!rule.verified}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              onChange({ id: rule.id, kind: rule.kind, typeCodes: rule.typeCodes, ...(checked ? { verified: true } : {}) });
            }}
          />
        </Stack>
      );
    case 'sex':
      return (
        <Checkbox.Group label={t('schemes.editor.allowedSex')} value={rule.allowed} onChange={(v) => set(rule, { allowed: v as typeof rule.allowed })}>
          <Group mt={4}>
            {sexes.map((s) => (
              <Checkbox key={s} value={s} label={t(`schemes.sex.${s}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    case 'status':
      return (
        <Checkbox.Group label={t('schemes.editor.allowedStatus')} value={rule.allowed} onChange={(v) => set(rule, { allowed: v as typeof rule.allowed })}>
          <Group mt={4}>
            {lifecycleStatuses.map((s) => (
              <Checkbox key={s} value={s} label={t(`schemes.status.${s}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    case 'work_experience':
      return (
        <Group align="flex-end">
          <NumberInput
            label={t('schemes.editor.minMonths')}
            min={1}
            max={600}
            value={rule.minMonths}
            onChange={(v) => set(rule, { minMonths: Number(v) || 1 })}
            w={180}
          />
          <Select
            label={t('schemes.editor.sswFieldOptional')}
            data={named(fields.data?.items)}
            searchable
            clearable
            value={rule.sswFieldCode ?? null}
            onChange={(v) => onChange({ id: rule.id, kind: rule.kind, minMonths: rule.minMonths, ...(v ? { sswFieldCode: v } : {}) })}
            w={300}
          />
        </Group>
      );
    case 'other':
      return (
        <Textarea
          label={t('schemes.editor.otherText')}
          description={t('schemes.editor.otherHint')}
          maxLength={500}
          autosize
          minRows={2}
          value={rule.text}
          onChange={(e) => set(rule, { text: e.currentTarget.value })}
        />
      );
  }
}

/** The administrator's form: the rules one by one, each with the fields of its kind, and why they change. */
export function RulesEditor({ scheme, onDone, onSaved }: { scheme: SchemeDetail; onDone: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [rules, setRules] = useState<Rule[]>(() => scheme.rules.map((r) => r.rule));
  const [note, setNote] = useState('');
  const update = useUpdateRules(scheme.code);
  const error = update.error instanceof ApiError ? update.error : null;
  const fieldErrors = error?.fields ?? {};
  const errorsOf = (i: number) =>
    Object.entries(fieldErrors)
      .filter(([k]) => k === `rules.${i}` || k.startsWith(`rules.${i}.`) || k.startsWith(`body.rules.${i}.`))
      .map(([, v]) => v);
  const taken = new Set(rules.map((r) => r.id));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ version: scheme.version, rules, note }, { onSuccess: onSaved });
      }}
      aria-labelledby="rules-editor-title"
    >
      <Stack gap="md">
        <Title order={2} fz="lg" id="rules-editor-title">
          {t('schemes.editor.title', { version: scheme.ruleVersion + 1 })}
        </Title>
        {error ? (
          <Alert
            color={error.statusCode === 409 ? 'orange' : 'red'}
            variant="light"
            role="alert"
            title={error.statusCode === 409 ? t('schemes.editor.conflict') : undefined}
          >
            {error.message}
          </Alert>
        ) : null}
        {rules.map((rule, i) => (
          <Paper key={i} withBorder radius="md" p="md" component="fieldset" style={{ margin: 0 }}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text component="legend" fw={600}>
                {t(`schemes.kinds.${rule.kind}`)}
              </Text>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => setRules(rules.filter((_, j) => j !== i))}
                aria-label={t('schemes.editor.removeRule', { kind: t(`schemes.kinds.${rule.kind}`), id: rule.id })}
              >
                {t('schemes.editor.remove')}
              </Button>
            </Group>
            <Stack gap="sm">
              <TextInput
                label={t('schemes.editor.ruleId')}
                description={t('schemes.editor.ruleIdHint')}
                value={rule.id}
                maxLength={60}
                onChange={(e) => {
                  const id = e.currentTarget.value;
                  setRules(rules.map((r, j) => (j === i ? { ...r, id } : r)));
                }}
                w={260}
              />
              <RuleFields rule={rule} onChange={(r) => setRules(rules.map((x, j) => (j === i ? r : x)))} />
              {errorsOf(i).map((m) => (
                <Text key={m} size="sm" c="red" role="alert">
                  {m}
                </Text>
              ))}
            </Stack>
          </Paper>
        ))}
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} w="fit-content">
              {t('schemes.editor.addRule')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {ruleKinds.map((k) => (
              <Menu.Item key={k} onClick={() => setRules([...rules, newRule(k, taken)])}>
                {t(`schemes.kinds.${k}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Textarea
          label={t('schemes.editor.note')}
          description={t('schemes.editor.noteHint')}
          required
          maxLength={500}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldErrors.note ?? fieldErrors['body.note']}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('schemes.editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
