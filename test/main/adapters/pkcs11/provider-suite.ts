import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenRef } from '../../../../src/shared/model/token.js';
import type { SlotInfo, TokenModuleSpec, TokenProvider } from '../../../../src/main/ports/token-provider.js';
import { importSpki, issue } from '../../../helpers/fixture-ca.js';
import { SOFTHSM_MODULE, type SoftHsm } from '../../../helpers/softhsm.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/**
 * What both token providers (worker and inline) must do on a real PKCS#11 module: SoftHSM2
 * with a token of the test's own. `context()` is filled by the test file's beforeAll.
 */
export type SuiteContext = { hsm: SoftHsm; provider: TokenProvider; token: TokenRef };

export const PIN = '123456';
export const SO_PIN = '87654321';
export const KEY_ID = 'A1B2C3';

export const softhsmModules = (): TokenModuleSpec[] => [
  { path: SOFTHSM_MODULE, origin: 'environment', kind: 'softhsm' },
  { path: '/nowhere/libcps3_pkcs11_lux.so', origin: 'known', kind: 'cryptolib-cps' },
];

export const tokenSlot = (slots: readonly SlotInfo[], label: string) =>
  slots.find((s) => s.token?.label === label) ?? null;

const verifiesWithOpenssl = (spkiDer: Uint8Array, data: Uint8Array, signature: Uint8Array): boolean => {
  const dir = tempDir('vigie-p11-verify-');
  writeFileSync(join(dir, 'spki.der'), spkiDer);
  writeFileSync(join(dir, 'data.bin'), data);
  writeFileSync(join(dir, 'sig.bin'), signature);
  const out = execFileSync(
    'openssl',
    ['dgst', '-sha256', '-verify', 'spki.der', '-keyform', 'DER', '-signature', 'sig.bin', 'data.bin'],
    { cwd: dir, encoding: 'utf8' },
  );
  return out.trim() === 'Verified OK';
};

