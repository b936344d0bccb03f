import { createHash } from 'node:crypto';
import type { ChainInput } from '../../pki/chain/index.js';
import { buildChain } from '../../pki/chain/index.js';
import type { TrustService } from '../trust/trust-service.js';

const sha256 = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();

/**
 * The CA certificates to ship with a certificate: its path to a pinned anchor, built from
 * the trust store (which keeps the pinned CAs of every retrieved file). `withRoot` adds the
 * root for the PEM bundle's ca.pem; the PKCS#12 carries intermediates only, as the platform's
 * own files do not make anyone trust a root anyway.
 */
export const chainFor = async (
  leaf: Uint8Array,
  trust: Pick<TrustService, 'list'>,
  now: Date,
  withRoot: boolean,
  findAnchor?: ChainInput['findAnchor'],
): Promise<Uint8Array[]> => {
  const store = await trust.list();
  const report = await buildChain({
    leaf,
    fileCertificates: [],
    storeCertificates: store.map((c) => c.der),
    now,
    leafEnvironment: null,
    ...(findAnchor ? { findAnchor } : {}),
  });
  const leafHash = sha256(leaf);
  const out: Uint8Array[] = [];
  for (const link of report.path) {
    if (link.sha256 === leafHash) continue;
    const ca = store.find((c) => c.pinned.sha256 === link.sha256);
    if (ca && (withRoot || ca.pinned.role !== 'root')) out.push(ca.der);
  }
  return out;
};
