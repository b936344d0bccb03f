/** What a revocation check needs of a certificate and of its issuer, read once. */
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import {
  childrenOf,
  DerError,
  isContext,
  isUniversal,
  parseDer,
  type Tlv,
} from '../../../shared/asn1/tlv.js';
import { readOctetString, readOid, serialHex } from '../../../shared/asn1/values.js';
import { ExtOid } from '../asn1/oids.js';
import { parseCertificate, type ParsedCertificate } from '../certificate/index.js';
import { nameTextsOf } from '../describe/describe-certificate.js';
import { bytesEqual } from '../describe/hex.js';
import { extensionFactsOf } from '../describe/extension-list.js';
import { decodeGeneralNames } from '../describe/general-names.js';

export type SubjectInfo = {
  /** INTEGER contents as found (two's complement), compared byte for byte with CRL entries. */
  serial: Uint8Array;
  serialHex: string;
  issuerNameDer: Uint8Array;
  issuerText: string;
  crlUrls: string[];
  /** freshestCRL (delta CRL) locations. */
  deltaUrls: string[];
  ocspUrls: string[];
};

export type IssuerInfo = {
  der: Uint8Array;
  subjectDer: Uint8Array;
  /** RFC 4514 text of the subject: names are compared decoded when the bytes differ. */
  subjectText: string;
  /** The subjectPublicKey BIT STRING contents without the unused-bits byte (OCSP key hash). */
  publicKeyBits: Uint8Array;
  spkiDer: Uint8Array;
};

/** URIs of the fullName of each DistributionPoint (same syntax as cRLDistributionPoints). */
export const distributionPointUris = (value: Uint8Array): string[] => {
  const uris: string[] = [];
  const seq = parseDer(value, 'freshestCRL');
  if (!isUniversal(seq, Univ.sequence)) throw new DerError('freshestCRL: expected SEQUENCE');
  for (const dp of childrenOf(seq)) {
    const name = childrenOf(dp).find((t) => isContext(t, 0));
    const full = name ? childrenOf(name).find((t) => isContext(t, 0)) : undefined;
    if (full) for (const n of decodeGeneralNames(full, 'fullName')) if (n.type === 'uri') uris.push(n.value);
  }
  return uris;
};

/** The extnValue of one extension in an Extensions SEQUENCE, or null. */
export const extensionValue = (extensions: Tlv | null, oid: string): Uint8Array | null => {
  if (!extensions) return null;
  for (const ext of childrenOf(extensions)) {
    const c = Cursor.of(ext, Univ.sequence, 'Extension');
    if (readOid(c.next('extnID'), 'extnID') !== oid) continue;
    c.optionalUniversal(Univ.boolean);
    return readOctetString(c.next('extnValue'), 'extnValue');
  }
  return null;
};

/**
 * Whether a parsed certificate names a CRL (cRLDistributionPoints or freshestCRL), by its
 * extension identifiers alone: a scan asks it of every certificate it keeps, so that a
 * revocation sweep later reads only those that can be checked. Throws DerError as readSubject.
 */
export const namesCrl = (cert: ParsedCertificate): boolean => {
  if (!cert.extensions) return false;
  for (const ext of childrenOf(cert.extensions)) {
    const oid = readOid(Cursor.of(ext, Univ.sequence, 'Extension').next('extnID'), 'extnID');
    if (oid === ExtOid.cRLDistributionPoints || oid === ExtOid.freshestCRL) return true;
  }
  return false;
};

/** Throws DerError on unreadable input: callers turn it into an 'unknown' with the reason. */
export const readSubject = (der: Uint8Array): SubjectInfo => {
  const cert = parseCertificate(der);
  const facts = extensionFactsOf(cert);
  const freshest = extensionValue(cert.extensions, ExtOid.freshestCRL);
  return {
    serial: cert.serial,
    serialHex: serialHex(cert.serial),
    issuerNameDer: cert.issuerDer,
    issuerText: nameTextsOf(cert).issuer,
    crlUrls: facts.crlDistributionPoints ?? [],
    deltaUrls: freshest ? distributionPointUris(freshest) : [],
    ocspUrls: facts.ocsp ?? [],
  };
};

export const readIssuer = (der: Uint8Array): IssuerInfo => {
  const cert = parseCertificate(der);
  return {
    der,
    subjectDer: cert.subjectDer,
    subjectText: nameTextsOf(cert).subject,
    publicKeyBits: cert.spki.key.bytes,
    spkiDer: cert.spki.der,
  };
};

/** Does the certificate name this issuer? Byte-equal names, or equal once decoded. */
export const namesIssuer = (subject: SubjectInfo, issuer: IssuerInfo): boolean =>
  bytesEqual(subject.issuerNameDer, issuer.subjectDer) || subject.issuerText === issuer.subjectText;
