import { darken, DEFAULT_THEME, mergeThemeOverrides, type MantineTheme } from '@mantine/core';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../src/renderer/app.js';
import { contrast, cssVariablesResolver, TEXT_CONTRAST, theme } from '../../../src/renderer/theme.js';

const full = mergeThemeOverrides(DEFAULT_THEME, theme) as MantineTheme;
const vars = cssVariablesResolver(full);
/** A variable as a colour: var(--mantine-color-x-n) read from the palette. */
const resolve = (value: string): string => {
  const ref = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(value);
  return ref ? full.colors[ref[1]!]![Number(ref[2])]! : value;
};

describe('theme: text on colour reads at WCAG AA in both schemes', () => {
  it('reduced motion is respected (Mantine drops transitions when the OS asks)', () => {
    expect(full.respectReducedMotion).toBe(true);
  });

  it('white text on every filled colour, light and dark', () => {
    for (const name of Object.keys(full.colors).filter((c) => c !== 'dark' && c !== 'gray')) {
      for (const scheme of ['light', 'dark'] as const) {
        const filled = vars[scheme][`--mantine-color-${name}-filled`]!;
        expect(contrast(full.white, filled), `${scheme} ${name}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('light-variant text on its background and hover background', () => {
    for (const name of Object.keys(full.colors).filter((c) => c !== 'dark' && c !== 'gray')) {
      const text = vars.light[`--mantine-color-${name}-light-color`]!;
      for (const bg of [full.colors[name]![1]!, full.colors[name]![2]!])
        expect(contrast(text, bg), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('dimmed and error text on the page and on cards', () => {
    const lightBgs = [full.white, full.colors.gray[0]!, full.colors.gray[1]!];
    const darkBgs = [full.colors.dark[7]!, full.colors.dark[6]!, full.colors.dark[5]!];
    for (const bg of lightBgs) {
      expect(contrast(resolve(vars.light['--mantine-color-dimmed']!), bg)).toBeGreaterThanOrEqual(
        TEXT_CONTRAST,
      );
      expect(contrast(resolve(vars.light['--mantine-color-red-filled']!), bg)).toBeGreaterThanOrEqual(4.5);
    }
    for (const bg of darkBgs) {
      expect(contrast(resolve(vars.dark['--mantine-color-dimmed']!), bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(resolve(vars.dark['--mantine-color-error']!), bg)).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('links on the page and on tinted alerts, in the dark scheme', () => {
    const anchor = resolve(vars.dark['--mantine-color-anchor']!);
    const tinted = Object.keys(full.colors).map((c) => darken(full.colors[c]![9]!, 0.5));
    for (const bg of [full.colors.dark[7]!, ...tinted])
      expect(contrast(anchor, bg), bg).toBeGreaterThanOrEqual(4.5);
  });
});

describe('colour scheme: the OS decides', () => {
  const original = window.matchMedia;
  afterEach(() => {
    Object.defineProperty(window, 'matchMedia', { configurable: true, value: original });
    document.documentElement.removeAttribute('data-mantine-color-scheme');
  });

  const prefers = (dark: boolean) =>
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: vi.fn((query: string) => ({
        matches: dark && query.includes('prefers-color-scheme: dark'),
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      })),
    });

  it('dark when the OS is dark', () => {
    prefers(true);
    render(
      <Providers language="fr" env="test">
        <p>x</p>
      </Providers>,
    );
    expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark');
  });

  it('light when the OS is light', () => {
    prefers(false);
    render(
      <Providers language="fr" env="test">
        <p>x</p>
      </Providers>,
    );
    expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('light');
  });
});
