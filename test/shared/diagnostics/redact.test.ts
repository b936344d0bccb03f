import { describe, expect, it } from 'vitest';
import { REDACTED, redactText, redactValue } from '../../../src/shared/diagnostics/redact.js';

const KEY_PEM = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
  '-----END PRIVATE KEY-----',
].join('\n');

describe('redactText', () => {
  it.each([
    ['pin=1234', '1234'],
    ['PIN: 987654', '987654'],
    ['password="s3cr3t pass"', 's3cr3t pass'],
    ["passphrase='correct horse'", 'correct horse'],
    ['{"revocationCode":"AB12-CD34"}', 'AB12-CD34'],
    ['revocation-code=ZZ99YY', 'ZZ99YY'],
    ['mot_de_passe=azerty', 'azerty'],
    ['pk12util -W hunter2 --password hunter3', 'hunter3'],
    ['vigie --pin 4321 tokens', '4321'],
  ])('drops the value in %s', (text, secret) => {
    const out = redactText(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  it('drops private key PEM blocks, even unterminated ones', () => {
    expect(redactText(`key: ${KEY_PEM} after`)).toBe(`key: ${REDACTED} after`);
    expect(redactText('-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHzBJBgkqhk')).toBe(REDACTED);
    expect(redactText('-----BEGIN EC PRIVATE KEY-----\nabc\n-----END EC PRIVATE KEY-----')).toBe(REDACTED);
  });

  it('drops base64 and hex blobs but keeps words, paths and codes readable', () => {
    const blob = Buffer.from('x'.repeat(90) + '\u0001\u0002').toString('base64');
    expect(redactText(`data ${blob} end`)).toBe(`data ${REDACTED} end`);
    expect(redactText(`bytes ${'0a1b'.repeat(20)}`)).toBe(`bytes ${REDACTED}`);
    const plain =
      'inventory.refresh failed (code: unreadable) in /home/jean/Documents/Certificats/Production';
    expect(redactText(plain)).toBe(plain);
  });

  it('bounds what it returns', () => {
    expect(redactText('a '.repeat(10_000)).length).toBeLessThan(4_100);
  });
});

describe('redactValue', () => {
  it('replaces secret-named fields at any depth and never copies bytes', () => {
    const out = redactValue({
      pin: '1234',
      nested: { passphrase: 'p', list: [{ password: 'x', name: 'ok' }] },
      revocationCode: 'r',
      privateKey: KEY_PEM,
      der: new Uint8Array(32),
      message: `oops ${KEY_PEM}`,
      count: 3,
    });
    expect(out).toEqual({
      pin: REDACTED,
      nested: { passphrase: REDACTED, list: [{ password: REDACTED, name: 'ok' }] },
      revocationCode: REDACTED,
      privateKey: REDACTED,
      der: '[32 bytes]',
      message: `oops ${REDACTED}`,
      count: 3,
    });
    expect(JSON.stringify(out)).not.toMatch(/1234|BEGIN/);
  });
});

describe('isSecretName', () => {
  it('knows secret field names as words, not as parts of other words', async () => {
    const { isSecretName } = await import('../../../src/shared/diagnostics/redact.js');
    for (const name of [
      'pin',
      'tokenPin',
      'PIN',
      'revocationCode',
      'private_key',
      'pkcs12Password',
      'passphrase',
    ])
      expect(isSecretName(name), name).toBe(true);
    for (const name of ['pinned', 'spinner', 'mapping', 'path', 'keyCount', 'modules'])
      expect(isSecretName(name), name).toBe(false);
  });
});
