import type { InventoryStatus } from '../deadlines.js';

import type { NameFields } from '../name-fields.js';

export { NAME_FIELDS, type NameField, type NameFields } from '../name-fields.js';

/** One certificate of the inventory as every report format reads it. */
export type ReportRow = {
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
  status: InventoryStatus;
  /** Where it lives now (places it has left are not listed). */
  locations: { source: string; locator: string }[];
};

export const STATUS_LABELS: Readonly<Record<InventoryStatus, string>> = {
  valid: 'valide',
  'renew-soon': 'à renouveler bientôt',
  'renew-now': 'à renouveler maintenant',
  expired: 'expiré',
  revoked: 'révoqué',
  unrecognised: 'non reconnu',
};
