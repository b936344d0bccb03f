import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/**
 * Bundles a TypeScript test script into one .mjs a plain `node` child can run (vitest's
 * transform does not reach child processes). The bundle goes under node_modules/.cache so
 * that externals (the keyring's native addon) resolve from the project's node_modules.
 */
export const bundleScript = async (
  entry: string,
  external: string[] = [],
): Promise<{ file: string; remove: () => Promise<void> }> => {
  const dir = join(ROOT, 'node_modules', '.cache', 'vigie-tests', randomUUID());
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'script.mjs');
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external,
    logLevel: 'warning',
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
};
