import type { Order } from '../../../src/shared/model/order.js';

export const ORDER_ID = '3f0c6a52-8b1e-4c3a-9d7e-2a4b5c6d7e8f';

/** A valid v1 order (it parses with the Order schema), in `draft`. */
export const makeOrder = (over: Partial<Order> = {}): Order => ({
  id: ORDER_ID,
  product: 'ORG_AUTH_CLI',
  environment: 'test',
  holder: {
    kind: 'structure',
    legalName: 'Hôpital Exemple',
    structureIdType: 'FINESS',
    structureId: '0B0221636',
    departement: '69',
    commonName: '',
    dnsNames: [],
  },
  projects: ['DMP'],
  key: { algorithm: 'RSA', bits: 2048 },
  keyRef: null,
  spkiSha256: null,
  csrPem: null,
  certificate: null,
  state: 'draft',
  renews: null,
  history: [{ at: '2026-11-22T09:00:00.000Z', state: 'draft', note: 'created' }],
  createdAt: '2026-11-22T09:00:00.000Z',
  updatedAt: '2026-11-22T09:00:00.000Z',
  ...over,
});
