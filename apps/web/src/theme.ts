import { createTheme, TableScrollContainer, type MantineColorsTuple } from '@mantine/core';

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
  components: {
    // A table wider than a phone scrolls inside its own box; the box takes focus so that a keyboard
    // can scroll it too, not only a finger (WCAG 2.1.1), whatever the table holds.
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } }),
  },
  headings: {
    fontWeight: '650',
    // Mantine's sizes, each capped by the screen's width: with large text on a small phone a
    // heading still grows, but never so far that one of its words is wider than the screen.
    sizes: {
      h1: { fontSize: 'min(2.125rem, 11vw)' },
      h2: { fontSize: 'min(1.625rem, 8.5vw)' },
      h3: { fontSize: 'min(1.375rem, 7vw)' },
      h4: { fontSize: 'min(1.125rem, 6vw)' },
    },
  },
});
