import { existsSync } from 'node:fs';
import {
  createMacosKeystore,
  macosLoginKeychain,
} from '../../../../src/main/adapters/keystores/macos/macos-keystore.js';
import { fakeRunner, fixture } from './helpers/fake-runner.js';
import { makeTestPki, type TestPki } from './helpers/pki.js';
import { usePrivateTempRoot } from '../../../../src/main/adapters/private-temp.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const HOME = '/Users/secretariat';
const KEYCHAIN = macosLoginKeychain(HOME);
const LEAF_SHA256 = 'f161d375ea0456e897922f3343aa04bc7491e81a283f3512ca15ab1ae7e2174b';
const CA_SHA256 = '70a707390fafe642e07b2031851b77c7721d1b13ee4cc99d34b183af5e8c252b';
const LISTED = [
  { stdout: fixture('macos-find-certificate.stdout') },
  { stdout: fixture('macos-find-identity.stdout') },
];
const EMPTY = [
  {
    code: 44,
    stderr: 'security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.',
  },
  { stdout: '\nPolicy: X.509 Basic\n  Matching identities\n     0 identities found\n' },
];

describe('macOS keystore (argument contracts and recorded outputs)', () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = makeTestPki();
    // Temp secrets go to a private folder of the data folder: a temp one here.
    usePrivateTempRoot(tempDir('vigie-ks-private-'));
  });
  afterAll(() => usePrivateTempRoot(null));

  it('lists the login keychain from find-certificate -a -Z -p and find-identity', async () => {
    const { runner, calls } = fakeRunner([...LISTED]);
    const store = createMacosKeystore({ home: HOME, runner });
    const [target] = await store.listTargets();
    expect(target).toMatchObject({ id: 'macos:login', location: KEYCHAIN, exists: false });
    const listed = await store.list('macos:login');
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.map((e) => [e.label, e.sha256, e.hasPrivateKey])).toEqual([
      ['Service DMP', LEAF_SHA256, true],
      ['TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS', CA_SHA256, false],
    ]);
    expect(calls.map((c) => [c.cmd, ...c.args])).toEqual([
      ['/usr/bin/security', 'find-certificate', '-a', '-Z', '-p', KEYCHAIN],
      ['/usr/bin/security', 'find-identity', KEYCHAIN],
    ]);
  });

  it('imports with -x and without the password on argv (macOS asks in its secure dialog); roots trusted for ssl+smime', async () => {
    const { runner, calls } = fakeRunner([...EMPTY, {}, {}, {}, ...LISTED]);
    const result = await createMacosKeystore({ home: HOME, runner }).installPkcs12(
      'macos:login',
      pki.p12,
      pki.password,
      {
        caTrust: [pki.rootDer, pki.intermediateDer],
        nonExportable: true,
      },
    );
    expect(result).toEqual({ ok: true, value: { added: [LEAF_SHA256, CA_SHA256], warnings: [] } });
    const [importCall, rootCall, intCall] = calls.slice(2);
    const p12Path = importCall!.args[1]!;
    expect(importCall!.args).toEqual(['import', p12Path, '-k', KEYCHAIN, '-f', 'pkcs12', '-x']);
    expect(new Uint8Array(importCall!.files.get(p12Path)!)).toEqual(pki.p12);
    expect(existsSync(p12Path)).toBe(false);
    expect(rootCall!.args).toEqual([
      'add-trusted-cert',
      '-r',
      'trustRoot',
      '-p',
      'ssl',
      '-p',
      'smime',
      '-k',
      KEYCHAIN,
      expect.stringMatching(/ca-0\.cer$/),
    ]);
    expect(intCall!.args).toEqual(['add-certificates', '-k', KEYCHAIN, expect.stringMatching(/ca-1\.cer$/)]);
    for (const call of calls) expect(call.args).not.toContain(pki.password);
  });

  it('puts -P on argv only when the caller opted in (or for an empty password); wrong password is typed', async () => {
    const optedIn = fakeRunner([
      ...EMPTY,
      {
        code: 1,
        stderr:
          'security: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)\n',
      },
    ]);
    const result = await createMacosKeystore({
      home: HOME,
      runner: optedIn.runner,
      passwordOnArgv: true,
    }).installPkcs12('macos:login', pki.p12, 'faux', { caTrust: [], nonExportable: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-password' } });
    expect(optedIn.calls[2]!.args.slice(2)).toEqual(['-k', KEYCHAIN, '-f', 'pkcs12', '-P', 'faux']);

    const empty = fakeRunner([...EMPTY, {}, ...EMPTY]);
    await createMacosKeystore({ home: HOME, runner: empty.runner }).installPkcs12(
      'macos:login',
      pki.p12,
      '',
      {
        caTrust: [],
        nonExportable: true,
      },
    );
    expect(empty.calls[2]!.args.slice(2)).toEqual(['-k', KEYCHAIN, '-f', 'pkcs12', '-P', '', '-x']);
  });

  it('removes an identity (certificate + key) by SHA-1, a lone certificate with delete-certificate', async () => {
    const { runner, calls } = fakeRunner([...LISTED, {}, ...LISTED, {}]);
    const store = createMacosKeystore({ home: HOME, runner });
    expect(await store.remove('macos:login', LEAF_SHA256)).toEqual({ ok: true, value: undefined });
    expect(calls[2]!.args).toEqual([
      'delete-identity',
      '-Z',
      'E1A5FB8CCDF3DA44C85CF91315A99003136DBAB7',
      KEYCHAIN,
    ]);
    expect(await store.remove('macos:login', CA_SHA256)).toEqual({ ok: true, value: undefined });
    expect(calls[5]!.args[0]).toBe('delete-certificate');
    expect(await store.verifyInstalled('macos:system', LEAF_SHA256)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
