import { build } from 'esbuild';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

/**
 * The token worker entry bundled as scripts/build-bridge.mjs bundles it (ESM, pkcs11js
 * external), into a temp folder removed with the test's others. pkcs11js resolves from the
 * bundle's folder at run time, so the folder gets a link to the project's node_modules.
 */
export const bundleTokenWorker = async (): Promise<string> => {
  const dir = tempDir('vigie-token-worker-');
  const script = join(dir, 'token-worker.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/main/adapters/pkcs11/token-worker.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    external: ['pkcs11js'],
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return script;
};
