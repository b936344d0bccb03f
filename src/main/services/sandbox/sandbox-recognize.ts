import { X509Certificate } from 'node:crypto';
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
