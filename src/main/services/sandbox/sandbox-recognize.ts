import { X509Certificate } from 'node:crypto';
import type { SandboxCertificate } from '../../../shared/model/sandbox.js';
import type { SandboxCa } from './sandbox-ca.js';

/** The sandbox CA's certificates as node:crypto reads them, made once per loaded CA. */
export type SandboxAnchors = { root: X509Certificate; issuing: X509Certificate };

export const sandboxAnchors = (ca: SandboxCa): SandboxAnchors => ({
  root: new X509Certificate(ca.root.cert.toString('pem')),
  issuing: new X509Certificate(ca.issuing.cert.toString('pem')),
});

/**
 * Is this certificate one of the sandbox CA's own, or signed by its issuing CA? By signature,
 * never by name: the names say BAC A SABLE, and anyone can copy a name. Unreadable bytes are
 * simply not the sandbox's.
 */
export const fromSandbox = (der: Uint8Array, anchors: SandboxAnchors): boolean => {
  try {
    const cert = new X509Certificate(der);
    if (cert.raw.equals(anchors.root.raw) || cert.raw.equals(anchors.issuing.raw)) return true;
    return cert.checkIssued(anchors.issuing) && cert.verify(anchors.issuing.publicKey);
  } catch {
    return false;
  }
};

/**
 * The sandbox page's own check of a certificate it issued, against the sandbox root only:
 * chain signatures, dates, the sandbox's revocations ("valide dans le bac à sable").
 */
export const checkInSandbox = (
  leafPem: string,
  revoked: boolean,
  anchors: SandboxAnchors,
  now: Date,
): SandboxCertificate['sandboxCheck'] => {
  try {
    const leaf = new X509Certificate(leafPem);
    const { issuing, root } = anchors;
    const signed =
      leaf.checkIssued(issuing) &&
      leaf.verify(issuing.publicKey) &&
      issuing.checkIssued(root) &&
      issuing.verify(root.publicKey) &&
      root.verify(root.publicKey);
    if (!signed) return 'invalid';
    if (revoked) return 'revoked';
    const t = now.getTime();
    if (Date.parse(leaf.validTo) <= t || Date.parse(leaf.validFrom) > t) return 'expired';
    return 'valid';
  } catch {
    return 'invalid';
  }
};
