// Shared esbuild settings for the Node-side bundles (main, preload, CLI, dev bridge).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { VIGIE_VERSION: JSON.stringify(pkg.version) },
  // Native addons cannot be bundled: they load from node_modules at run time.
  external: ['@napi-rs/keyring', 'pkcs11js'],
};

// CommonJS dependencies bundled into an ES module still call require() for Node builtins.
export const esmRequireBanner = {
  js: "import { createRequire as __vigieCreateRequire } from 'node:module'; const require = __vigieCreateRequire(import.meta.url);",
};

// The Electron bundles: CommonJS (a sandboxed preload cannot load ES modules), `electron`
// itself external. The preload runs in the renderer's sandbox, so it targets Chromium.
const electronCommon = { ...nodeBundle, format: 'cjs', external: [...nodeBundle.external, 'electron'] };

/**
 * Main and its worker threads (Node side). Code that loads a native addon lazily does it with
 * createRequire(import.meta.url) (src/main/adapters/pkcs11/load-pkcs11js.ts), which CommonJS
 * output would leave empty: the bundle's own file URL stands in for it.
 */
export const electronMainBundle = {
  ...electronCommon,
  entryPoints: ['src/main/shell/electron-main.ts'],
  outfile: 'dist/main/main.cjs',
  define: { ...electronCommon.define, 'import.meta.url': '__vigieImportMetaUrl' },
  banner: { js: "const __vigieImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/** Must stay small: plain channel names, no zod (test/main/shell/preload-size.test.ts). */
export const preloadBundle = {
  ...electronCommon,
  entryPoints: ['src/main/shell/preload.ts'],
  outfile: 'dist/main/preload.cjs',
  platform: 'browser',
  target: 'chrome130',
};
