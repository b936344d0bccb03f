import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The README's pictures are the end-to-end suite's own screenshots (scripts/update-screenshots.mjs
 * copies them): each one shown exists in docs/screenshots and is written by an e2e test.
 */
describe('README screenshots', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const shown = [...readme.matchAll(/\]\((docs\/screenshots\/[^)]+\.png)\)/g)].map((m) => m[1]!);
  const e2e = readdirSync(join(ROOT, 'test', 'e2e'))
    .filter((f) => f.endsWith('.e2e.ts'))
    .map((f) => readFileSync(join(ROOT, 'test', 'e2e', f), 'utf8'))
    .join('\n');

  it('shows several, each present and made by an e2e test', () => {
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const path of shown) {
      expect(existsSync(join(ROOT, path)), path).toBe(true);
      const name = path.split('/').pop()!;
      expect(e2e.includes(`'${name}'`), `${name} is written by test/e2e`).toBe(true);
    }
  });
});
