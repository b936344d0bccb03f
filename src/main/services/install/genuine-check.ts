import { isGenuine } from '../../../shared/igc-sante/genuine.js';
import { recognizeCertificate } from '../../../shared/igc-sante/recognize.js';
import { buildChain } from '../../pki/chain/index.js';
import { describeCertificate } from '../../pki/describe/index.js';
import type { InstallDeps } from './install-deps.js';

/**
 * Is an order's certificate really from the IGC-Santé? Checked again here, at install
 * time, from the trust store: the order only holds what retrieval kept (possibly on the
 * user's "keep it anyway"), and installing puts the key where browsers will present it.
 */
export const isGenuineForInstall = async (
  deps: Pick<InstallDeps, 'trust' | 'clock' | 'findAnchor'>,
  der: Uint8Array,
): Promise<boolean> => {
  const now = deps.clock.now();
  const view = await describeCertificate(der, now);
  if (!view.ok) return false;
  const shape = recognizeCertificate(view.value);
  if (shape === null) return false;
  const chain = await buildChain({
    leaf: der,
    fileCertificates: [],
    storeCertificates: (await deps.trust.list()).map((c) => c.der),
    now,
    leafEnvironment: shape.environment,
    ...(deps.findAnchor ? { findAnchor: deps.findAnchor } : {}),
  });
  return isGenuine(view.value.sha256, shape.environment, chain);
};
