// `npm run bench`: bundles test/bench/bench.ts and runs it; writes docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { esmRequireBanner, nodeBundle } from './esbuild-common.mjs';

// The page says how long the whole run took, builds included (issue 11: under 10 minutes).
process.env.VIGIE_BENCH_STARTED = String(Date.now());

// The command rows run the CLI as users do: build it first so they time this tree.
const cli = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
if (cli.status !== 0) process.exit(cli.status ?? 1);
// The dashboard rows (P4) drive this tree's renderer in Chromium through the dev bridge.
for (const args of [
  [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'vite.config.ts',
    '--mode',
    'bridge',
    '--outDir',
    '../../dist/renderer-bridge',
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ],
  ['scripts/build-bridge.mjs'],
]) {
  const built = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await build({
  ...nodeBundle,
  entryPoints: ['test/bench/bench.ts'],
  outfile: 'dist/bench/bench.mjs',
  format: 'esm',
  banner: esmRequireBanner,
  // Playwright finds its browser-side files on disk: it runs from node_modules, unbundled.
  external: [...nodeBundle.external, 'playwright-core'],
});
// The children of P5 and of P1 in the app: the core alone, so their memory and time are
// the app's and not the bench's.
for (const name of ['idle-core', 'app-scan-core'])
  await build({
    ...nodeBundle,
    entryPoints: [`test/bench/${name}.ts`],
    outfile: `dist/bench/${name}.mjs`,
    format: 'esm',
    banner: esmRequireBanner,
  });
const run = spawnSync(process.execPath, ['--enable-source-maps', 'dist/bench/bench.mjs'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
