/** OCSPRequest (RFC 6960 4.1) for one certificate: SHA-1 CertID and a nonce. */
import { createHash } from 'node:crypto';
import { CertID, id_pkix_ocsp_nonce, OCSPRequest, Request, TBSRequest } from '@peculiar/asn1-ocsp';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Extension } from '@peculiar/asn1-x509';
import type { IssuerInfo, SubjectInfo } from '../revocation/cert-info.js';

export const SHA1_OID = '1.3.14.3.2.26';

/** The three values a responder echoes back; compared byte for byte in the answer. */
export type CertIdParts = { issuerNameHash: Uint8Array; issuerKeyHash: Uint8Array; serial: Uint8Array };

const sha1 = (bytes: Uint8Array): Uint8Array => new Uint8Array(createHash('sha1').update(bytes).digest());

/**
 * SHA-1 because RFC 5019 responders (and IGC-Santé's) are only required to know SHA-1
 * CertIDs; the hashes identify, they do not protect anything.
 */
export const certIdFor = (subject: SubjectInfo, issuer: IssuerInfo): CertIdParts => ({
  issuerNameHash: sha1(issuer.subjectDer),
  issuerKeyHash: sha1(issuer.publicKeyBits),
  serial: subject.serial,
});

const toBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

/** RFC 8954: the nonce extension holds an OCTET STRING of 1 to 32 bytes. */
export const nonceExtensionValue = (nonce: Uint8Array): Uint8Array =>
  new Uint8Array(AsnConvert.serialize(new OctetString(toBuffer(nonce))));

export const buildOcspRequest = (id: CertIdParts, nonce: Uint8Array): Uint8Array => {
  const reqCert = new CertID({
    // NULL parameters, as OpenSSL and most responders write them.
    hashAlgorithm: new AlgorithmIdentifier({ algorithm: SHA1_OID, parameters: null }),
    issuerNameHash: new OctetString(toBuffer(id.issuerNameHash)),
    issuerKeyHash: new OctetString(toBuffer(id.issuerKeyHash)),
    serialNumber: toBuffer(id.serial),
  });
  const nonceExtension = new Extension({
    extnID: id_pkix_ocsp_nonce,
    critical: false,
    extnValue: new OctetString(toBuffer(nonceExtensionValue(nonce))),
  });
  const request = new OCSPRequest({
    tbsRequest: new TBSRequest({
      requestList: [new Request({ reqCert })],
      requestExtensions: [nonceExtension],
    }),
  });
  return new Uint8Array(AsnConvert.serialize(request));
};
