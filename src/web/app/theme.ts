import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** Deep blue of the Balai brand (the public site uses shade 8 and 9). Shade 8 on white is 7.7:1. */
const balai: MantineColorsTuple = ['#e8f1fa', '#d2e2f3', '#a6c5e8', '#77a6dc', '#4f8bd1', '#357acb', '#2270c4', '#1563b0', '#0b5394', '#083d6e'];

const systemFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  colors: { balai },
  primaryColor: 'balai',
  // Mantine's default shade 6 fails WCAG AA on white; 8 passes for text and for white text on buttons.
  primaryShade: 8,
  fontFamily: systemFont,
  headings: { fontFamily: systemFont, fontWeight: '650' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Badge: { defaultProps: { radius: 'sm' } },
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } },
  },
});

/**
 * Colours that Mantine's defaults leave below 4.5:1: placeholder (gray 5) and dimmed text (gray 6) on
 * white, error text (red 6), and the text of light badges of teal, green, orange and red (shade 9 on
 * shade 1 is 3.6 to 4.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-placeholder': '#5f6770',
    '--mantine-color-dimmed': '#545b63',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-body': '#ffffff',
    '--mantine-color-teal-light-color': '#06594a',
    '--mantine-color-green-light-color': '#1b5e20',
    '--mantine-color-orange-light-color': '#9a3412',
    '--mantine-color-red-light-color': '#a61e1e',
  },
  dark: {},
});
