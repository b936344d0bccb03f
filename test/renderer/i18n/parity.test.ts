import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/i18n/en.js';
import { fr } from '../../../src/renderer/i18n/fr.js';

/** Every leaf key path, e.g. "errors.wrong-password". */
const keyPaths = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

const interpolations = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

const leaf = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);

describe('translations', () => {
  it('French and English have exactly the same keys', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(fr).sort());
  });

  it('every message is a non-empty string with the same placeholders in both languages', () => {
    for (const path of keyPaths(fr)) {
      const f = leaf(fr, path);
      const e = leaf(en, path);
      expect(typeof f, path).toBe('string');
      expect(typeof e, path).toBe('string');
      expect((f as string).trim(), path).not.toBe('');
      expect(interpolations(e as string), path).toEqual(interpolations(f as string));
    }
  });
});
