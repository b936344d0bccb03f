import { z } from 'zod';
import {
  SandboxCertificate,
  SandboxError,
  SandboxRevocationReason,
  SandboxStatus,
} from '../model/sandbox.js';
import { op, resultOf } from './define.js';

/**
 * The rehearsal sandbox ("bac à sable"): a local toy CA that answers Vigie's own CSRs, with
 * its CRL and OCSP responder on 127.0.0.1. Its anchors never join the IGC-Santé trust store.
 * ./contract.ts includes this table as `sandbox`.
 */
export const sandboxOps = {
  status: op({
    summary:
      'The sandbox CA (created?), its loopback CRL / OCSP server address, and the certificates it issued',
    args: z.object({}).strict(),
    result: SandboxStatus,
  }),
  issue: op({
    summary:
      "Sign a pending TEST order's CSR with the sandbox CA (product key usages, 3 years, CRL and OCSP on 127.0.0.1); the PEM is then retrieved like a platform download",
    args: z.object({ orderId: z.uuid() }).strict(),
    result: resultOf(z.object({ certificate: SandboxCertificate, fileName: z.string() }), SandboxError),
  }),
  revoke: op({
    summary: 'Revoke a sandbox certificate: its CRL and OCSP responder say so from now on',
    args: z.object({ sha256: z.string().regex(/^[0-9A-F]{64}$/), reason: SandboxRevocationReason }).strict(),
    result: resultOf(SandboxStatus, SandboxError),
  }),
  reset: op({
    summary: 'Forget the sandbox CA and everything it issued (a new CA is made on next use)',
    args: z.object({}).strict(),
    result: SandboxStatus,
  }),
} as const;
