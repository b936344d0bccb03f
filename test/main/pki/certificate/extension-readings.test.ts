import { readExtensionValue } from '../../../../src/main/pki/certificate/index.js';
import { ExtOid } from '../../../../src/main/pki/asn1/oids.js';
import { bool, bytes, ctxPrim, int, oid, seq } from '../describe/helpers/der-builder.js';

/** One decoder, two acceptances: describe refuses on a finding, validation only on a refusal. */
describe('shared extension readings', () => {
  it('an explicit cA FALSE is a finding: describe shows it, validation uses the value', () => {
    const r = readExtensionValue(ExtOid.basicConstraints, seq(bool(false)));
    expect(r.findings).toEqual([
      { code: 'der-default-encoded', message: 'basicConstraints: cA FALSE must be omitted in DER' },
    ]);
    expect(r.value).toEqual({ ca: false, pathLen: null });
    expect(r.refusal).toBeNull();
  });

  it('keeps the strict findings in the order the strict decoder met them', () => {
    const r = readExtensionValue(ExtOid.basicConstraints, seq(bool(false), int(-1)));
    expect(r.findings.map((f) => f.code)).toEqual([
      'der-default-encoded',
      'negative-path-length',
      'path-length-without-ca',
    ]);
    expect(r.value).toEqual({ ca: false, pathLen: -1 });
  });

  it('falls back to the lenient reading when the strict one fails (AKI with a serial but no issuer)', () => {
    const r = readExtensionValue(
      ExtOid.authorityKeyIdentifier,
      seq(ctxPrim(0, bytes(0xab)), ctxPrim(2, bytes(1))),
    );
    expect(r.findings[0]?.code).toBe('malformed');
    expect(r.findings[0]?.message).toMatch(/go together/);
    expect(r.value?.keyId).toEqual(bytes(0xab));
    expect(r.refusal).toBeNull();
  });

  it('a refusal when even the lenient reading fails', () => {
    const r = readExtensionValue(ExtOid.certificatePolicies, bytes(0x30, 0x03, 0x30, 0x01, 0x05));
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.value).toBeNull();
    expect(r.refusal).not.toBeNull();
  });

  it('validation refuses a huge inhibitAnyPolicy INTEGER that describe shows', () => {
    const r = readExtensionValue(ExtOid.inhibitAnyPolicy, bytes(0x02, 0x08, 0x01, 0, 0, 0, 0, 0, 0, 0));
    expect(r.findings).toEqual([]);
    expect(r.value).toBe(2 ** 56);
    expect(r.refusal).toBe('inhibitAnyPolicy: integer too large');
  });

  it('policy OIDs with a malformed qualifier: a finding for describe, the OIDs for validation', () => {
    const r = readExtensionValue(ExtOid.certificatePolicies, seq(seq(oid('1.2.3'), seq())));
    expect(r.findings.map((f) => f.message)).toEqual(['policyQualifiers: empty']);
    expect(r.value).toEqual([{ oid: '1.2.3', qualifiers: [] }]);
  });
});
