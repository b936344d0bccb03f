// `npm run conformance`: bundles test/conformance/main.ts and runs it with the arguments given.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { esmRequireBanner, nodeBundle } from './esbuild-common.mjs';

await build({
  ...nodeBundle,
  entryPoints: ['test/conformance/main.ts'],
  outfile: 'dist/conformance/conformance.mjs',
  format: 'esm',
  banner: esmRequireBanner,
});
const run = spawnSync(
  process.execPath,
  ['--enable-source-maps', 'dist/conformance/conformance.mjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
