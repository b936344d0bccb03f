import { vi } from 'vitest';
import type { ArgsOf, EventName, EventPayload, RendererApi } from '../../../src/shared/ipc/types.js';
import type { Order, OrderError, OrderState } from '../../../src/shared/model/order.js';
import type { VaultStatus } from '../../../src/shared/model/vault.js';

type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export const NOW = '2026-03-02T09:30:00.000Z';

/** A plausible FINESS structure (the ANS TEST one) for orders made in tests. */
export const TEST_STRUCTURE = {
  kind: 'structure' as const,
  legalName: 'CENTRE DE SANTE RPPS22163',
  structureIdType: 'FINESS' as const,
  structureId: '0B0221636',
  departement: '69',
  commonName: 'Logiciel de cabinet',
  dnsNames: [],
};

export const FAKE_CSR_PEM = [
  '-----BEGIN CERTIFICATE REQUEST-----',
  'MIICijCCAXICAQAwRTELMAkGA1UEBhMCRlIxFDASBgNVBAgMC1Jow7RuZSAoNjkp',
  '-----END CERTIFICATE REQUEST-----',
  '',
].join('\n');

let sequence = 0;
/** UUID-shaped and predictable, so failures print readable ids. */
export const fakeOrderId = (): string => `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export const makeOrder = (fields: Partial<Order> = {}): Order => ({
  id: fakeOrderId(),
  product: 'ORG_AUTH_CLI',
  environment: 'test',
  holder: TEST_STRUCTURE,
  projects: ['DMP'],
  key: { algorithm: 'RSA', bits: 2048 },
  keyRef: null,
  spkiSha256: null,
  csrPem: null,
  certificate: null,
  state: 'draft',
  renews: null,
  history: [{ at: NOW, state: 'draft', note: null }],
  createdAt: NOW,
  updatedAt: NOW,
  ...fields,
});

const STAGES = ['generating-key', 'encrypting', 'saving', 'building-csr', 'done'] as const;

export type OrdersBackend = {
  /** What main holds: tests may read or replace it. */
  state: { orders: Order[]; vault: VaultStatus };
  orders: RendererApi['orders'];
  vault: RendererApi['vault'];
};

/**
 * A small in-memory main for the ordering screens: orders move through the real state
 * names, `orders.changed` and `orders.progress` are emitted like main does.
 */
export const createOrdersBackend = (emit: Emit): OrdersBackend => {
  const state: OrdersBackend['state'] = {
    orders: [],
    vault: { mode: 'keyring', locked: false, keyringAvailable: true, keyCount: 0 },
  };
  const notFound = { ok: false as const, error: { code: 'not-found' as const, message: 'no such order' } };
  const update = (id: string, to: OrderState, extra: Partial<Order> = {}): Order | null => {
    const index = state.orders.findIndex((o) => o.id === id);
    const current = state.orders[index];
    if (!current) return null;
    const next: Order = {
      ...current,
      ...extra,
      state: to,
      history: [...current.history, { at: NOW, state: to, note: null }],
      updatedAt: NOW,
    };
    state.orders[index] = next;
    emit('orders.changed', { orderId: id });
    return next;
  };
  const move = (id: string, to: OrderState, extra: Partial<Order> = {}) => {
    const order = update(id, to, extra);
    return order ? { ok: true as const, value: order } : notFound;
  };

  const orders: RendererApi['orders'] = {
    // Renewal: a draft linked to the certificate (tests that need more give their own).
    renew: vi.fn(async ({ sha256 }: ArgsOf<'orders', 'renew'>) => {
      const order = makeOrder({ renews: sha256 });
      state.orders.unshift(order);
      emit('orders.changed', { orderId: order.id });
      return { ok: true as const, value: order };
    }),
    retireRenewed: vi.fn(async () => ({ ok: true as const, value: { removedFrom: [], failed: [] } })),
    // No card or token in this fake: tests of the token path give their own.
    storeOnToken: vi.fn(async () => notFound),
    list: vi.fn(async () => ({ ok: true as const, value: { orders: [...state.orders] } })),
    create: vi.fn(async (args: ArgsOf<'orders', 'create'>) => {
      const order = makeOrder({
        product: args.product,
        environment: args.environment,
        holder: args.holder,
        projects: args.projects,
        key: { algorithm: 'RSA', bits: args.keyBits },
      });
      state.orders.unshift(order);
      emit('orders.changed', { orderId: order.id });
      return { ok: true as const, value: order };
    }),
    generateKey: vi.fn(async ({ orderId }: ArgsOf<'orders', 'generateKey'>) => {
      if (!state.orders.some((o) => o.id === orderId)) return notFound;
      for (const stage of STAGES) emit('orders.progress', { orderId, stage });
      state.vault = { ...state.vault, keyCount: state.vault.keyCount + 1 };
      return move(orderId, 'key-ready', { csrPem: FAKE_CSR_PEM, keyRef: { store: 'vault', keyId: orderId } });
    }),
    exportCsr: vi.fn(async ({ orderId }: ArgsOf<'orders', 'exportCsr'>) => {
      const current = state.orders.find((o) => o.id === orderId);
      if (!current) return notFound;
      const order = update(orderId, current.state === 'key-ready' ? 'csr-exported' : current.state);
      if (!order) return notFound;
      return {
        ok: true as const,
        value: { order, pem: FAKE_CSR_PEM, fileName: `${order.product.toLowerCase()}.csr` },
      };
    }),
    markSubmitted: vi.fn(async ({ orderId }: ArgsOf<'orders', 'markSubmitted'>) =>
      move(orderId, 'submitted'),
    ),
    cancel: vi.fn(async ({ orderId }: ArgsOf<'orders', 'cancel'>) => move(orderId, 'cancelled')),
  };

  const vault: RendererApi['vault'] = {
    status: vi.fn(async () => state.vault),
    setup: vi.fn(async (args: ArgsOf<'vault', 'setup'>) => {
      state.vault = { ...state.vault, mode: args.mode, locked: false };
      return { ok: true as const, value: state.vault };
    }),
    unlock: vi.fn(async () => {
      state.vault = { ...state.vault, locked: false };
      return { ok: true as const, value: state.vault };
    }),
    lock: vi.fn(async () => {
      state.vault = { ...state.vault, locked: state.vault.mode === 'passphrase' };
      return state.vault;
    }),
  };
  return { state, orders, vault };
};

export const orderError = (code: OrderError['code'], fields?: OrderError['fields']) => ({
  ok: false as const,
  error: { code, message: `fake ${code}`, ...(fields ? { fields } : {}) },
});
