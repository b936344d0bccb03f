// Bundles the CLI to dist/cli/vigie.mjs. Runs from "prepare", so `npx vigie` works right
// after `npm ci`; it needs nothing but esbuild and the sources.
import { build } from 'esbuild';
import { esmRequireBanner, nodeBundle } from './esbuild-common.mjs';

await build({
  ...nodeBundle,
  entryPoints: ['src/main/cli/cli-entry.ts'],
  outfile: 'dist/cli/vigie.mjs',
  format: 'esm',
  banner: esmRequireBanner,
});
