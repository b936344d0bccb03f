#!/usr/bin/env node
// Launcher for the `vigie` command. The CLI is bundled to dist/cli/vigie.mjs by
// `npm ci` / `npm install` (the "prepare" script) or `npm run build:cli`.
import { existsSync } from 'node:fs';
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
await import(bundle);
