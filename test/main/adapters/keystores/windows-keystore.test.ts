import { existsSync } from 'node:fs';
import { sha256Hex } from '../../../../src/main/adapters/keystores/cert-facts.js';
import { psQuote } from '../../../../src/main/adapters/keystores/windows/powershell-scripts.js';
import { createWindowsKeystore } from '../../../../src/main/adapters/keystores/windows/windows-keystore.js';
import { parseCertJson } from '../../../../src/main/adapters/keystores/windows/windows-output.js';
import { WINDOWS_TARGET_IDS } from '../../../../src/main/adapters/keystores/windows/windows-targets.js';
import { decodedScript, fakeRunner, fixture } from './helpers/fake-runner.js';
import { makeTestPki, type TestPki } from './helpers/pki.js';
import { usePrivateTempRoot } from '../../../../src/main/adapters/private-temp.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const LEAF_SHA256 = 'f161d375ea0456e897922f3343aa04bc7491e81a283f3512ca15ab1ae7e2174b';
const CA_SHA256 = '70a707390fafe642e07b2031851b77c7721d1b13ee4cc99d34b183af5e8c252b';
const PS_FLAGS = [
  '-NoLogo',
  '-NoProfile',
  '-NonInteractive',
  '-ExecutionPolicy',
  'Bypass',
  '-EncodedCommand',
];
const id = WINDOWS_TARGET_IDS.CurrentUser;

describe('Windows keystore (argument contracts and recorded outputs)', () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = makeTestPki("l'été 2025");
    // Temp secrets go to a private folder of the data folder: a temp one here.
    usePrivateTempRoot(tempDir('vigie-ks-private-'));
  });
  afterAll(() => usePrivateTempRoot(null));

  it('reads the recorded list and plain Get-ChildItem | ConvertTo-Json output', async () => {
    const { runner, calls } = fakeRunner([{ stdout: fixture('windows-list.stdout') }]);
    const listed = await createWindowsKeystore({ runner }).list(id);
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.map((e) => [e.label, e.sha256, e.hasPrivateKey])).toEqual([
      ['Service DMP', LEAF_SHA256, true],
      ['TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS', CA_SHA256, false],
    ]);
    expect(calls[0]!.cmd).toBe('powershell.exe');
    expect(calls[0]!.args.slice(0, 6)).toEqual(PS_FLAGS);
    expect(decodedScript(calls[0]!.args)).toContain("Get-ChildItem -Path 'Cert:\\CurrentUser\\My'");

    const plain = parseCertJson(fixture('windows-get-childitem-one.stdout'));
    expect(plain?.map((c) => [c.friendlyName, c.hasPrivateKey, sha256Hex(c.der)])).toEqual([
      ['Service DMP', true, LEAF_SHA256],
    ]);
    expect(parseCertJson('')).toEqual([]);
    expect(parseCertJson('{"RawData": 12}')).toBeNull();
  });

  it('imports non-exportable with the password on stdin only, CAs to Root and CA, temp files removed', async () => {
    const { runner, calls } = fakeRunner([
      { stdout: '[]' },
      { stdout: '' },
      { stdout: fixture('windows-list.stdout') },
    ]);
    const result = await createWindowsKeystore({ runner }).installPkcs12(id, pki.p12, pki.password, {
      caTrust: [pki.rootDer, pki.intermediateDer],
      nonExportable: true,
    });
    expect(result).toEqual({ ok: true, value: { added: [LEAF_SHA256, CA_SHA256], warnings: [] } });
    const install = calls[1]!;
    const script = decodedScript(install.args);
    expect(install.options.stdin).toBe(`${pki.password}\n`);
    expect(install.options.timeoutMs).toBeGreaterThanOrEqual(180_000);
    expect(script).toMatch(
      /^\$null = Import-PfxCertificate -FilePath '[^']+import\.p12' -CertStoreLocation 'Cert:\\CurrentUser\\My' -Password \$pw$/m,
    );
    expect(script).not.toContain('-Exportable');
    expect(script).toMatch(
      /Import-Certificate -FilePath '[^']+ca-0\.cer' -CertStoreLocation 'Cert:\\CurrentUser\\Root'/,
    );
    expect(script).toMatch(
      /Import-Certificate -FilePath '[^']+ca-1\.cer' -CertStoreLocation 'Cert:\\CurrentUser\\CA'/,
    );
    for (const call of calls) {
      expect(call.args.join(' ')).not.toContain(pki.password);
      expect(decodedScript(call.args)).not.toContain('été');
    }
    // The PKCS#12 existed during the call, byte for byte, and is gone now.
    const p12Path = [...install.files.keys()].find((p) => p.endsWith('import.p12'))!;
    expect(new Uint8Array(install.files.get(p12Path)!)).toEqual(pki.p12);
    expect(existsSync(p12Path)).toBe(false);
  });

  it('adds -Exportable only when asked, and maps the HRESULT of a wrong password', async () => {
    const { runner, calls } = fakeRunner([
      { stdout: '[]' },
      { code: 3, stderr: 'VIGIE-ERROR 0x80070056 Le mot de passe réseau spécifié est incorrect.\r\n' },
    ]);
    const result = await createWindowsKeystore({ runner }).installPkcs12(id, pki.p12, 'faux', {
      caTrust: [],
      nonExportable: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-password' } });
    expect(decodedScript(calls[1]!.args)).toContain('-Password $pw -Exportable');
  });

  it('removes by SHA-1 thumbprint with its key; typed errors for missing PowerShell and unknown ids', async () => {
    const { runner, calls } = fakeRunner([{ stdout: fixture('windows-list.stdout') }, {}]);
    const store = createWindowsKeystore({ runner });
    expect(await store.remove(id, LEAF_SHA256.toUpperCase())).toEqual({ ok: true, value: undefined });
    expect(decodedScript(calls[1]!.args)).toContain(
      "Remove-Item -Path 'Cert:\\CurrentUser\\My\\E1A5FB8CCDF3DA44C85CF91315A99003136DBAB7' -DeleteKey",
    );
    const missing = createWindowsKeystore({ runner: fakeRunner([{ code: -1, failure: 'missing' }]).runner });
    expect(await missing.list(id)).toMatchObject({ ok: false, error: { code: 'tool-missing' } });
    expect(await store.list('windows:LocalMachine\\Root')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('quotes paths as PowerShell literals', () => {
    expect(psQuote("C:\\Users\\O'Brien\\AppData\\Local\\Temp\\x.p12")).toBe(
      "'C:\\Users\\O''Brien\\AppData\\Local\\Temp\\x.p12'",
    );
  });
});
