#!/usr/bin/env node
// Launcher for the `vigie` command. The CLI is bundled to dist/cli/vigie.mjs (and its
// chunks) by `npm ci` / `npm install` (the "prepare" script) or `npm run build:cli`.
import { existsSync } from 'node:fs';
import module from 'node:module';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/vigie.mjs', import.meta.url));
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`vigie needs Node.js 22.12 or newer (this is ${process.version}).\n`);
  process.exit(2);
}
if (!existsSync(bundle)) {
  process.stderr.write('vigie: the CLI is not built yet; run "npm run build:cli".\n');
  process.exit(2);
}
// Node's on-disk compile cache (os.tmpdir()/node-compile-cache) makes later runs skip
// parsing and compiling the bundle. It reports a failure (read-only temp folder…) in its
// return value rather than throwing, and an older Node has no such function: either way
// the CLI runs as before, only without the cache.
module.enableCompileCache?.();
// Keep V8's young generation at its starting size. By default it doubles up to 64 MiB per
// semi-space as allocation goes on, which for a short run that reads thousands of
// certificates costs more in fresh pages than it saves in collections: measured on
// `vigie inspect --json` of a 30,000-certificate PEM, 470 → 300 MiB peak RSS and 15 %
// less time (docs/benchmarks.md). The flag only tunes the collector; V8 reads it at each
// resize, so setting it before the bundle loads is in time.
// Not for `vigie scan`: it keeps a steady trickle of objects alive (a batch of rows, the
// read-ahead files) over thousands of files, and a young generation held at 1 MiB then
// collects some 370 times for a 10,000-file first scan (about 0.45 s of 2 s) against about
// 30 times at V8's default sizes (measured with --trace-gc; the benchmark's P1 rows).
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
if (command !== 'scan') v8.setFlagsFromString('--semi-space-growth-factor=1');
await import(bundle);
