import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type ComponentProps } from 'react';

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorProps & Omit<ComponentProps<'a'>, keyof AnchorProps>>((props, ref) => (
  <Anchor component="a" ref={ref} {...props} />
));
MantineAnchor.displayName = 'MantineAnchor';

/** A Mantine Anchor that is a typed router link: `to`, `params` and `search` are checked. */
export const AnchorLink = createLink(MantineAnchor);
