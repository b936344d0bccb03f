import { createHash, X509Certificate } from 'node:crypto';

export type CertFacts = {
  sha256: string;
  sha1: string;
  /** Subject CN, or the whole subject when there is none: a readable label. */
  commonName: string;
  isCa: boolean;
  /** Self-signed: a root, the only kind of CA that becomes a trust anchor. */
  isRoot: boolean;
  /** NSS CKA_ID of the key pair (SHA-1 of the RSA modulus), to pair certs and keys. */
  nssKeyId?: string;
};

const hex = (algorithm: string, data: Uint8Array): string => createHash(algorithm).update(data).digest('hex');

export const sha256Hex = (der: Uint8Array): string => hex('sha256', der);

export const certFacts = (der: Uint8Array): CertFacts => {
  const cert = new X509Certificate(der);
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1];
  const jwk = cert.publicKey.export({ format: 'jwk' });
  const isRoot = cert.subject === cert.issuer && cert.checkIssued(cert) && cert.verify(cert.publicKey);
  return {
    sha256: hex('sha256', der),
    sha1: hex('sha1', der),
    commonName: cn ?? cert.subject.replaceAll('\n', ', '),
    isCa: cert.ca,
    isRoot,
    ...(jwk.kty === 'RSA' && jwk.n ? { nssKeyId: hex('sha1', Buffer.from(jwk.n, 'base64url')) } : {}),
  };
};

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

/** Every certificate of a PEM text, as DER (tools print one or several blocks). */
export const pemCertificates = (text: string): Uint8Array[] =>
  [...text.matchAll(PEM_BLOCK)].map(
    (match) => new Uint8Array(Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64')),
  );

/** Keeps error output short enough for a details pane and free of control characters. */
export const excerpt = (text: string, max = 600): string => {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
};
