import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { berToDer, isBer } from '../../../../src/main/pki/asn1/ber.js';
import { parseNode } from '../../../../src/main/pki/asn1/elements.js';
import { encoded } from '../../../../src/shared/asn1/tlv.js';
import { readFile } from '../../../../src/main/pki/reader/index.js';
import { loadVector, PYCA } from '../reader/vectors.js';
import path from 'node:path';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const toDerHex = (s: string): string =>
  Buffer.from(berToDer(parseNode(hex(s)).node))
    .toString('hex')
    .toUpperCase();

describe('BER to DER', () => {
  it('returns DER input byte for byte', () => {
    const der = loadVector(PYCA, 'x509/custom/crl_empty_no_sequence.der');
    const node = parseNode(der).node;
    expect(isBer(node)).toBe(false);
    // The element's own bytes, as a view of the input: no copy, no re-encoding.
    expect(berToDer(node)).toEqual(encoded(node));
    expect(berToDer(node).buffer).toBe(der.buffer);
  });

  it('gives indefinite lengths a definite, minimal length', () => {
    expect(toDerHex('30 80 02 01 01 31 80 05 00 00 00 00 00')).toBe('3007020101310205' + '00');
  });

  it('joins segmented OCTET STRINGs, nested segments included', () => {
    expect(toDerHex('24 80 04 02 AA BB 24 80 04 01 CC 00 00 00 00')).toBe('0403AABBCC');
    expect(toDerHex('30 0A 24 08 04 02 01 02 04 02 03 04')).toBe('30060404' + '01020304');
  });

  it('joins BIT STRING segments, keeping the last unused-bits count', () => {
    expect(toDerHex('23 80 03 02 00 AA 03 02 04 B0 00 00')).toBe('030304AAB0');
  });

  it('refuses a segmented string holding something else', () => {
    expect(() => toDerHex('24 80 02 01 01 00 00')).toThrow(/string segments/);
  });

  it('encodes long contents with a long-form length', () => {
    const body = 'AB'.repeat(300);
    expect(toDerHex(`24 80 04 82 01 2C ${body} 00 00`)).toBe(`0482012C${body}`);
  });
});

describe('BER PKCS#7 (Apple Keychain export)', () => {
  const file = path.join(PYCA, 'pkcs7/amazon-roots.p7b');

  it('is BER with indefinite lengths', () => {
    expect(isBer(parseNode(loadVector(file)).node)).toBe(true);
  });

  it('yields the same certificates as OpenSSL, byte for byte', async () => {
    const res = await readFile(loadVector(file));
    if (!res.ok) throw new Error(res.error.message);
    const pem = execFileSync('/usr/bin/openssl', ['pkcs7', '-inform', 'DER', '-in', file, '-print_certs'], {
      encoding: 'utf8',
    });
    const expected = [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map(
      (m) =>
        createHash('sha256')
          .update(Buffer.from(m[1] ?? '', 'base64'))
          .digest('hex'),
    );
    const got = res.value.objects.map((o) =>
      o.type === 'certificate' ? createHash('sha256').update(o.der).digest('hex') : o.type,
    );
    expect(expected).toHaveLength(2);
    expect(got).toEqual(expected);
  });
});
