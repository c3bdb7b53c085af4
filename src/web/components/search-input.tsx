import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  label: string;
  /** The committed search (from the address bar). */
  value: string;
  /** Called a moment after typing stops, and at once on Enter or clear. */
  onSearch: (value: string) => void;
  delay?: number;
}

/** A labelled search box that commits its text after a short pause in typing. */
export function SearchInput({ label, value, onSearch, delay = 300, ...rest }: SearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback((next: string) => onSearch(next.trim()), delay);

  // Follow the address bar when it changes from elsewhere (back button, a link).
  useEffect(() => setText(value), [value]);

  return (
    <TextInput
      type="search"
      label={label}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          commit.cancel();
          onSearch(text.trim());
        }
      }}
      leftSection={<IconSearch size={18} aria-hidden />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('common.clearSearch')}
            onClick={() => {
              setText('');
              commit.cancel();
              onSearch('');
            }}
          />
        ) : null
      }
      autoComplete="off"
      spellCheck={false}
      {...rest}
    />
  );
}
