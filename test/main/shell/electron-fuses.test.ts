import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { LinuxPackager, type Configuration } from 'electron-builder';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** electron-builder.yml as electron-builder itself loads it (and checks it against its schema). */
const packagingConfig = async (): Promise<Configuration> => {
  const config = await getConfig(ROOT, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
};

describe('the packaged app’s Electron fuses (electron-builder.yml)', () => {
  it('are set, under the option names this electron-builder knows (schema-checked)', async () => {
    const config = await packagingConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('a misspelt fuse is refused by electron-builder, not silently ignored', async () => {
    const config = await packagingConfig();
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('become the fuse wire electron-builder hands to @electron/fuses before signing', async () => {
    const config = await packagingConfig();
    // The packager's own translation (private in its types): what flipFuses receives.
    const packager = LinuxPackager.prototype as unknown as {
      generateFuseConfig(fuses: Configuration['electronFuses']): Promise<Record<string, unknown>>;
    };
    const wire = await packager.generateFuseConfig.call(null, config.electronFuses);
    expect(wire).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('the dev bridge and the bridge-mode renderer are never packaged', async () => {
    const config = await packagingConfig();
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(patterns).toEqual(
      expect.arrayContaining(['!dist/dev-bridge/**', '!dist/renderer-bridge/**', '!**/*.map']),
    );
    expect(patterns.filter((p) => /^dist\/(dev-bridge|renderer-bridge)/.test(p))).toEqual([]);
  });
});