export const providerSuite = (context: () => SuiteContext, label: string): void => {
  let spkiDer: Uint8Array;

  it('lists the modules, the missing Cryptolib and the token by its label and serial', async () => {
    const { provider, token } = context();
    const modules = await provider.modules();
    expect(modules.find((m) => m.path === SOFTHSM_MODULE)).toMatchObject({ loaded: true, error: null });
    expect(modules.find((m) => m.kind === 'cryptolib-cps')).toMatchObject({
      loaded: false,
      error: { code: 'module-missing', message: expect.stringContaining('Cryptolib CPS is not installed') },
    });
    const slots = await provider.slots();
    // SoftHSM's spare slot: a blank token with no serial, shown as an empty slot.
    expect(slots.some((s) => s.module === SOFTHSM_MODULE && s.token === null)).toBe(true);
    const slot = tokenSlot(slots, label);
    expect(slot).toMatchObject({ module: SOFTHSM_MODULE, reader: false, removable: true });
    expect(slot?.token).toMatchObject({ serial: token.serial, model: 'SoftHSM v2', writeProtected: false });
    expect(slot?.token?.pin).toMatchObject({
      countLow: false,
      locked: false,
      initialized: true,
      pinPad: false,
    });
  });

  it('generates a key that cannot leave the token and gives its SubjectPublicKeyInfo', async () => {
    const { provider, token, hsm } = context();
    const generated = await provider.generateRsaKey(token, PIN, {
      bits: 2048,
      label: 'Vigie key',
      id: KEY_ID,
    });
    if (!generated.ok) throw new Error(generated.error.message);
    expect(generated.value.id).toBe(KEY_ID);
    spkiDer = generated.value.spkiDer;
    const spki = execFileSync('openssl', ['pkey', '-pubin', '-inform', 'DER', '-noout', '-text'], {
      input: spkiDer,
      encoding: 'utf8',
    });
    expect(spki).toMatch(/Public-Key: \(2048 bit\)[\s\S]*Exponent: 65537/);

    const listed = await provider.objects(token, PIN);
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.loggedIn).toBe(true);
    expect(listed.value.privateKeys).toEqual([
      {
        id: KEY_ID,
        label: 'Vigie key',
        type: 'rsa',
        bits: 2048,
        sensitive: true,
        extractable: false,
        canSign: true,
      },
    ]);
    expect(listed.value.mechanisms).toContain('CKM_SHA256_RSA_PKCS');

    // OpenSC's own reading of the key's attributes.
    const tool = hsm.pkcs11Tool([
      '--token-label',
      label,
      '--list-objects',
      '--type',
      'privkey',
      '--login',
      '--pin',
      PIN,
    ]);
    expect(tool).toMatch(/label:\s+Vigie key/);
    expect(tool).toMatch(/Access:.*\bsensitive\b.*never extractable/);
    expect(tool).toMatch(/Usage:.*\bsign\b/);
    // Same id twice would make the pairing ambiguous.
    const again = await provider.generateRsaKey(token, PIN, { bits: 2048, label: 'Another', id: KEY_ID });
    expect(again).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('signs on the token; OpenSSL verifies the signature with the SubjectPublicKeyInfo', async () => {
    const { provider, token } = context();
    const data = new TextEncoder().encode('À signer sur le jeton Vigie');
    const signed = await provider.signSha256Rsa(token, PIN, KEY_ID, data);
    if (!signed.ok) throw new Error(signed.error.message);
    expect(signed.value.length).toBe(256);
    expect(verifiesWithOpenssl(spkiDer, data, signed.value)).toBe(true);
    const noKey = await provider.signSha256Rsa(token, PIN, 'FFFF', data);
    expect(noKey).toMatchObject({ ok: false, error: { code: 'key-unusable' } });
  });

  it('imports a certificate for the key; it is listed and pairs with the key by CKA_ID', async () => {
    const { provider, token, hsm } = context();
    const ca = await issue({ name: 'CN=Vigie Token Test CA', ca: true });
    const cert = await issue({
      name: 'CN=Vigie Token Holder',
      issuer: ca,
      publicKey: await importSpki(spkiDer),
    });
    const imported = await provider.importCertificate(token, PIN, {
      der: cert.der,
      id: KEY_ID,
      label: 'Vigie cert',
    });
    expect(imported).toEqual({ ok: true, value: null });
    // Importing the same certificate again changes nothing.
    expect(
      await provider.importCertificate(token, PIN, { der: cert.der, id: KEY_ID, label: 'Vigie cert' }),
    ).toEqual({
      ok: true,
      value: null,
    });

    // Public objects without a PIN: the certificate, not the key.
    const pub = await provider.objects(token);
    if (!pub.ok) throw new Error(pub.error.message);
    expect(pub.value.loggedIn).toBe(false);
    expect(pub.value.privateKeys).toEqual([]);
    expect(pub.value.certificates).toHaveLength(1);
    expect(pub.value.certificates[0]).toMatchObject({ id: KEY_ID, label: 'Vigie cert' });
    expect(Buffer.from(pub.value.certificates[0]?.der ?? []).equals(Buffer.from(cert.der))).toBe(true);

    const all = await provider.objects(token, PIN);
    if (!all.ok) throw new Error(all.error.message);
    const key = all.value.privateKeys.find((k) => k.id === all.value.certificates[0]?.id);
    expect(key?.label).toBe('Vigie key');

    // The attributes a certificate must carry, as OpenSC reads them.
    const tool = hsm.pkcs11Tool(['--token-label', label, '--list-objects', '--type', 'cert']);
    expect(tool).toMatch(/label:\s+Vigie cert/);
    expect(tool).toMatch(/subject:\s+DN: CN=Vigie Token Holder/);
    expect(tool).toMatch(new RegExp(`ID:\\s+${KEY_ID.toLowerCase()}`));
  });

  it('refuses a PIN of the wrong length without trying it', async () => {
    const { provider, token } = context();
    const short = await provider.checkPin(token, '12');
    expect(short).toMatchObject({ ok: false, error: { code: 'pin-invalid', ckr: null } });
    expect(tokenSlot(await provider.slots(), label)?.token?.pin.countLow).toBe(false);
  });

  it('says a wrong PIN is wrong with the PIN state read after; the good PIN still works', async () => {
    const { provider, token } = context();
    const wrong = await provider.checkPin(token, '000000');
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'pin-incorrect', ckr: 'CKR_PIN_INCORRECT', pin: { countLow: true, locked: false } },
    });
    if (!wrong.ok) expect(JSON.stringify(wrong.error)).not.toContain('000000');
    expect(await provider.checkPin(token, PIN)).toEqual({ ok: true, value: null });
    expect(tokenSlot(await provider.slots(), label)?.token?.pin.countLow).toBe(false);
  });

  it('answers token-absent for a serial no module has, and module-missing for an unknown module', async () => {
    const { provider } = context();
    expect(await provider.objects({ module: SOFTHSM_MODULE, serial: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'token-absent' },
    });
    expect(await provider.objects({ module: '/nowhere/libcps3_pkcs11_lux.so', serial: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'module-missing' },
    });
  });
};
