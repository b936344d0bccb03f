import { Oid } from '../asn1/oids.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { isContext, isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { childrenOf, readOid, sequenceOf } from '../asn1/elements.js';
import { throwReadFailure } from '../reader/read-error.js';
import type { Warning } from '../reader/types.js';

/**
 * PKCS#7 / CMS certificate bundles (.p7b/.p7c): a ContentInfo holding SignedData, usually
 * "certs-only" (no signers). Certificates and CRLs are returned as their own encodings,
 * untouched, so their signatures still verify.
 */

export type Pkcs7Content = { certificates: Tlv[]; crls: Tlv[]; warnings: Warning[] };

const OTHER_TYPES: Record<string, string> = {
  [Oid.envelopedData]: 'encrypted data (envelopedData)',
  [Oid.signedAndEnvelopedData]: 'encrypted data (signedAndEnvelopedData)',
  [Oid.encryptedData]: 'encrypted data (encryptedData)',
  [Oid.digestedData]: 'a digest (digestedData)',
  [Oid.authenticatedData]: 'authenticated data (authenticatedData)',
  [Oid.data]: 'raw data',
};

const pickSequences = (holder: Tlv, what: string, warnings: Warning[]): Tlv[] => {
  const found: Tlv[] = [];
  let skipped = 0;
  for (const child of childrenOf(holder)) {
    if (isUniversal(child, Univ.sequence)) found.push(child);
    else skipped++;
  }
  if (skipped > 0) {
    warnings.push({
      code: 'pkcs7-skipped',
      message: `${skipped} ${what} of a kind other than X.509 were skipped.`,
    });
  }
  return found;
};

export const readPkcs7 = (contentInfo: Tlv): Pkcs7Content => {
  const [typeNode, wrapper] = sequenceOf(contentInfo, 'The PKCS#7 ContentInfo');
  const type = readOid(typeNode, 'The PKCS#7 content type');
  if (type !== Oid.signedData) {
    const holds = OTHER_TYPES[type] ?? `content of type ${type}`;
    return throwReadFailure(
      'unrecognized-format',
      `This PKCS#7/CMS file holds ${holds}, not certificates: it is not a certificate bundle.`,
      { oid: type },
    );
  }
  if (!isContext(wrapper, 0)) return throwReadFailure('malformed', 'The PKCS#7 SignedData is missing.');
  const [signedData] = childrenOf(wrapper);
  const parts = sequenceOf(signedData, 'The PKCS#7 SignedData');
  const [version, digestAlgorithms, encap] = parts;
  if (
    !isUniversal(version, Univ.integer) ||
    !isUniversal(digestAlgorithms, Univ.set) ||
    !isUniversal(encap, Univ.sequence)
  ) {
    return throwReadFailure('malformed', 'The PKCS#7 SignedData is malformed.');
  }
  const warnings: Warning[] = [];
  let certificates: Tlv[] = [];
  let crls: Tlv[] = [];
  for (const part of parts.slice(3)) {
    if (isContext(part, 0) && part.constructed) certificates = pickSequences(part, 'certificates', warnings);
    else if (isContext(part, 1) && part.constructed) crls = pickSequences(part, 'revocation lists', warnings);
  }
  const signers = parts[parts.length - 1];
  if (isUniversal(signers, Univ.set) && childrenOf(signers).length > 0) {
    warnings.push({
      code: 'pkcs7-signed-content',
      message: 'This PKCS#7 file is a signed message; only its certificates and CRLs are shown.',
    });
  }
  if (certificates.length === 0 && crls.length === 0) {
    warnings.push({ code: 'pkcs7-empty', message: 'This PKCS#7 bundle contains no certificates or CRLs.' });
  }
  return { certificates, crls, warnings };
};
