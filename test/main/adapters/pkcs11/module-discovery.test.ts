import { discoverModules, kindOfPath } from '../../../../src/main/adapters/pkcs11/module-discovery.js';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('PKCS#11 module discovery', () => {
  it('finds the Linux modules at their first present location and reports a missing Cryptolib once', () => {
    const found = discoverModules({
      platform: 'linux',
      env: {},
      exists: only('/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so', '/usr/lib64/softhsm/libsofthsm2.so'),
    });
    expect(found.modules).toEqual([
      { path: '/opt/santesocial/CPS/lib/libcps3_pkcs11_lux.so', origin: 'known', kind: 'cryptolib-cps' },
      { path: '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so', origin: 'known', kind: 'opensc' },
      { path: '/usr/lib64/softhsm/libsofthsm2.so', origin: 'known', kind: 'softhsm' },
    ]);
    expect(found.missing).toEqual([
      { path: '/opt/santesocial/CPS/lib/libcps3_pkcs11_lux.so', origin: 'known', kind: 'cryptolib-cps' },
    ]);
  });

  it('finds the Cryptolib in /usr/lib64 too, and nothing is missing then', () => {
    const found = discoverModules({
      platform: 'linux',
      env: {},
      exists: only('/usr/lib64/libcps3_pkcs11_lux.so'),
    });
    expect(found.modules).toEqual([
      { path: '/usr/lib64/libcps3_pkcs11_lux.so', origin: 'known', kind: 'cryptolib-cps' },
    ]);
    expect(found.missing).toEqual([]);
  });

  it('takes the 64-bit Cryptolib from the Windows system folder (the 32-bit one for a 32-bit process)', () => {
    const env = { SystemRoot: 'D:\\Windows', ProgramFiles: 'D:\\Program Files' };
    const dll64 = 'D:\\Windows\\System32\\cps3_pkcs11_w64.dll';
    const opensc = 'D:\\Program Files\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll';
    const win64 = discoverModules({ platform: 'win32', arch: 'x64', env, exists: only(dll64, opensc) });
    expect(win64.modules).toEqual([
      { path: dll64, origin: 'known', kind: 'cryptolib-cps' },
      { path: opensc, origin: 'known', kind: 'opensc' },
    ]);
    expect(win64.missing).toEqual([]);
    const win32 = discoverModules({ platform: 'win32', arch: 'ia32', env, exists: only() });
    expect(win32.missing).toEqual([
      { path: 'D:\\Windows\\System32\\cps3_pkcs11_w32.dll', origin: 'known', kind: 'cryptolib-cps' },
    ]);
  });

  it('looks in the usual macOS places', () => {
    const found = discoverModules({
      platform: 'darwin',
      env: {},
      exists: only('/usr/local/lib/libcps3_pkcs11_osx.dylib', '/opt/homebrew/lib/opensc-pkcs11.so'),
    });
    expect(found.modules.map((m) => [m.kind, m.path])).toEqual([
      ['cryptolib-cps', '/usr/local/lib/libcps3_pkcs11_osx.dylib'],
      ['opensc', '/opt/homebrew/lib/opensc-pkcs11.so'],
    ]);
  });

  it('puts VIGIE_PKCS11_MODULES and the user modules first, missing ones reported, one library loaded once', () => {
    const softhsm = '/usr/lib/softhsm/libsofthsm2.so';
    const found = discoverModules({
      platform: 'linux',
      env: { VIGIE_PKCS11_MODULES: ` ${softhsm}::/nowhere/libvendor.so ` },
      userModules: ['/opt/hsm/libhsm.so', '/home/me/libcps3_pkcs11_lux.so'],
      exists: only(softhsm, '/opt/hsm/libhsm.so', '/home/me/libcps3_pkcs11_lux.so'),
      // Debian's /usr/lib/softhsm/libsofthsm2.so is a link to the multiarch one.
      realPath: (p) => (p === softhsm ? '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so' : p),
    });
    expect(found.modules).toEqual([
      { path: softhsm, origin: 'environment', kind: 'softhsm' },
      { path: '/nowhere/libvendor.so', origin: 'environment', kind: 'other' },
      { path: '/opt/hsm/libhsm.so', origin: 'user', kind: 'other' },
      { path: '/home/me/libcps3_pkcs11_lux.so', origin: 'user', kind: 'cryptolib-cps' },
    ]);
    // The user's own Cryptolib makes the known location's absence moot.
    expect(found.missing).toEqual([{ path: '/nowhere/libvendor.so', origin: 'environment', kind: 'other' }]);
  });

  it('splits the Windows path list on semicolons', () => {
    const found = discoverModules({
      platform: 'win32',
      env: { VIGIE_PKCS11_MODULES: 'C:\\a\\one.dll;C:\\b\\softhsm2-x64.dll' },
      exists: () => true,
    });
    expect(found.modules.slice(0, 2)).toEqual([
      { path: 'C:\\a\\one.dll', origin: 'environment', kind: 'other' },
      { path: 'C:\\b\\softhsm2-x64.dll', origin: 'environment', kind: 'softhsm' },
    ]);
  });

  it('names a module kind from its file name', () => {
    expect(kindOfPath('C:\\Windows\\System32\\CPS3_PKCS11_W64.DLL')).toBe('cryptolib-cps');
    expect(kindOfPath('/usr/lib/opensc-pkcs11.so')).toBe('opensc');
    expect(kindOfPath('/usr/lib/softhsm/libsofthsm2.so')).toBe('softhsm');
    expect(kindOfPath('/usr/lib/libeTPkcs11.so')).toBe('other');
  });
});
