import { createHash } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { BasicConstraints, Certificate, id_ce_basicConstraints, Name } from '@peculiar/asn1-x509';

/** What path building needs of one certificate, decoded once. */
export type ChainCert = {
  der: Uint8Array;
  sha256: string;
  subjectDer: string;
  issuerDer: string;
  subjectText: string;
  notBefore: Date;
  notAfter: Date;
  isCa: boolean;
  pathLength: number | null;
  source: 'file' | 'trust-store';
};

const hex = (bytes: ArrayBuffer | Uint8Array): string =>
  Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');

/** Short display of a name: its CN, or the whole name when there is none. */
const nameText = (name: Name): string => {
  const parts: string[] = [];
  for (const rdn of name) {
    for (const attr of rdn) {
      if (attr.type === '2.5.4.3') return attr.value.toString();
      parts.push(attr.value.toString());
    }
  }
  return parts.join(', ');
};

/** Decode a certificate for chaining; null when it is not a certificate we can read. */
export const toChainCert = (der: Uint8Array, source: ChainCert['source']): ChainCert | null => {
  try {
    const cert = AsnConvert.parse(der, Certificate);
    const tbs = cert.tbsCertificate;
    let isCa = false;
    let pathLength: number | null = null;
    for (const ext of tbs.extensions ?? []) {
      if (ext.extnID === id_ce_basicConstraints) {
        const bc = AsnConvert.parse(ext.extnValue, BasicConstraints);
        isCa = bc.cA;
        pathLength = bc.pathLenConstraint ?? null;
      }
    }
    return {
      der,
      sha256: createHash('sha256').update(der).digest('hex').toUpperCase(),
      // Names compare as their DER bytes: IGC-Santé CAs encode them consistently.
      subjectDer: hex(AsnConvert.serialize(tbs.subject)),
      issuerDer: hex(AsnConvert.serialize(tbs.issuer)),
      subjectText: nameText(tbs.subject),
      notBefore: tbs.validity.notBefore.getTime(),
      notAfter: tbs.validity.notAfter.getTime(),
      isCa,
      pathLength,
      source,
    };
  } catch {
    return null;
  }
};
