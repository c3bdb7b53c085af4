import { Avatar, Image, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/api';
import type { Person } from './api';
import { photoFileTypes, photoMaxBytes, photoUrl, useUploadPhoto } from './api-records';
import { FileDrop } from './file-drop';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** The person's photo (pas foto), or their initials; a new one is dropped or chosen below it. */
export function PhotoCard({ person }: { person: Person }) {
  const { t } = useTranslation();
  const upload = useUploadPhoto(person.id);
  const [error, setError] = useState<string | null>(null);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="profile-photo">
      <Text fw={700} size="md" id="profile-photo" mb="sm" component="h2">
        {t('persons.photo.title')}
      </Text>
      <Stack gap="sm" align="center">
        {person.hasPhoto ? (
          <Image src={photoUrl(person.id, person.version)} alt={t('persons.photo.alt', { name: person.fullName })} radius="md" h={200} w={160} fit="cover" />
        ) : (
          <Avatar size={120} radius={120} color="balai" aria-hidden>
            {initials(person.fullName)}
          </Avatar>
        )}
        {!person.hasPhoto ? (
          <Text size="xs" c="dimmed">
            {t('persons.photo.none')}
          </Text>
        ) : null}
        {person.abilities.update ? (
          <FileDrop
            compact
            accept={photoFileTypes}
            maxBytes={photoMaxBytes}
            typesLabel="JPG, PNG, WebP"
            label={person.hasPhoto ? t('persons.photo.replace') : t('persons.photo.upload')}
            loading={upload.isPending}
            error={error}
            onError={setError}
            onFile={(file) =>
              upload.mutate(file, {
                onSuccess: () => {
                  setError(null);
                  notifySuccess(t('persons.photo.saved'), t('persons.photo.savedBody', { name: person.fullName }));
                },
                onError: (err) => setError(err.message),
              })
            }
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
