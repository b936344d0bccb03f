import type { ChainReport } from '../model/chain.js';
import type { IgcSanteInfo } from '../model/igc-sante.js';
import type { NameFields } from './name-fields.js';

/**
 * What the inventory keeps of the IGC-Santé reading: enough to name, filter and renew.
 * `lookAlike`: it reads as IGC-Santé, and its chain proves it is not one (it ends at a root
 * that is not a pinned IGC-Santé anchor, a signature fails, or the environments disagree).
 * Not the same as not `genuine`: a certificate whose issuer is just not at hand is not
 * genuine as far as Vigie can tell, yet nothing says it is a fake. Absent in rows kept
 * before it existed: read as false.
 */
export type InventoryIgc = Pick<
  IgcSanteInfo,
  'environment' | 'family' | 'product' | 'genuine' | 'issuingCa'
> & {
  lookAlike?: boolean;
};

/** Chain outcomes that contradict an IGC-Santé reading (see `lookAlike`). */
const CONTRADICTING: ReadonlySet<ChainReport['reason']> = new Set([
  'bad-signature',
  'untrusted-root',
  'environment-mismatch',
]);

/** The inventory's IGC-Santé fields from the inspector's reading and the chain it built. */
export const inventoryIgc = (info: IgcSanteInfo | null, chain: ChainReport | null): InventoryIgc | null =>
  info && {
    environment: info.environment,
    family: info.family,
    product: info.product,
    genuine: info.genuine,
    issuingCa: info.issuingCa,
    // By the reason, not the status: "unknown anchor" is also what a chain whose issuer is
    // missing says, and that proves nothing.
    lookAlike: !info.genuine && chain !== null && chain.status !== 'valid' && CONTRADICTING.has(chain.reason),
  };

/**
 * What the inventory knows of a certificate without decoding it again: the one shape the
 * store, its lists and every report share.
 */
export type InventoryCertificate = {
  sha256: string;
  /** RFC 4514 texts, as shown elsewhere in Vigie. */
  subject: string;
  issuer: string;
  subjectFields: NameFields;
  issuerFields: NameFields;
  /** Upper-case hex, as `openssl x509 -serial` prints it. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** The IGC-Santé reading at scan time; null for any other certificate. */
  igc: InventoryIgc | null;
};
