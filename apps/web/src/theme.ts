import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * A quiet blue-teal: calm without looking clinical. Shades were picked so text and filled
 * controls pass WCAG AA: shade 7 on white (6.2:1) in light mode, shade 8 under white text and
 * shade 4 links on Mantine's dark body (4.8:1) in dark mode.
 */
const lantern: MantineColorsTuple = [
  '#e8f3f5',
  '#d0e6eb',
  '#a3ccd6',
  '#73b1c0',
  '#4b9aad',
  '#2f8aa0',
  '#1f7d94',
  '#176a7e',
  '#155e70',
  '#0b4a5a',
];

export const lanternTheme = createTheme({
  colors: { lantern },
  primaryColor: 'lantern',
  primaryShade: { light: 7, dark: 8 },
  autoContrast: true,
  defaultRadius: 'md',
  // Keyboard users always see where they are; mouse clicks do not leave rings behind.
  focusRing: 'auto',
  respectReducedMotion: true,
  headings: { fontWeight: '650' },
});
