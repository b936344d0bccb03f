// Bundles the CLI to dist/cli/vigie.mjs plus split chunks in dist/cli/chunks/. Runs from
// "prepare", so `npx vigie` works right after `npm ci`; it needs nothing but esbuild and
// the sources. The entry is small: each command and the core it runs on are separate
// chunks loaded with import() when that command runs (src/main/cli/vigie-cli.ts), so
// `vigie --help` does not parse the whole program.
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { esmRequireBanner, nodeBundle } from './esbuild-common.mjs';

// Built beside dist/cli, then swapped in: chunk names carry a content hash, so old ones
// must go, and a CLI started during the build finds the old set or the new one, whole.
// (Same depth as dist/cli, so the source maps' relative paths stay right.)
const staging = `dist/.cli-${randomBytes(4).toString('hex')}`;
try {
  await build({
    ...nodeBundle,
    entryPoints: { vigie: 'src/main/cli/cli-entry.ts' },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    splitting: true,
    banner: esmRequireBanner,
  });
  // The inspection thread `vigie scan` reads a folder's files in (src/main/cli/scan-deps.ts).
  await build({
    ...nodeBundle,
    entryPoints: ['src/main/app/inspection-worker.ts'],
    outfile: `${staging}/inspection-worker.mjs`,
    format: 'esm',
    banner: esmRequireBanner,
  });
  await rm('dist/cli', { recursive: true, force: true });
  await rename(staging, 'dist/cli');
} finally {
  await rm(staging, { recursive: true, force: true });
}
