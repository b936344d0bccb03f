import { createTheme, darken, luminance, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';

// The system's own fonts: the app works offline and the CSP allows no font host.
const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, Cantarell, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const MONO_FONTS =
  'ui-monospace, "Cascadia Mono", "Segoe UI Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace';

/** Calm and legible: one blue for actions, status colours kept for status only. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: SYSTEM_FONTS,
  fontFamilyMonospace: MONO_FONTS,
  headings: { fontFamily: SYSTEM_FONTS, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // No transition when the OS asks for reduced motion (Mantine sets their durations to 0).
  respectReducedMotion: true,
});

/** WCAG AA for body text is 4.5:1; a little margin for rounding. */
export const TEXT_CONTRAST = 4.6;

/** WCAG contrast ratio of two colours (any CSS colour Mantine parses). */
export const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The colour, darkened step by step until text and background read at `min` or more. */
const darkEnough = (color: string, against: string, min = TEXT_CONTRAST): string => {
  let out = color;
  for (let step = 1; contrast(out, against) < min && step <= 20; step += 1) out = darken(color, step * 0.04);
  return out;
};

/**
 * Mantine's colour variables, with every text-on-colour pair held to WCAG AA in both
 * schemes (the defaults put white on mid-tone fills, tinted text on pale fills and a grey
 * "dimmed" text that read at 3:1 or so): filled colours darkened until white text on them
 * reads, light-variant text darkened against its (hover) background, dimmed text and error
 * text one step further from the background.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t: MantineTheme) => {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  const shade = (scheme: 'light' | 'dark') =>
    typeof t.primaryShade === 'number' ? t.primaryShade : t.primaryShade[scheme];
  for (const [name, colors] of Object.entries(t.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    // Filled colours are also text colours (c="red", errors, links): held against the
    // palest grey surface too, which is darker than white.
    const lightFilled = darkEnough(colors[shade('light')]!, t.colors.gray[1]!);
    light[`--mantine-color-${name}-filled`] = lightFilled;
    light[`--mantine-color-${name}-outline`] = lightFilled;
    light[`--mantine-color-${name}-light-color`] = darkEnough(colors[9]!, colors[2]!);
    dark[`--mantine-color-${name}-filled`] = darkEnough(colors[shade('dark')]!, t.white);
  }
  return {
    variables: {},
    light: {
      ...light,
      '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
      '--mantine-color-error': 'var(--mantine-color-red-filled)',
      '--mantine-color-anchor': 'var(--mantine-primary-color-filled)',
    },
    dark: {
      ...dark,
      // Between dark-2 (3.9:1 on cards) and the body text (dark-0): 4.6:1 on dark-5.
      '--mantine-color-dimmed': '#a6a6a6',
      '--mantine-color-error': 'var(--mantine-color-red-4)',
      // Links also sit on the tinted alerts (dark orange, dark red): shade 4 read at 3.6:1 there.
      '--mantine-color-anchor': `var(--mantine-color-${t.primaryColor}-2)`,
    },
  };
};
