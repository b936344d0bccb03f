/**
 * What a certificate is for (RFC 5280 §4.2.1.3 keyUsage, §4.2.1.12 extendedKeyUsage): the
 * relying party's purpose checked on the end entity, and on each CA that states purposes of
 * its own (a CA whose EKU leaves a purpose out does not vouch for it: the practice of
 * Mozilla, Microsoft, Go and OpenSSL, which the Web PKI relies on).
 */
import { KEY_USAGE_BITS } from '../../../shared/asn1/key-usage-bits.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { EKU_OID, type KeyUsageName } from '../../../shared/catalogue/oids.js';
import { childrenOf, DerError, isUniversal, parseDer } from '../../../shared/asn1/tlv.js';
import { readOid } from '../../../shared/asn1/values.js';
import type { CertFacts } from './cert-facts.js';
import { pathFailure, type Failure, type ValidationProfile } from './types.js';

/** EKU purposes validation names; the IGC-Santé catalogue's own where it has them. */
export const EKU = {
  any: EKU_OID.anyExtendedKeyUsage,
  serverAuth: EKU_OID.serverAuth,
  clientAuth: EKU_OID.clientAuth,
  emailProtection: EKU_OID.emailProtection,
  codeSigning: '1.3.6.1.5.5.7.3.3',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
} as const;

export type { KeyUsageName };

/** A keyUsage bit's number (RFC 5280 §4.2.1.3), from the shared list in bit order. */
const bitOf = (name: KeyUsageName): number => KEY_USAGE_BITS.indexOf(name);

/**
 * The relying party's requirement: every EKU purpose listed, and at least one of the
 * keyUsage bits listed (one purpose is served by several bits: a TLS server signs, or
 * deciphers, or agrees keys, as its key allows).
 */
export type Usage = { eku: readonly string[]; keyUsage: readonly KeyUsageName[] };

/** The purposes of `vigie verify --purpose`. */
export type Purpose = 'server' | 'client' | 'email' | 'sign' | 'any';

export const PURPOSE_USAGE: Readonly<Record<Purpose, Usage>> = {
  server: { eku: [EKU.serverAuth], keyUsage: ['digitalSignature', 'keyEncipherment', 'keyAgreement'] },
  client: { eku: [EKU.clientAuth], keyUsage: ['digitalSignature', 'keyAgreement'] },
  email: { eku: [EKU.emailProtection], keyUsage: ['digitalSignature', 'nonRepudiation', 'keyEncipherment'] },
  // Signing documents (IGC-Santé's SIGN products): no EKU is defined for it.
  sign: { eku: [], keyUsage: ['digitalSignature', 'nonRepudiation'] },
  any: { eku: [], keyUsage: [] },
};

/** The OIDs of an extendedKeyUsage value; an empty list is malformed (RFC 5280: SIZE (1..MAX)). */
export const readExtendedKeyUsage = (value: Uint8Array): string[] => {
  const seq = parseDer(value, 'extendedKeyUsage');
  if (!isUniversal(seq, Univ.sequence) || !seq.constructed)
    throw new DerError('extendedKeyUsage: not a SEQUENCE');
  const oids = childrenOf(seq).map((t) => readOid(t, 'extendedKeyUsage purpose'));
  if (oids.length === 0) throw new DerError('extendedKeyUsage: empty list');
  return oids;
};

const allows = (ekus: readonly string[] | null, purpose: string, profile: ValidationProfile): boolean =>
  // No extension: any purpose (RFC 5280). anyExtendedKeyUsage stands for all of them, except
  // under the Web PKI profile, where a subscriber or CA must name serverAuth itself.
  ekus === null || ekus.includes(purpose) || (profile === 'rfc5280' && ekus.includes(EKU.any));

/** Checks `usage` on the path (`chain`: the CAs issued by the anchor first, the end entity last). */
export const usageFailure = (
  chain: readonly CertFacts[],
  usage: Usage,
  profile: ValidationProfile,
): Failure | null => {
  const leaf = chain[chain.length - 1];
  if (!leaf) return null;
  for (const purpose of usage.eku) {
    if (profile === 'webpki' && leaf.extendedKeyUsage === null)
      return pathFailure(
        'purpose',
        `${leaf.subjectText} states no extended key usage (the Web PKI requires one)`,
      );
    for (const c of chain)
      if (!allows(c.extendedKeyUsage, purpose, profile))
        return pathFailure(
          'purpose',
          `${c.subjectText} is not for this purpose (its extended key usage lacks ${purpose})`,
        );
  }
  if (usage.keyUsage.length > 0 && leaf.keyUsage !== null) {
    const bits = usage.keyUsage.map(bitOf);
    if (!bits.some((b) => leaf.keyUsage?.has(b)))
      return pathFailure(
        'key-usage',
        `${leaf.subjectText} may not be used for this (keyUsage lacks ${usage.keyUsage.join(' or ')})`,
      );
  }
  return null;
};
