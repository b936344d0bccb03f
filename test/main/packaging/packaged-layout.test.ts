import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * `npm run dist` needs Electron's real binary (downloaded by electron-builder). Here the `dir`
 * target is built against a stand-in Electron distribution (`electronDist`: one executable
 * named `electron` that carries Electron's fuse wire, so @electron/fuses flips it as it
 * would the real binary) and a stand-in `dist/` (the bundles' real names plus decoys that must
 * stay out: source maps, the dev bridge, the bridge-mode renderer, tests, sources). The
 * production dependencies are the project's own node_modules (hard-linked, not copied).
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const run = promisify(execFile);

/** Electron's fuse sentinel, then wire version 1, length 9, Electron 45's defaults. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar,
// LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges, WasmTrapHandlers
const DEFAULT_WIRE = '101100011';

const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

const stage = (work: string) => {
  const proj = join(work, 'project');
  mkdirSync(proj);
  for (const f of ['package.json', 'package-lock.json', 'electron-builder.yml'])
    copyFileSync(join(ROOT, f), join(proj, f));
  cpSync(join(ROOT, 'bin'), join(proj, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'assets'), join(proj, 'assets'), { recursive: true });
  // What `npm run build` makes, by name; and what must never ship.
  for (const f of ['main.cjs', 'preload.cjs', 'inspection-worker.cjs', 'token-worker.cjs']) {
    write(join(proj, 'dist/main', f), '"use strict";\n');
    write(join(proj, 'dist/main', `${f}.map`), '{}');
  }
  write(join(proj, 'dist/renderer/index.html'), '<!doctype html>');
  write(join(proj, 'dist/renderer/assets/index-abc.js'), '');
  write(join(proj, 'dist/renderer/assets/index-abc.js.map'), '{}');
  write(join(proj, 'dist/cli/vigie.mjs'), '');
  write(join(proj, 'dist/dev-bridge/bridge.mjs'), '');
  write(join(proj, 'dist/renderer-bridge/index.html'), '');
  write(join(proj, 'test/main/some.test.ts'), '');
  write(join(proj, 'src/main/shell/electron-main.ts'), '');
  const electron = join(work, 'electron-dist', 'electron');
  write(electron, `#!/bin/sh\nexit 0\n# ${SENTINEL}\u0001\u0009${DEFAULT_WIRE}\n`);
  chmodSync(electron, 0o755);
  return { proj, electronDist: dirname(electron), out: join(work, 'release') };
};

describe.skipIf(process.platform !== 'linux')(
  'packaged layout (electron-builder --dir, stand-in Electron)',
  () => {
    it('ships main, renderer and unpacked native addons; no dev bridge, tests, sources or maps; fuses flipped', async () => {
      const work = tempDir('vigie-pack-');
      const { proj, electronDist, out } = stage(work);
      await run('cp', ['-al', join(ROOT, 'node_modules'), join(proj, 'node_modules')]);
      const builder = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
      await run(
        process.execPath,
        [
          builder,
          '--dir',
          '--linux',
          '--x64',
          `-c.electronDist=${electronDist}`,
          `-c.directories.output=${out}`,
          // The addons are not rebuilt against Electron's headers here (that needs the network).
          '-c.npmRebuild=false',
        ],
        {
          cwd: proj,
          env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const app = join(out, 'linux-unpacked');
      const resources = join(app, 'resources');
      const asar = require(join(ROOT, 'node_modules/@electron/asar')) as {
        listPackage(path: string, options: { isPack: boolean }): string[];
        extractFile(path: string, file: string): Buffer;
      };
      const entries = asar.listPackage(join(resources, 'app.asar'), { isPack: true }).map((line) => {
        const [state, path] = line.split(/\s*:\s+/) as [string, string];
        return { unpacked: state.trim() === 'unpack', path };
      });
      const paths = entries.map((e) => e.path);
      const unpacked = new Set(entries.filter((e) => e.unpacked).map((e) => e.path));

      // The app: bundled main + workers + preload, the production renderer, the CLI.
      for (const f of ['main.cjs', 'preload.cjs', 'inspection-worker.cjs', 'token-worker.cjs'])
        expect(paths).toContain(`/dist/main/${f}`);
      expect(paths).toContain('/dist/renderer/index.html');
      const manifest = JSON.parse(
        asar.extractFile(join(resources, 'app.asar'), 'package.json').toString(),
      ) as {
        main: string;
      };
      expect(manifest.main).toBe('dist/main/main.cjs');

      // Native addons: beside the archive, real files for dlopen.
      expect(unpacked.has('/node_modules/pkcs11js/index.js')).toBe(true);
      expect(existsSync(join(resources, 'app.asar.unpacked/node_modules/pkcs11js/index.js'))).toBe(true);
      const keyringPackages = readdirSync(join(ROOT, 'node_modules/@napi-rs')).filter((d) =>
        d.startsWith('keyring-'),
      );
      expect(keyringPackages.length).toBeGreaterThan(0);
      for (const pkg of keyringPackages) {
        const addons = readdirSync(join(ROOT, 'node_modules/@napi-rs', pkg)).filter((f) =>
          f.endsWith('.node'),
        );
        for (const addon of addons) {
          expect(unpacked.has(`/node_modules/@napi-rs/${pkg}/${addon}`)).toBe(true);
          expect(existsSync(join(resources, 'app.asar.unpacked/node_modules/@napi-rs', pkg, addon))).toBe(
            true,
          );
        }
      }
      expect(paths.filter((p) => p.startsWith('/node_modules/@napi-rs/keyring/')).length).toBeGreaterThan(0);

      // Never shipped.
      const never = paths.filter(
        (p) =>
          p.startsWith('/dist/dev-bridge') ||
          p.startsWith('/dist/renderer-bridge') ||
          p.startsWith('/test') ||
          p.startsWith('/src') ||
          p.endsWith('.map') ||
          /\.(test|spec)\.[cm]?[jt]sx?$/.test(p) ||
          /\/(tests?|__tests__)\//.test(p),
      );
      expect(never).toEqual([]);

      // Fuses: the binary's wire flipped as electron-builder.yml says.
      const binary = readFileSync(join(app, 'vigie'));
      const at = binary.indexOf(SENTINEL) + SENTINEL.length;
      expect(binary[at]).toBe(1);
      const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('latin1');
      expect({
        runAsNode: wire[0],
        enableCookieEncryption: wire[1],
        enableNodeOptionsEnvironmentVariable: wire[2],
        enableNodeCliInspectArguments: wire[3],
        enableEmbeddedAsarIntegrityValidation: wire[4],
        onlyLoadAppFromAsar: wire[5],
        grantFileProtocolExtraPrivileges: wire[7],
      }).toEqual({
        runAsNode: '0',
        enableCookieEncryption: '1',
        enableNodeOptionsEnvironmentVariable: '0',
        enableNodeCliInspectArguments: '0',
        enableEmbeddedAsarIntegrityValidation: '1',
        onlyLoadAppFromAsar: '1',
        grantFileProtocolExtraPrivileges: '0',
      });

      // Icons next to the archive for the shell (app, tray light and dark).
      for (const f of [
        'icon.png',
        'tray-light.png',
        'tray-light@2x.png',
        'tray-dark.png',
        'tray-dark@2x.png',
      ])
        expect(existsSync(join(resources, 'assets', f)), f).toBe(true);
    }, 300_000);

    it('has the icons electron-builder packs, at their sizes', () => {
      const size = (f: string) => {
        const png = readFileSync(join(ROOT, 'assets', f));
        expect(png.subarray(1, 4).toString('latin1'), f).toBe('PNG');
        return [png.readUInt32BE(16), png.readUInt32BE(20)];
      };
      expect(size('icon.png')).toEqual([512, 512]);
      for (const n of [16, 32, 48, 64, 128, 256, 512]) expect(size(`icons/${n}x${n}.png`)).toEqual([n, n]);
      for (const theme of ['light', 'dark']) {
        expect(size(`tray-${theme}.png`)).toEqual([16, 16]);
        expect(size(`tray-${theme}@2x.png`)).toEqual([32, 32]);
      }
    });
  },
);
