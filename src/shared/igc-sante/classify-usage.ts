import type { Usage } from '../catalogue/product-profiles.js';
import { EKU_OID } from '../catalogue/oids.js';

/** CertificateView lists KU names; tolerate case and the newer "contentCommitment" spelling. */
const normalizeKu = (name: string): string => {
  const lower = name.trim().toLowerCase();
  return lower === 'contentcommitment' ? 'nonrepudiation' : lower;
};

/**
 * Reads the cryptographic usage from keyUsage and extKeyUsage (domain.md §2 table):
 * - serverAuth → SSL (SERV_SSL also has clientAuth);
 * - clientAuth with digitalSignature only → AUTH;
 * - nonRepudiation without keyEncipherment → SIGN;
 * - keyEncipherment alone → CONF.
 * Mixed or unknown combinations give null: we never guess a product.
 */
export const classifyUsage = (
  keyUsage: readonly string[],
  extKeyUsageOids: readonly string[],
): Usage | null => {
  const ku = new Set(keyUsage.map(normalizeKu));
  const eku = new Set(extKeyUsageOids);
  if (ku.has('keycertsign') || ku.has('crlsign')) return null;
  const sig = ku.has('digitalsignature');
  const nonRep = ku.has('nonrepudiation');
  const encipher = ku.has('keyencipherment');
  if (eku.has(EKU_OID.serverAuth)) return (sig || encipher) && !nonRep ? 'SSL' : null;
  if (eku.has(EKU_OID.clientAuth)) return sig && !nonRep && !encipher ? 'AUTH' : null;
  if (nonRep && !encipher) return 'SIGN';
  if (encipher && !nonRep && !sig) return 'CONF';
  return null;
};
