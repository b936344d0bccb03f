// Bundles the Electron main process, its inspection and token worker threads and the sandboxed preload
// (settings: esbuild-common.mjs).
import { build } from 'esbuild';
import { electronMainBundle, preloadBundle } from './esbuild-common.mjs';

/** Loaded by main.cjs from its own folder (src/main/app/inspection-worker.ts). */
const inspectionWorkerBundle = {
  ...electronMainBundle,
  entryPoints: ['src/main/app/inspection-worker.ts'],
  outfile: 'dist/main/inspection-worker.cjs',
};

/** Loaded by main.cjs from its own folder (src/main/adapters/pkcs11/token-worker.ts). */
const tokenWorkerBundle = {
  ...electronMainBundle,
  entryPoints: ['src/main/adapters/pkcs11/token-worker.ts'],
  outfile: 'dist/main/token-worker.cjs',
};

await Promise.all([
  build(electronMainBundle),
  build(inspectionWorkerBundle),
  build(tokenWorkerBundle),
  build(preloadBundle),
]);
