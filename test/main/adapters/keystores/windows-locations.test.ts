import { dirname, join } from 'node:path';
import type { StoreLocation } from '../../../../src/main/adapters/keystores/windows/powershell-scripts.js';
import { createWindowsKeystore } from '../../../../src/main/adapters/keystores/windows/windows-keystore.js';
import {
  parseElevation,
  windowsError,
} from '../../../../src/main/adapters/keystores/windows/windows-output.js';
import { WINDOWS_TARGET_IDS } from '../../../../src/main/adapters/keystores/windows/windows-targets.js';
import { decodedScript, fakeRunner, fixture } from './helpers/fake-runner.js';
import { makeTestPki, type TestPki } from './helpers/pki.js';
import { usePrivateTempRoot } from '../../../../src/main/adapters/private-temp.js';
import { tempDir } from '../../../helpers/temp-dir.js';

// The contract is spelled out here on purpose, not rebuilt with the adapter's helpers.
const PS_FLAGS = [
  '-NoLogo',
  '-NoProfile',
  '-NonInteractive',
  '-ExecutionPolicy',
  'Bypass',
  '-EncodedCommand',
];
const PRELUDE = [
  "$ErrorActionPreference = 'Stop'",
  '[Console]::OutputEncoding = [Text.Encoding]::UTF8',
  'trap { [Console]::Error.WriteLine(("VIGIE-ERROR 0x{0:X8} {1}" -f $_.Exception.HResult, $_.Exception.Message)); exit 3 }',
];
const ELEVATION =
  '([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)';
const argsOf = (lines: string[]): string[] => [
  ...PS_FLAGS,
  Buffer.from(lines.join('\n'), 'utf16le').toString('base64'),
];
const LEAF_SHA256 = 'f161d375ea0456e897922f3343aa04bc7491e81a283f3512ca15ab1ae7e2174b';
const CA_SHA256 = '70a707390fafe642e07b2031851b77c7721d1b13ee4cc99d34b183af5e8c252b';
const LOCATIONS: StoreLocation[] = ['CurrentUser', 'LocalMachine'];
/** Writes into LocalMachine ask for elevation first (once); CurrentUser never does. */
const ELEVATED = { stdout: 'True\r\n' };
const checks = (location: StoreLocation): number => (location === 'LocalMachine' ? 1 : 0);

