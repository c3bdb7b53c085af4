import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { takeTitleFocus } from '../lib/focus-title';
import { useDocumentTitle } from '../lib/use-document-title';

interface PageHeaderProps {
  title: string;
  /** Title of the browser tab, when it should differ from the heading. */
  documentTitle?: string;
  description?: ReactNode;
  /** Above the title, e.g. breadcrumbs. */
  above?: ReactNode;
  actions?: ReactNode;
}

/** The heading of every screen: one h1, a short description, and the tab title. */
export function PageHeader({ title, documentTitle, description, above, actions }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => takeTitleFocus(heading.current), [title]);
  return (
    <Stack gap={6} mb="lg">
      {above}
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 20rem' }}>
          <Title order={1} fz={{ base: 24, sm: 28 }} tabIndex={-1} data-page-title ref={heading}>
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" size="sm" maw={720}>
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions}
      </Group>
    </Stack>
  );
}
