import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/i18n/en.js';
import { fr } from '../../../src/renderer/i18n/fr.js';

/**
 * A static scan of src/renderer: every key the code hands to t() — a literal, either side
 * of a conditional, or a template such as `nav.${place}` — must exist in both catalogues.
 * A typo compiles when the key is built at run time (templates, casts): this catches it.
 */
const ROOT = join(import.meta.dirname, '../../../src/renderer');

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

const keyPaths = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

/** The argument list of every `t(` call (up to its closing parenthesis). */
const tCalls = (code: string): string[] => {
  const calls: string[] = [];
  for (const match of code.matchAll(/\bt\(/g)) {
    let depth = 1;
    let quote: string | null = null;
    let i = match.index + 2;
    for (; i < code.length && depth > 0; i++) {
      const c = code[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    calls.push(code.slice(match.index + 2, i - 1));
  }
  return calls;
};

const KEYISH = /^[\w-]+(\.[\w-]+)+$/;
const PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];

type Use = { file: string; key: string } | { file: string; pattern: RegExp; source: string };

const uses = (): Use[] =>
  sources(ROOT).flatMap((path) => {
    const file = relative(ROOT, path);
    const code = readFileSync(path, 'utf8');
    const found: Use[] = [];
    for (const args of tCalls(code)) {
      for (const [, , literal] of args.matchAll(/(['"])((?:(?!\1).)*)\1/g))
        if (literal && KEYISH.test(literal)) found.push({ file, key: literal });
      for (const [, template] of args.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
        // Only a key template (`ns.${x}`), not a value interpolated into an option.
        if (!template || !/^[\w-]+\./.test(template)) continue;
        const parts = template.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
        found.push({ file, source: template, pattern: new RegExp(`^${parts.join('[\\w-]+')}(_\\w+)?$`) });
      }
    }
    // Keys kept in data for later (row labels, badges): `key: 'days.left'`.
    for (const [, key] of code.matchAll(/\bkey: '([\w-]+(?:\.[\w-]+)+)'/g))
      if (key) found.push({ file, key });
    return found;
  });

describe('every key the renderer uses exists in French and English', () => {
  const all = uses();
  for (const [name, catalogue] of [
    ['fr', fr],
    ['en', en],
  ] as const) {
    const keys = new Set(keyPaths(catalogue));
    it(`${name}: literal keys`, () => {
      const missing = all
        .filter((u): u is { file: string; key: string } => 'key' in u)
        .filter((u) => !keys.has(u.key) && !PLURALS.some((p) => keys.has(`${u.key}_${p}`)))
        .map((u) => `${u.file}: ${u.key}`);
      expect(missing).toEqual([]);
    });
    it(`${name}: keys built from a template`, () => {
      const list = [...keys];
      const missing = all
        .filter((u): u is { file: string; pattern: RegExp; source: string } => 'pattern' in u)
        .filter((u) => !list.some((k) => u.pattern.test(k)))
        .map((u) => `${u.file}: \`${u.source}\``);
      expect(missing).toEqual([]);
    });
  }

  it('the scan sees the code (guards against a regex that matches nothing)', () => {
    const all2 = uses();
    expect(all2.filter((u) => 'key' in u).length).toBeGreaterThan(500);
    expect(all2.filter((u) => 'pattern' in u).length).toBeGreaterThan(10);
  });
});
