import { ActionIcon, Button, Divider, Group, Popover, Stack, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonsSearch } from '../../app/search-params';
import { ApiError, notifySuccess } from '../../lib/api';
import { useDeleteView, useSavedViews, useSaveView, type SavedView } from './api';
import { filterKeys } from './person-filters';
import { searchForAddress } from './search-text';

/** The filters of the list as a saved view holds them: codes and a name search, never an identifier. */
export function viewFilters(search: PersonsSearch): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of filterKeys) if (search[key]) out[key] = String(search[key]);
  if (search.sort) out.sort = search.sort;
  const q = searchForAddress(search.q);
  if (q) out.q = q;
  return out;
}

/**
 * Saved views ("CPMI Jepang dari Prabumulih"): save the list's current filters under a name, apply one
 * with a click, delete what is no longer needed. Each user has their own.
 */
export function SavedViews({ search, onApply }: { search: PersonsSearch; onApply: (filters: Record<string, string>) => void }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const current = viewFilters(search);
  const empty = Object.keys(current).length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('persons.views.nameRequired'));
    save.mutate(
      { name: name.trim(), filters: current },
      {
        onSuccess: (view) => {
          setName('');
          setError(null);
          notifySuccess(t('persons.views.saved'), t('persons.views.savedBody', { name: view.name }));
        },
        onError: (err) => setError(err instanceof ApiError ? (Object.values(err.fields ?? {})[0] ?? err.message) : t('errors.client')),
      },
    );
  };

  const apply = (view: SavedView) => {
    onApply(view.filters);
    close();
  };

  return (
    <Popover opened={opened} onChange={(o) => (o ? undefined : close())} position="bottom-end" width={320} shadow="md" trapFocus withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />} onClick={toggle} aria-expanded={opened} aria-haspopup="dialog">
          {t('persons.views.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('persons.views.title')} role="dialog">
        <Stack gap="xs">
          <Text fw={700} size="sm">
            {t('persons.views.title')}
          </Text>
          {views.data?.items.length ? (
            <Stack gap={2} role="list">
              {views.data.items.map((view) => (
                <Group key={view.id} gap={4} wrap="nowrap" role="listitem" justify="space-between">
                  <UnstyledButton onClick={() => apply(view)} px="xs" py={6} style={{ borderRadius: 6, flex: 1, minWidth: 0 }} className="balai-view-item">
                    <Text size="sm" fw={500} truncate="end">
                      {view.name}
                    </Text>
                  </UnstyledButton>
                  <Tooltip label={t('persons.views.delete')} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('persons.views.deleteNamed', { name: view.name })}
                      loading={remove.isPending && remove.variables === view.id}
                      onClick={() => remove.mutate(view.id)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {views.isPending ? t('common.loading') : t('persons.views.none')}
            </Text>
          )}
          <Divider my={4} />
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <TextInput
                size="sm"
                label={t('persons.views.name')}
                placeholder={t('persons.views.namePlaceholder')}
                description={empty ? t('persons.views.emptyHint') : t('persons.views.hint')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={error}
                maxLength={60}
                disabled={empty}
              />
              <Button type="submit" size="sm" leftSection={<IconBookmarkPlus size={16} aria-hidden />} loading={save.isPending} disabled={empty}>
                {t('persons.views.save')}
              </Button>
            </Stack>
          </form>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
