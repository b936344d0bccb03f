import { performance } from 'node:perf_hooks';
import {
  EKU,
  validatePath,
  type KeyUsageName,
  type PeerName,
  type ValidationInput,
} from '../../src/main/pki/validation/index.js';
import type { LimboCase, LimboPeer } from './limbo-cases.js';
import type { Answer } from './outcome.js';

/** Families of Web PKI testcases: validated with the webpki profile, as upstream's Web PKI harnesses do. */
const WEBPKI_FAMILIES = new Set(['webpki', 'online']);

const EKU_BY_NAME: Readonly<Record<string, string>> = {
  anyExtendedKeyUsage: EKU.any,
  serverAuth: EKU.serverAuth,
  clientAuth: EKU.clientAuth,
  codeSigning: EKU.codeSigning,
  emailProtection: EKU.emailProtection,
  timeStamping: EKU.timeStamping,
  OCSPSigning: EKU.ocspSigning,
};

/**
 * One PEM block's bytes, decoded here rather than by Vigie's PEM reader (what is measured is
 * path validation) or by OpenSSL (some testcases hold certificates it refuses to parse).
 */
const der = (pem: string): Uint8Array =>
  new Uint8Array(
    Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, ''), 'base64'),
  );

const peerOf = (p: LimboPeer): PeerName => ({
  kind: p.kind === 'DNS' ? 'dns' : p.kind === 'IP' ? 'ip' : 'email',
  value: p.value,
});

/**
 * What upstream's harnesses feed their verifiers: the peer name, the EKU and key usage the
 * testcase requires (a TLS server's serverAuth under the Web PKI profile), the maximum depth,
 * the validation time, and the CRLs (revocation then required of every certificate).
 */
export const limboInput = (c: LimboCase, now: Date): ValidationInput => {
  const profile = WEBPKI_FAMILIES.has(c.family) ? 'webpki' : 'rfc5280';
  const named = c.extendedKeyUsage.map((n) => EKU_BY_NAME[n] ?? n);
  const eku = named.length > 0 ? named : profile === 'webpki' && c.kind === 'SERVER' ? [EKU.serverAuth] : [];
  return {
    target: der(c.peer),
    untrusted: c.untrusted.map(der),
    anchors: c.trusted.map(der),
    crls: c.crls.map(der),
    at: c.at ?? now,
    revocation: c.crls.length > 0 ? 'require' : 'off',
    ...(c.peerName ? { peer: peerOf(c.peerName) } : {}),
    usage: { eku, keyUsage: c.keyUsage as KeyUsageName[] },
    ...(c.maxDepth === null ? {} : { maxDepth: c.maxDepth }),
    profile,
  };
};

export const runVigieLimbo = async (
  c: LimboCase,
  now: Date,
): Promise<{ answer: Answer; reason: string | null; ms: number }> => {
  const start = performance.now();
  try {
    const r = await validatePath(limboInput(c, now));
    return {
      answer: r.status === 'valid' ? 'SUCCESS' : 'FAILURE',
      reason: r.reason,
      ms: performance.now() - start,
    };
  } catch (e) {
    return {
      answer: 'ERROR',
      reason: e instanceof Error ? e.message : String(e),
      ms: performance.now() - start,
    };
  }
};
