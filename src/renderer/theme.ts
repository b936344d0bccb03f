import { createTheme } from '@mantine/core';

// The system's own fonts: the app works offline and the CSP allows no font host.
const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, Cantarell, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const MONO_FONTS =
  'ui-monospace, "Cascadia Mono", "Segoe UI Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace';

/** Calm and legible: one blue for actions, status colours kept for status only. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 7, dark: 5 },
  fontFamily: SYSTEM_FONTS,
  fontFamilyMonospace: MONO_FONTS,
  headings: { fontFamily: SYSTEM_FONTS, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  respectReducedMotion: true,
});
