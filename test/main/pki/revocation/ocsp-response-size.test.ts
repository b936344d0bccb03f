import 'reflect-metadata';
import { MAX_OCSP_RESPONSE_BYTES, readOcspResponse } from '../../../../src/main/pki/ocsp/ocsp-response.js';

/**
 * Regressions found by fuzzing (test/fuzz): an OCSP answer given as a file is read only up
 * to MAX_OCSP_RESPONSE_BYTES (the fetcher already stops at 64 KiB), and its parse is bounded
 * like every schema parse. A 1 MB answer holding an OID of a million arcs took asn1js about a
 * second; a 70 KB one holding a long BOOLEAN, four.
 */
const context = {
  issuer: {
    der: new Uint8Array(0),
    subjectDer: new Uint8Array(0),
    subjectText: '',
    publicKeyBits: new Uint8Array(0),
    spkiDer: new Uint8Array(0),
  },
  id: { issuerNameHash: new Uint8Array(20), issuerKeyHash: new Uint8Array(20), serial: Uint8Array.of(1) },
  nonce: new Uint8Array(0),
  now: new Date(),
  limits: { crlMaxBytes: 0, ocspMaxBytes: 0, timeoutMs: 0, skewMs: 0, ocspMaxAgeMs: 0 },
  requireNonce: false,
};

/** SEQUENCE { OID of `arcs` arcs }: well-formed framing, hostile value. */
const oidBomb = (arcs: number): Uint8Array => {
  const oid = new Uint8Array(5 + arcs).fill(0x01);
  oid.set([0x06, 0x83, (arcs >> 16) & 0xff, (arcs >> 8) & 0xff, arcs & 0xff]);
  const out = new Uint8Array(5 + oid.length);
  out.set([0x30, 0x83, (oid.length >> 16) & 0xff, (oid.length >> 8) & 0xff, oid.length & 0xff]);
  out.set(oid, 5);
  return out;
};

const tlv = (tag: number, ...parts: Uint8Array[]): Uint8Array => {
  const body = Buffer.concat(parts);
  const n = body.length;
  const length = n < 0x80 ? [n] : [0x83, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  return new Uint8Array(Buffer.concat([Uint8Array.of(tag, ...length), body]));
};
const hex = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'));

/** A successful OCSPResponse whose BasicOCSPResponse is well framed around a `bytes`-long BOOLEAN. */
const longBoolean = (bytes: number): Uint8Array => {
  const tbs = tlv(0x30, tlv(0x01, new Uint8Array(bytes).fill(0xff)));
  const basic = tlv(0x30, tbs, tlv(0x30, hex('06092a864886f70d01010b')), hex('030100'));
  const responseBytes = tlv(0x30, hex('06092b0601050507300101'), tlv(0x04, basic));
  return tlv(0x30, hex('0a0100'), tlv(0xa0, responseBytes));
};

describe('OCSP answers with values asn1js decodes in quadratic time', () => {
  it('are refused before asn1js sees them (a 70 KB BOOLEAN took it four seconds)', async () => {
    const r = await readOcspResponse(longBoolean(70_000), context);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('longer numbers') });
  });
});

describe('OCSP answers past MAX_OCSP_RESPONSE_BYTES', () => {
  it('are refused unread, with the reason', async () => {
    const r = await readOcspResponse(oidBomb(1_000_000), context);
    expect(r).toEqual({ ok: false, error: expect.stringContaining(`over ${MAX_OCSP_RESPONSE_BYTES} bytes`) });
  });

  it('are read below it (and this one is unreadable)', async () => {
    const r = await readOcspResponse(oidBomb(1_000), context);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^unreadable OCSP response/) });
  });
});
