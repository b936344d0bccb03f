import {
  decodeAuthorityKeyIdentifier,
  decodeBasicConstraints,
  decodeExtendedKeyUsage,
  decodeInhibitAnyPolicy,
  decodeKeyUsage,
  decodePolicyConstraints,
  decodePrivateKeyUsagePeriod,
} from '../../../../../src/main/pki/describe/extensions/usage.js';
import {
  bitString,
  bool,
  bytes,
  ctx,
  ctxPrim,
  genTime,
  int,
  name,
  octet,
  oid,
  seq,
  utf8,
} from '../helpers/der-builder.js';

describe('keyUsage', () => {
  it('names the bits', () => {
    // digitalSignature + nonRepudiation (IGC-Santé ORG_SIGN)
    expect(decodeKeyUsage(bitString(bytes(0xc0), 6)).facts?.keyUsage).toEqual([
      'digitalSignature',
      'nonRepudiation',
    ]);
    expect(decodeKeyUsage(bitString(bytes(0x00, 0x80), 7)).facts?.keyUsage).toEqual(['decipherOnly']);
  });

  it('refuses a value that is not a BIT STRING', () => {
    expect(() => decodeKeyUsage(octet(bytes(1)))).toThrow(/BIT STRING/);
  });
});

describe('extendedKeyUsage', () => {
  it('names known purposes and keeps the OID of unknown ones', () => {
    const d = decodeExtendedKeyUsage(
      seq(oid('1.3.6.1.5.5.7.3.2'), oid('1.3.6.1.4.1.311.20.2.2'), oid('1.2.3.4')),
    );
    expect(d.facts?.extendedKeyUsage).toEqual([
      { oid: '1.3.6.1.5.5.7.3.2', name: 'clientAuth' },
      { oid: '1.3.6.1.4.1.311.20.2.2', name: 'msSmartcardLogin' },
      { oid: '1.2.3.4', name: '1.2.3.4' },
    ]);
  });

  it('refuses an empty list', () => {
    expect(() => decodeExtendedKeyUsage(seq())).toThrow(/empty/);
  });
});

describe('basicConstraints', () => {
  it('reads CA and path length', () => {
    expect(decodeBasicConstraints(seq(bool(true), int(0))).facts?.basicConstraints).toEqual({
      isCa: true,
      pathLength: 0,
    });
    expect(decodeBasicConstraints(seq()).facts?.basicConstraints).toEqual({ isCa: false, pathLength: null });
  });

  it('refuses pathLen without cA (pyca wosign-bc-invalid) and an explicit cA FALSE', () => {
    expect(() => decodeBasicConstraints(seq(int(0)))).toThrow(/cA is FALSE/);
    expect(() => decodeBasicConstraints(seq(bool(false)))).toThrow(/omitted/);
    expect(() => decodeBasicConstraints(seq(bool(true), int(-1)))).toThrow(/negative/);
  });
});

describe('other usage extensions', () => {
  it('authorityKeyIdentifier lists key id, issuer and serial', () => {
    const v = seq(
      ctxPrim(0, bytes(0xab, 0xcd)),
      ctx(1, ctx(4, name([['2.5.4.3', utf8('CA')]]))),
      ctxPrim(2, bytes(0x01)),
    );
    expect(decodeAuthorityKeyIdentifier(v).summary).toEqual([
      'keyid:AB:CD',
      'issuer:DirName:CN=CA',
      'serial:01',
    ]);
    expect(() => decodeAuthorityKeyIdentifier(seq(ctxPrim(2, bytes(0x01))))).toThrow(/go together/);
  });

  it('privateKeyUsagePeriod reads IMPLICIT GeneralizedTimes', () => {
    const nb = genTime(new Date('2024-01-01T00:00:00Z')).subarray(2);
    const na = genTime(new Date('2027-01-01T00:00:00Z')).subarray(2);
    expect(decodePrivateKeyUsagePeriod(seq(ctxPrim(0, nb), ctxPrim(1, na))).summary).toEqual([
      'notBefore: 2024-01-01T00:00:00.000Z',
      'notAfter: 2027-01-01T00:00:00.000Z',
    ]);
  });

  it('inhibitAnyPolicy and policyConstraints refuse negative counts', () => {
    expect(decodeInhibitAnyPolicy(int(5)).summary).toEqual(['skipCerts: 5']);
    expect(() => decodeInhibitAnyPolicy(int(-1))).toThrow(/negative/);
    expect(decodePolicyConstraints(seq(ctxPrim(0, bytes(0)), ctxPrim(1, bytes(2)))).summary).toEqual([
      'requireExplicitPolicy: 0',
      'inhibitPolicyMapping: 2',
    ]);
  });
});
