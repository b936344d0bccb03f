// Bundles the Electron main process and the sandboxed preload (CommonJS: a sandboxed
// preload cannot load ES modules). `electron` itself stays external.
import { build } from 'esbuild';
import { nodeBundle } from './esbuild-common.mjs';

const common = { ...nodeBundle, format: 'cjs', external: [...nodeBundle.external, 'electron'] };
await Promise.all([
  build({ ...common, entryPoints: ['src/main/shell/electron-main.ts'], outfile: 'dist/main/main.cjs' }),
  build({
    ...common,
    entryPoints: ['src/main/shell/preload.ts'],
    outfile: 'dist/main/preload.cjs',
    platform: 'browser',
    target: 'chrome130',
  }),
]);
