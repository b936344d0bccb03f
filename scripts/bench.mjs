// `npm run bench`: bundles test/bench/bench.ts and runs it; writes docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { esmRequireBanner, nodeBundle } from './esbuild-common.mjs';

// The command rows run the CLI as users do: build it first so they time this tree.
const cli = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
if (cli.status !== 0) process.exit(cli.status ?? 1);

await build({
  ...nodeBundle,
  entryPoints: ['test/bench/bench.ts'],
  outfile: 'dist/bench/bench.mjs',
  format: 'esm',
  banner: esmRequireBanner,
});
const run = spawnSync(process.execPath, ['--enable-source-maps', 'dist/bench/bench.mjs'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
