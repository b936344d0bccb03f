import { createHash } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  BasicConstraints,
  Certificate,
  CertificatePolicies,
  ExtendedKeyUsage,
  KeyUsage,
  Name,
  SubjectAlternativeName,
  id_ce_basicConstraints,
  id_ce_certificatePolicies,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
} from '@peculiar/asn1-x509';
import type { CertificateView, ExtensionView } from '../../../src/shared/model/certificate.js';
import type { DistinguishedName, GeneralName } from '../../../src/shared/model/names.js';

// Test-only stand-in for the real CertificateView builder (written elsewhere, in main):
// it reads the DER with @peculiar/asn1-x509 and fills the fields recognition uses, so the
// fixtures are the real certificates' values, not our idea of them.

const SHORT: Readonly<Record<string, string>> = {
  '2.5.4.6': 'C',
  '2.5.4.8': 'ST',
  '2.5.4.7': 'L',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.42': 'GN',
  '2.5.4.12': 'title',
};

const hex = (buf: ArrayBuffer | Uint8Array): string =>
  Buffer.from(new Uint8Array(buf)).toString('hex').toUpperCase();
const sha = (alg: string, data: Uint8Array): string =>
  createHash(alg).update(data).digest('hex').toUpperCase();

const dnOf = (name: Name): DistinguishedName => {
  const rdns = name.map((rdn) =>
    rdn.map((atv) => ({ oid: atv.type, short: SHORT[atv.type] ?? null, value: atv.value.toString() })),
  );
  const text = [...rdns]
    .reverse()
    .map((rdn) => rdn.map((a) => `${a.short ?? a.oid}=${a.value}`).join('+'))
    .join(',');
  return { text, rdns };
};

const sanOf = (gn: SubjectAlternativeName): GeneralName[] =>
  gn.map((n) => {
    if (n.dNSName !== undefined) return { type: 'dns' as const, value: n.dNSName };
    if (n.rfc822Name !== undefined) return { type: 'email' as const, value: n.rfc822Name };
    if (n.uniformResourceIdentifier !== undefined)
      return { type: 'uri' as const, value: n.uniformResourceIdentifier };
    return { type: 'other' as const, value: '' };
  });

export const viewFromDer = (der: Uint8Array, now = new Date('2026-01-01T00:00:00Z')): CertificateView => {
  const cert = AsnConvert.parse(der, Certificate);
  const tbs = cert.tbsCertificate;
  const view: CertificateView = {
    version: tbs.version + 1,
    subject: dnOf(tbs.subject),
    issuer: dnOf(tbs.issuer),
    serialNumber: hex(tbs.serialNumber),
    notBefore: tbs.validity.notBefore.getTime().toISOString(),
    notAfter: tbs.validity.notAfter.getTime().toISOString(),
    daysLeft: Math.floor((tbs.validity.notAfter.getTime().getTime() - now.getTime()) / 86_400_000),
    sha256: sha('sha256', der),
    sha1: sha('sha1', der),
    spkiSha256: sha('sha256', new Uint8Array(AsnConvert.serialize(tbs.subjectPublicKeyInfo))),
    publicKey: { algorithm: 'RSA', size: null, curve: null },
    signatureAlgorithm: { oid: cert.signatureAlgorithm.algorithm, name: cert.signatureAlgorithm.algorithm },
    selfIssued: dnOf(tbs.subject).text === dnOf(tbs.issuer).text,
    isCa: false,
    pathLength: null,
    keyUsage: [],
    extendedKeyUsage: [],
    subjectAltNames: [],
    policies: [],
    crlDistributionPoints: [],
    ocsp: [],
    caIssuers: [],
    extensions: [],
    pem: '',
  };
  const extensions: ExtensionView[] = [];
  for (const ext of tbs.extensions ?? []) {
    const value = new Uint8Array(ext.extnValue.buffer);
    extensions.push({
      oid: ext.extnID,
      name: null,
      critical: ext.critical,
      summary: [],
      valueHex: hex(value),
      error: null,
    });
    if (ext.extnID === id_ce_keyUsage) view.keyUsage = AsnConvert.parse(value, KeyUsage).toJSON();
    if (ext.extnID === id_ce_extKeyUsage)
      view.extendedKeyUsage = AsnConvert.parse(value, ExtendedKeyUsage).map((oid) => ({ oid, name: oid }));
    if (ext.extnID === id_ce_subjectAltName)
      view.subjectAltNames = sanOf(AsnConvert.parse(value, SubjectAlternativeName));
    if (ext.extnID === id_ce_certificatePolicies)
      view.policies = AsnConvert.parse(value, CertificatePolicies).map((p) => p.policyIdentifier);
    if (ext.extnID === id_ce_basicConstraints) {
      const bc = AsnConvert.parse(value, BasicConstraints);
      view.isCa = bc.cA;
      view.pathLength = bc.pathLenConstraint ?? null;
    }
  }
  view.extensions = extensions;
  return view;
};
