import type { InventoryStatus } from '../deadlines.js';

import type { InventoryCertificate } from '../inventory-certificate.js';

/** One certificate of the inventory as every report format reads it. */
export type ReportRow = InventoryCertificate & {
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
