/**
 * SubjectSpec → DER Name. RDNs keep the spec's order. Inside a multi-valued RDN the
 * attributes are sorted as DER sorts any SET OF (by encoding), not kept in spec order:
 * - X.501 makes an RDN a set, so the order inside it carries no meaning;
 * - the real IGC-Santé TEST PS certificate we have (Sage-Femme, in ansforge/esignsante-ws
 *   SignatureCA-PERSONNE.xml) stores {GN, CN, SN} in exactly that sorted order, which
 *   `-nameopt RFC2253` prints reversed as "SN=…+CN=…+GN=…" — the form domain.md quotes;
 * - OpenSSL sorts X509_NAME entries of one RDN the same way when it encodes a name
 *   (`openssl req -multivalue-rdn`), so our bytes equal what OpenSSL would have produced.
 * `openssl req -verify` would accept either order (it checks the bytes as signed), so the
 * choice is about being valid DER and identical to what IGC-Santé issues.
 */
import {
  objectIdentifier,
  printableString,
  sequence,
  setOf,
  utf8String,
} from '../../../shared/asn1/build.js';
import type { SubjectAttribute, SubjectSpec } from '../../../shared/csr/subject-spec.js';

const attributeTypeAndValue = (a: SubjectAttribute): Uint8Array =>
  sequence(
    objectIdentifier(a.oid),
    a.encoding === 'PrintableString' ? printableString(a.value) : utf8String(a.value),
  );

/** Expects a spec that passed `checkSubject`. */
export const encodeName = (spec: SubjectSpec): Uint8Array =>
  sequence(...spec.rdns.map((rdn) => setOf(rdn.map(attributeTypeAndValue))));
