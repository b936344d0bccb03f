#!/usr/bin/env node
// Launcher for the `vigie` command. The CLI is bundled to dist/cli/vigie.mjs (and its
// chunks) by `npm ci` / `npm install` (the "prepare" script) or `npm run build:cli`.
import { existsSync } from 'node:fs';
import module from 'node:module';
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
await import(bundle);