describe('Windows keystore: CurrentUser\\My and LocalMachine\\My', () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = makeTestPki("l'été 2025");
    // Temp secrets go to a private folder of the data folder: a temp one here.
    usePrivateTempRoot(tempDir('vigie-ks-private-'));
  });
  afterAll(() => usePrivateTempRoot(null));

  it('asks for elevation once: LocalMachine\\My usable only when elevated, CurrentUser\\My the default', async () => {
    const admin = fakeRunner([ELEVATED]);
    const store = createWindowsKeystore({ runner: admin.runner });
    expect((await store.listTargets()).map((t) => [t.id, t.location, t.isDefault, t.inUse])).toEqual([
      ['windows:CurrentUser\\My', 'Cert:\\CurrentUser\\My', true, false],
      ['windows:LocalMachine\\My', 'Cert:\\LocalMachine\\My', false, false],
    ]);
    await store.listTargets();
    expect(admin.calls).toHaveLength(1);
    expect(admin.calls[0]!.cmd).toBe('powershell.exe');
    expect(admin.calls[0]!.args).toEqual(argsOf([...PRELUDE, ELEVATION]));
    expect(admin.calls[0]!.options.stdin).toBeUndefined();

    const user = fakeRunner([{ stdout: '\uFEFFFalse\r\n' }]);
    const userStore = createWindowsKeystore({ runner: user.runner });
    expect((await userStore.listTargets()).map((t) => [t.inUse, t.needsAdmin])).toEqual([
      [false, false],
      [false, true],
    ]);
    await userStore.listTargets();
    expect(user.calls).toHaveLength(1);

    // An unclear answer counts as not elevated now and is asked again.
    const flaky = fakeRunner([{ code: -1, failure: 'timeout' }, ELEVATED]);
    const flakyStore = createWindowsKeystore({ runner: flaky.runner });
    expect((await flakyStore.listTargets())[1]!.needsAdmin).toBe(true);
    expect((await flakyStore.listTargets())[1]!.needsAdmin).toBe(false);
    expect(flaky.calls).toHaveLength(2);
  });

  it.each(LOCATIONS)('lists and removes in %s\\My with the exact scripts', async (location) => {
    const { runner, calls } = fakeRunner([
      { stdout: fixture('windows-list.stdout') },
      ...(location === 'LocalMachine' ? [ELEVATED] : []),
      { stdout: fixture('windows-list.stdout') },
      {},
    ]);
    const store = createWindowsKeystore({ runner });
    const listed = await store.list(WINDOWS_TARGET_IDS[location]);
    expect(listed.ok && listed.value.map((e) => e.sha256)).toEqual([LEAF_SHA256, CA_SHA256]);
    expect(await store.remove(WINDOWS_TARGET_IDS[location], LEAF_SHA256)).toEqual({
      ok: true,
      value: undefined,
    });
    const list = [
      ...PRELUDE,
      `$items = @(Get-ChildItem -Path 'Cert:\\${location}\\My' | ForEach-Object { [pscustomobject]@{ Thumbprint = $_.Thumbprint; FriendlyName = $_.FriendlyName; Subject = $_.Subject; HasPrivateKey = $_.HasPrivateKey; RawData = [Convert]::ToBase64String($_.RawData) } })`,
      'ConvertTo-Json -InputObject $items -Compress -Depth 2',
    ];
    expect(calls.map((c) => c.args)).toEqual([
      argsOf(list),
      ...(location === 'LocalMachine' ? [argsOf([...PRELUDE, ELEVATION])] : []),
      argsOf(list),
      argsOf([
        ...PRELUDE,
        `Remove-Item -Path 'Cert:\\${location}\\My\\E1A5FB8CCDF3DA44C85CF91315A99003136DBAB7' -DeleteKey`,
      ]),
    ]);
  });

  it.each(LOCATIONS)(
    'installs into %s: exact script, CAs to its Root and CA, password on stdin only, non-exportable',
    async (location) => {
      const { runner, calls } = fakeRunner([
        ...(location === 'LocalMachine' ? [ELEVATED] : []),
        { stdout: '[]' },
        { stdout: '' },
        { stdout: fixture('windows-list.stdout') },
      ]);
      const result = await createWindowsKeystore({ runner }).installPkcs12(
        WINDOWS_TARGET_IDS[location],
        pki.p12,
        pki.password,
        { caTrust: [pki.rootDer, pki.intermediateDer], nonExportable: true },
      );
      expect(result).toEqual({ ok: true, value: { added: [LEAF_SHA256, CA_SHA256], warnings: [] } });
      expect(calls).toHaveLength(3 + checks(location));
      const install = calls[1 + checks(location)]!;
      const p12Path = [...install.files.keys()].find((p) => p.endsWith('import.p12'))!;
      const dir = dirname(p12Path);
      expect(install.args).toEqual(
        argsOf([
          ...PRELUDE,
          '$line = [Console]::In.ReadLine()',
          'if ([string]::IsNullOrEmpty($line)) { $pw = New-Object System.Security.SecureString } else { $pw = ConvertTo-SecureString -String $line -AsPlainText -Force }',
          '$line = $null',
          `$null = Import-PfxCertificate -FilePath '${join(dir, 'import.p12')}' -CertStoreLocation 'Cert:\\${location}\\My' -Password $pw`,
          `$null = Import-Certificate -FilePath '${join(dir, 'ca-0.cer')}' -CertStoreLocation 'Cert:\\${location}\\Root'`,
          `$null = Import-Certificate -FilePath '${join(dir, 'ca-1.cer')}' -CertStoreLocation 'Cert:\\${location}\\CA'`,
        ]),
      );
      expect(install.options.stdin).toBe(`${pki.password}\n`);
      for (const call of calls) {
        expect(call.args.join(' ')).not.toContain(pki.password);
        expect(decodedScript(call.args)).not.toContain('été');
        if (call !== install) expect(call.options.stdin).toBeUndefined();
      }
    },
  );

  it('refuses LocalMachine writes without elevation before touching the store; maps E_ACCESSDENIED', async () => {
    const { runner, calls } = fakeRunner([{ stdout: 'False\r\n' }]);
    const store = createWindowsKeystore({ runner });
    const id = WINDOWS_TARGET_IDS.LocalMachine;
    const options = { caTrust: [pki.rootDer], nonExportable: true };
    expect(await store.installPkcs12(id, pki.p12, pki.password, options)).toMatchObject({
      ok: false,
      error: { code: 'access-denied' },
    });
    expect(await store.remove(id, LEAF_SHA256)).toMatchObject({
      ok: false,
      error: { code: 'access-denied' },
    });
    // One elevation check, nothing written, no temp file; reading stays allowed.
    expect(calls).toHaveLength(1);
    expect(calls[0]!.files.size).toBe(0);

    // What a write says when elevation is lost anyway (e.g. a store ACL): HRESULT 0x80070005.
    const denied = windowsError({
      code: 3,
      stdout: '',
      stderr: 'VIGIE-ERROR 0x80070005 Accès refusé. (Exception de HRESULT : 0x80070005 (E_ACCESSDENIED))\r\n',
    });
    expect(denied).toMatchObject({ code: 'access-denied' });
  });

  it('reads the elevation answers PowerShell prints', () => {
    const run = (stdout: string, code = 0) => parseElevation({ code, stdout, stderr: '' });
    expect(run('True\r\n')).toBe(true);
    expect(run('\uFEFFFalse\r\n')).toBe(false);
    expect(run('Vrai\r\n')).toBeNull();
    expect(run('', 3)).toBeNull();
    expect(parseElevation({ code: -1, stdout: '', stderr: '', failure: 'missing' })).toBeNull();
  });
});
