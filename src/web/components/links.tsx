import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type ComponentProps } from 'react';

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorProps & Omit<ComponentProps<'a'>, keyof AnchorProps>>((props, ref) => (
  <Anchor component="a" ref={ref} {...props} />
));
MantineAnchor.displayName = 'MantineAnchor';

/** A Mantine Anchor that is a typed router link: `to`, `params` and `search` are checked. */
export const AnchorLink = createLink(MantineAnchor);

const MantineButtonAnchor = forwardRef<HTMLAnchorElement, ButtonProps & Omit<ComponentProps<'a'>, keyof ButtonProps>>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
MantineButtonAnchor.displayName = 'MantineButtonAnchor';

/** A Mantine Button that is a typed router link. */
export const ButtonLink = createLink(MantineButtonAnchor);
