import { z } from 'zod';
import { DistinguishedName, GeneralName } from './names.js';

export const PublicKeyInfo = z.object({
  /** 'RSA', 'EC', 'Ed25519', 'Ed448', 'X25519', 'DSA', 'RSA-PSS' or the OID when unknown. */
  algorithm: z.string(),
  /** Modulus / field size in bits when known. */
  size: z.number().int().nullable(),
  /** Named curve for EC keys. */
  curve: z.string().nullable(),
});
export type PublicKeyInfo = z.infer<typeof PublicKeyInfo>;

export const AlgorithmRef = z.object({ oid: z.string(), name: z.string() });
export type AlgorithmRef = z.infer<typeof AlgorithmRef>;

/** Every extension as found, decoded when we can; a decoding failure is shown, not thrown. */
export const ExtensionView = z.object({
  oid: z.string(),
  name: z.string().nullable(),
  critical: z.boolean(),
  /** Human summary of the decoded value (one line per item). */
  summary: z.array(z.string()),
  /** extnValue contents (hex, upper case, at most 4 KiB shown). */
  valueHex: z.string(),
  /** Set when the extension is present but its value cannot be decoded. */
  error: z.string().nullable(),
});
export type ExtensionView = z.infer<typeof ExtensionView>;

const Hex = z.string().regex(/^[0-9A-F]*$/);

export const CertificateView = z.object({
  version: z.number().int(),
  subject: DistinguishedName,
  issuer: DistinguishedName,
  /** Upper-case hex, no separators, as openssl prints it. */
  serialNumber: Hex,
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  /** Whole days from "now" (the clock port) to notAfter; negative once expired. */
  daysLeft: z.number().int(),
  /** SHA-256 of the certificate DER, upper-case hex. */
  sha256: Hex,
  sha1: Hex,
  /** SHA-256 of the SubjectPublicKeyInfo DER: pairs a certificate with its key or CSR. */
  spkiSha256: Hex,
  publicKey: PublicKeyInfo,
  signatureAlgorithm: AlgorithmRef,
  selfIssued: z.boolean(),
  isCa: z.boolean(),
  pathLength: z.number().int().nullable(),
  /** digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign, encipherOnly, decipherOnly. */
  keyUsage: z.array(z.string()),
  extendedKeyUsage: z.array(AlgorithmRef),
  subjectAltNames: z.array(GeneralName),
  policies: z.array(z.string()),
  crlDistributionPoints: z.array(z.string()),
  ocsp: z.array(z.string()),
  caIssuers: z.array(z.string()),
  extensions: z.array(ExtensionView),
  pem: z.string(),
});
export type CertificateView = z.infer<typeof CertificateView>;

export const CsrView = z.object({
  subject: DistinguishedName,
  publicKey: PublicKeyInfo,
  signatureAlgorithm: AlgorithmRef,
  /** Proof of possession: does the CSR's self-signature verify (null: algorithm unsupported). */
  signatureValid: z.boolean().nullable(),
  sha256: Hex,
  spkiSha256: Hex,
  subjectAltNames: z.array(GeneralName),
  keyUsage: z.array(z.string()),
  extendedKeyUsage: z.array(AlgorithmRef),
  extensions: z.array(ExtensionView),
  /** Attribute OIDs other than extensionRequest, and any that failed to decode. */
  attributes: z.array(
    z.object({ oid: z.string(), name: z.string().nullable(), error: z.string().nullable() }),
  ),
  pem: z.string(),
});
export type CsrView = z.infer<typeof CsrView>;

export const RevokedEntry = z.object({
  serialNumber: Hex,
  revocationDate: z.iso.datetime(),
  reason: z.string().nullable(),
});

export const CrlView = z.object({
  issuer: DistinguishedName,
  thisUpdate: z.iso.datetime(),
  nextUpdate: z.iso.datetime().nullable(),
  crlNumber: z.string().nullable(),
  isDelta: z.boolean(),
  signatureAlgorithm: AlgorithmRef,
  sha256: Hex,
  revokedCount: z.number().int(),
  /** The first entries only: a CRL can list hundreds of thousands. */
  revoked: z.array(RevokedEntry),
  extensions: z.array(ExtensionView),
  pem: z.string(),
});
export type CrlView = z.infer<typeof CrlView>;

/** What we say about a private key. Never its bytes: keys do not cross into the renderer. */
export const PrivateKeyView = z.object({
  algorithm: z.string(),
  size: z.number().int().nullable(),
  curve: z.string().nullable(),
  /** True while the key is still encrypted (no or wrong password given). */
  encrypted: z.boolean(),
  /** SPKI SHA-256 of the public half when it could be derived (pairs with certificates). */
  spkiSha256: Hex.nullable(),
});
export type PrivateKeyView = z.infer<typeof PrivateKeyView>;
