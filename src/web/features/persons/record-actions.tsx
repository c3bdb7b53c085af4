import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';

/**
 * The edit and remove icons of one record row (family member, document, qualification). The tooltips
 * say the action; the accessible names also name the record, so a screen reader can tell rows apart.
 */
export function RecordActions(props: {
  edit: string;
  editNamed: string;
  remove: string;
  removeNamed: string;
  onEdit: () => void;
  onRemove: () => void;
  justify?: 'flex-end';
}) {
  return (
    <Group gap={4} wrap="nowrap" justify={props.justify}>
      <Tooltip label={props.edit} withArrow>
        <ActionIcon variant="subtle" color="gray" onClick={props.onEdit} aria-label={props.editNamed}>
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={props.remove} withArrow>
        <ActionIcon variant="subtle" color="red.9" onClick={props.onRemove} aria-label={props.removeNamed}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
