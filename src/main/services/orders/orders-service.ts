import { buildSubjectSpec } from '../../../shared/csr/build-subject.js';
import type { Environment, ProductCode, ProjectCode } from '../../../shared/model/igc-sante.js';
import type { Holder, KeyBits, Order, OrderError } from '../../../shared/model/order.js';
import { csrFileName } from '../../../shared/orders/file-name.js';
import { appendNote, transition } from '../../../shared/orders/state-machine.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { EventSink } from '../../ports/event-sink.js';
import type { KeyProgress, KeyStore } from '../../ports/key-store.js';
import type { OrderRepository, OrderStoreError } from '../../ports/order-repository.js';
import { buildCsr } from '../../pki/csr/index.js';
import { makeKey, type KeyPlace, type TokenKeys } from './order-key.js';

export type { KeyPlace, TokenKeys } from './order-key.js';

export type OrdersDeps = {
  repo: OrderRepository;
  keys: KeyStore;
  /** Cards and tokens; absent where there are none (the CLI's csr command, tests). */
  tokenKeys?: TokenKeys;
  clock: Clock;
  events: EventSink;
  newId: () => string;
};

export type NewOrder = {
  product: ProductCode;
  environment: Environment;
  holder: Holder;
  projects: ProjectCode[];
  keyBits: KeyBits;
  /** The certificate this order renews (lineage); absent for a first order. */
  renews?: string;
};

export type IssuedCertificate = NonNullable<Order['certificate']>;
export type IssuedOrderFields = Pick<
  Order,
  'product' | 'environment' | 'holder' | 'projects' | 'key' | 'keyRef' | 'spkiSha256'
> & { certificate: IssuedCertificate };

/** The subject for an order: the profile (catalogue data) filled from the holder. */
const subjectFor = (product: ProductCode, holder: Holder, projects: readonly string[]) =>
  buildSubjectSpec(product, holder, {
    projects,
    ...(holder.kind === 'person' && holder.employer ? { employer: holder.employer } : {}),
  });

const storeError = (e: OrderStoreError): OrderError => ({ code: 'io-error', message: e.message });

/**
 * Order records and their life: validate the holder for the product, generate the key in
 * the key store, build the CSR signed by that store, hand the CSR out, follow the state
 * machine (src/shared/orders). The private key never leaves the key store.
 */
