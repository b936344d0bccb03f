import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ENTRY = join(ROOT, 'dist', 'cli', 'vigie.mjs');

/** Files Node loads before the entry runs: the entry and its static imports, transitively. */
const staticClosure = (entry: string): string[] => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // `import … from "./x.mjs"` and `import "./x.mjs"`, not `import("./x.mjs")`.
    for (const m of code.matchAll(/^import\s+(?:[^;(]*?\s+from\s+)?["'](\.[^"']+)["']/gm))
      visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
};

describe('the built CLI (dist/cli)', () => {
  it('loads a small entry for --help: commands and the core are split chunks', (ctx) => {
    if (!existsSync(ENTRY)) {
      console.log('skipped: dist/cli/vigie.mjs is not built (npm test builds it first)');
      ctx.skip();
    }
    const files = staticClosure(ENTRY);
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    // The whole CLI is over 1 MB; what `vigie --help` parses must stay a few KB.
    expect(bytes).toBeLessThan(32 * 1024);
    const entry = readFileSync(ENTRY, 'utf8');
    expect(entry).toMatch(/import\(["']\.\/chunks\//);
    expect(entry).not.toContain('composeCore');
  });

  it('stops quietly when the reader of its output goes away (| head)', async (ctx) => {
    if (!existsSync(ENTRY)) {
      console.log('skipped: dist/cli/vigie.mjs is not built (npm test builds it first)');
      ctx.skip();
    }
    // The same real certificate file many times: far more JSON than one pipe buffer holds.
    const file = join(ROOT, 'test', 'vectors', 'igc-sante', 'prod', 'ACR_FORT_20130625.cer');
    const child = spawn(process.execPath, [ENTRY, 'inspect', '--json', ...Array<string>(400).fill(file)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close our end, as `head -c` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
