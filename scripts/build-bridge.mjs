// DEV/TEST ONLY: bundles the loopback dev bridge to dist/dev-bridge/ (never packaged).
import { build } from 'esbuild';
import { esmRequireBanner, nodeBundle } from './esbuild-common.mjs';

await build({
  ...nodeBundle,
  entryPoints: ['src/main/dev-bridge/run-bridge.ts'],
  outfile: 'dist/dev-bridge/bridge.mjs',
  format: 'esm',
  banner: esmRequireBanner,
});
