// DEV/TEST ONLY: bundles the loopback dev bridge to dist/dev-bridge/ (never packaged).
import { build } from 'esbuild';
import { esmRequireBanner, nodeBundle } from './esbuild-common.mjs';

const esm = { ...nodeBundle, format: 'esm', banner: esmRequireBanner };
await Promise.all([
  build({
    ...esm,
    entryPoints: ['src/main/dev-bridge/run-bridge.ts'],
    outfile: 'dist/dev-bridge/bridge.mjs',
  }),
  // The inspection worker thread, loaded by bridge.mjs from its folder (as main.cjs does).
  build({
    ...esm,
    entryPoints: ['src/main/app/inspection-worker.ts'],
    outfile: 'dist/dev-bridge/inspection-worker.mjs',
  }),
  // The token worker thread (PKCS#11), loaded the same way.
  build({
    ...esm,
    entryPoints: ['src/main/adapters/pkcs11/token-worker.ts'],
    outfile: 'dist/dev-bridge/token-worker.mjs',
  }),
]);
