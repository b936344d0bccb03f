// Bundles the loopback bridge's Node side:
// - dist/dev-bridge/: the DEV/TEST dev bridge (`npm run dev:browser`, end-to-end tests; never
//   packaged) and its worker threads;
// - dist/local/: the worker threads of the local browser mode (`vigie ui`, `npm start` without
//   Electron), which runs from the CLI bundle (src/main/cli/ui-deps.ts).
// `--local`: only dist/local/.
import { build } from 'esbuild';
import { esmRequireBanner, nodeBundle } from './esbuild-common.mjs';

const esm = { ...nodeBundle, format: 'esm', banner: esmRequireBanner };
const workers = (dir) => [
  // The inspection worker thread, loaded from its folder (as main.cjs does).
  build({
    ...esm,
    entryPoints: ['src/main/app/inspection-worker.ts'],
    outfile: `${dir}/inspection-worker.mjs`,
  }),
  // The token worker thread (PKCS#11), loaded the same way.
  build({
    ...esm,
    entryPoints: ['src/main/adapters/pkcs11/token-worker.ts'],
    outfile: `${dir}/token-worker.mjs`,
  }),
];
const localOnly = process.argv.includes('--local');
await Promise.all([
  ...(localOnly
    ? []
    : [
        build({
          ...esm,
          entryPoints: ['src/main/dev-bridge/run-bridge.ts'],
          outfile: 'dist/dev-bridge/bridge.mjs',
        }),
        ...workers('dist/dev-bridge'),
      ]),
  ...workers('dist/local'),
]);
