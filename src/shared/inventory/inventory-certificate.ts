import type { IgcSanteInfo } from '../model/igc-sante.js';
import type { NameFields } from './name-fields.js';

/** What the inventory keeps of the IGC-Santé reading: enough to name, filter and renew. */
export type InventoryIgc = Pick<IgcSanteInfo, 'environment' | 'family' | 'product' | 'genuine' | 'issuingCa'>;

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
