import { build, type BuildOptions } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CEILING = 30 * 1024;

/** The preload's build settings, the very ones scripts/build-main.mjs uses. */
const preloadOptions = async (): Promise<BuildOptions> => {
  const common = pathToFileURL(join(ROOT, 'scripts', 'esbuild-common.mjs')).href;
  const { preloadBundle } = (await import(common)) as { preloadBundle: BuildOptions };
  return preloadBundle;
};

describe('the preload bundle', () => {
  it(
    `stays under ${CEILING / 1024} KB and carries no zod and no contract schemas`,
    { timeout: 20_000 },
    async () => {
      const options = await preloadOptions();
      const result = await build({
        ...options,
        absWorkingDir: ROOT,
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const js = result.outputFiles.find((f) => f.path.endsWith('preload.cjs'));
      expect(js).toBeDefined();
      expect(js!.contents.byteLength).toBeLessThanOrEqual(CEILING);
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.filter((i) => i.includes('node_modules/'))).toEqual([]);
      expect(inputs.filter((i) => /shared\/(ipc\/contract|model\/)/.test(i))).toEqual([]);
      expect(inputs).toContain('src/shared/ipc/channels.ts');
    },
  );

  it('the built dist/main/preload.cjs is under the same ceiling', (ctx) => {
    const built = join(ROOT, 'dist', 'main', 'preload.cjs');
    if (!existsSync(built)) {
      console.log('skipped: dist/main/preload.cjs is not built (npm test builds it first)');
      ctx.skip();
    }
    expect(statSync(built).size).toBeLessThanOrEqual(CEILING);
  });
});