export const createOrdersService = (deps: OrdersDeps) => {
  const busy = new Set<string>();

  const find = async (orderId: string): Promise<Result<Order, OrderError>> => {
    const found = await deps.repo.get(orderId);
    if (!found.ok) return err(storeError(found.error));
    return found.value ? ok(found.value) : err({ code: 'not-found', message: `No order ${orderId}` });
  };

  const save = async (order: Order): Promise<Result<Order, OrderError>> => {
    const put = await deps.repo.put(order);
    if (!put.ok) return err(storeError(put.error));
    deps.events.emit('orders.changed', { orderId: order.id });
    return ok(order);
  };

  const move = async (orderId: string, to: Order['state'], note?: string) => {
    const order = await find(orderId);
    if (!order.ok) return order;
    const next = transition(order.value, to, deps.clock.now(), note);
    if (!next.ok) return err<OrderError>({ code: 'invalid-transition', message: next.error.message });
    return save(next.value);
  };

  const generate = async (order: Order, place: KeyPlace): Promise<Result<Order, OrderError>> => {
    const progress = (stage: KeyProgress | 'building-csr' | 'done' | 'failed') =>
      deps.events.emit('orders.progress', { orderId: order.id, stage });
    const subject = subjectFor(order.product, order.holder, order.projects);
    if (!subject.ok) {
      return err({
        code: 'invalid-holder',
        message: 'The holder does not fit the product',
        fields: subject.error,
      });
    }
    const key = await makeKey(deps, order, place, progress);
    if (!key.ok) {
      progress('failed');
      return key;
    }
    progress('building-csr');
    // On a token the CSR is signed there (CKM_SHA256_RSA_PKCS): the key never leaves it.
    const csr = await buildCsr({
      subject: subject.value,
      product: order.product,
      spkiDer: key.value.spkiDer,
      sign: key.value.sign,
    });
    if (!csr.ok) {
      progress('failed');
      const e = csr.error;
      return err(
        'code' in e && e.code === 'token-failed' ? e : { code: 'key-generation-failed', message: e.message },
      );
    }
    const where = place === null ? '' : ' on the token';
    const withKey: Order = {
      ...order,
      keyRef: { store: key.value.store, keyId: key.value.keyId },
      spkiSha256: key.value.spkiSha256,
      csrPem: csr.value.pem,
    };
    const next = transition(
      withKey,
      'key-ready',
      deps.clock.now(),
      `RSA-${order.key.bits} key generated${where}`,
    );
    if (!next.ok) return err({ code: 'invalid-transition', message: next.error.message });
    const saved = await save(next.value);
    progress(saved.ok ? 'done' : 'failed');
    return saved;
  };

  return {
    get: find,

    async list(): Promise<Result<Order[], OrderError>> {
      const all = await deps.repo.list();
      if (!all.ok) return err(storeError(all.error));
      return ok([...all.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    },

    async create(input: NewOrder): Promise<Result<Order, OrderError>> {
      const subject = subjectFor(input.product, input.holder, input.projects);
      if (!subject.ok) {
        return err({
          code: 'invalid-holder',
          message: 'The holder does not fit the product',
          fields: subject.error,
        });
      }
      const at = deps.clock.now().toISOString();
      return save({
        id: deps.newId(),
        product: input.product,
        environment: input.environment,
        holder: input.holder,
        projects: input.projects,
        key: { algorithm: 'RSA', bits: input.keyBits },
        keyRef: null,
        spkiSha256: null,
        csrPem: null,
        certificate: null,
        state: 'draft',
        renews: input.renews ?? null,
        history: [{ at, state: 'draft', note: input.renews ? `renews ${input.renews}` : null }],
        createdAt: at,
        updatedAt: at,
      });
    },

    /** Key + CSR for a draft. One at a time per order: a double click must not make two keys. */
    async generateKey(orderId: string, place: KeyPlace = null): Promise<Result<Order, OrderError>> {
      if (busy.has(orderId))
        return err({ code: 'invalid-transition', message: 'Key generation already running' });
      busy.add(orderId);
      try {
        const order = await find(orderId);
        if (!order.ok) return order;
        if (order.value.state !== 'draft') {
          return err({ code: 'invalid-transition', message: `Order is ${order.value.state}, not draft` });
        }
        return await generate(order.value, place);
      } finally {
        busy.delete(orderId);
      }
    },

    async exportCsr(
      orderId: string,
    ): Promise<Result<{ order: Order; pem: string; fileName: string }, OrderError>> {
      const order = await find(orderId);
      if (!order.ok) return order;
      const pem = order.value.csrPem;
      if (!pem) return err({ code: 'invalid-transition', message: 'No CSR yet: generate the key first' });
      const moved =
        order.value.state === 'key-ready'
          ? await move(orderId, 'csr-exported', 'CSR exported')
          : ok(order.value);
      if (!moved.ok) return moved;
      return ok({ order: moved.value, pem, fileName: csrFileName(moved.value) });
    },

    /** The certificate issued for this order's key (checked by the caller): keep it, move to 'issued'. */
    async attachCertificate(
      orderId: string,
      certificate: IssuedCertificate,
      note: string,
    ): Promise<Result<Order, OrderError>> {
      const order = await find(orderId);
      if (!order.ok) return order;
      const next = transition({ ...order.value, certificate }, 'issued', deps.clock.now(), note);
      if (!next.ok) return err({ code: 'invalid-transition', message: next.error.message });
      return save(next.value);
    },

    /**
     * A record that starts 'issued': the platform generated the key, the user brought its
     * PKCS#12, and the key now lives in the key store. There never was a draft or a CSR.
     */
    async addIssued(fields: IssuedOrderFields, note: string): Promise<Result<Order, OrderError>> {
      const at = deps.clock.now().toISOString();
      return save({
        ...fields,
        id: deps.newId(),
        renews: null,
        csrPem: null,
        state: 'issued',
        history: [{ at, state: 'issued', note: note.slice(0, 500) }],
        createdAt: at,
        updatedAt: at,
      });
    },

    /** issued → installed after a verified install; an installed order only gets the note. */
    async markInstalled(orderId: string, note: string): Promise<Result<Order, OrderError>> {
      const order = await find(orderId);
      if (!order.ok) return order;
      if (order.value.state === 'installed') return save(appendNote(order.value, deps.clock.now(), note));
      return move(orderId, 'installed', note);
    },

    /** A history note without a state change; `forgetKey` drops the key reference (vault copy destroyed). */
    async annotate(orderId: string, note: string, forgetKey = false): Promise<Result<Order, OrderError>> {
      const order = await find(orderId);
      if (!order.ok) return order;
      const noted = appendNote(order.value, deps.clock.now(), note);
      return save(forgetKey ? { ...noted, keyRef: null } : noted);
    },

    markSubmitted: (orderId: string) => move(orderId, 'submitted', 'CSR submitted on the IGC-Santé platform'),
    cancel: (orderId: string) => move(orderId, 'cancelled', 'Cancelled by the user'),
  };
};

export type OrdersService = ReturnType<typeof createOrdersService>;
