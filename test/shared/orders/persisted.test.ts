import { Order } from '../../../src/shared/model/order.js';
import { OrdersStore, migrateOrdersStore, ordersStoreOf } from '../../../src/shared/orders/persisted.js';
import { ORDER_ID, makeOrder } from './order-fixture.js';

const OTHER_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const THIRD_ID = '1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b';

/** What a v0 file held: an order without history and projects. */
const v0Order = (over: Partial<Order> = {}) => {
  const { history: _h, projects: _p, ...rest } = makeOrder(over);
  return rest;
};

const loaded = (raw: unknown) => {
  const r = migrateOrdersStore(raw);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

describe('migrateOrdersStore', () => {
  it('nothing on disk yet is an empty v1 store', () => {
    for (const raw of [undefined, null]) {
      expect(loaded(raw)).toEqual({ version: 1, orders: [], migratedFrom: null, dropped: 0 });
    }
  });

  it('reads v1 as is', () => {
    const store = ordersStoreOf([makeOrder(), makeOrder({ id: OTHER_ID, state: 'submitted' })]);
    expect(loaded(JSON.parse(JSON.stringify(store)))).toEqual({ ...store, migratedFrom: null, dropped: 0 });
  });

  it('migrates v0 (a bare array) to v1: empty projects, history rebuilt from the dates', () => {
    const raw = [
      v0Order({ state: 'submitted', updatedAt: '2026-11-25T08:00:00.000Z' }),
      v0Order({ id: OTHER_ID }),
    ];
    const value = loaded(raw);
    expect(value.migratedFrom).toBe(0);
    expect(value.dropped).toBe(0);
    expect(value.orders[0]).toEqual({
      ...makeOrder({ state: 'submitted', updatedAt: '2026-11-25T08:00:00.000Z' }),
      projects: [],
      history: [
        { at: '2026-11-22T09:00:00.000Z', state: 'draft', note: 'created (store v0 kept no history)' },
        { at: '2026-11-25T08:00:00.000Z', state: 'submitted', note: 'state when migrated from store v0' },
      ],
    });
    expect(value.orders[1]?.history).toHaveLength(1);
    expect(OrdersStore.safeParse(ordersStoreOf(value.orders)).success).toBe(true);
  });

  it('reads { version: 0, orders } like a bare v0 array', () => {
    expect(loaded({ version: 0, orders: [v0Order()] }).orders).toEqual(loaded([v0Order()]).orders);
  });

  it('an empty v0 array is an empty store', () => {
    expect(loaded([])).toEqual({ version: 1, orders: [], migratedFrom: 0, dropped: 0 });
  });

  it.each([2, 3, 99])('version %i is too new, whatever its content', (version) => {
    for (const raw of [
      { version, orders: [makeOrder()] },
      { version, data: 'new shape' },
    ]) {
      expect(migrateOrdersStore(raw)).toEqual({
        ok: false,
        error: { code: 'too-new', message: expect.stringContaining(String(version)) },
      });
    }
  });

  it.each([
    ['a string', 'orders'],
    ['a number', 42],
    ['true', true],
    ['no version', { orders: [] }],
    ['a string version', { version: '1', orders: [] }],
    ['a fractional version', { version: 1.5, orders: [] }],
    ['a negative version', { version: -1, orders: [] }],
    ['no orders list', { version: 1 }],
    ['orders not a list', { version: 1, orders: { a: 1 } }],
    ['only invalid v1 entries', { version: 1, orders: [{ id: 'x' }, 3, null] }],
    ['only invalid v0 entries', [{ id: 'x' }, 'y']],
    ['v1 entries in a v0 file that lack fields', [{ ...v0Order(), state: 'lost' }]],
  ])('%s is corrupt', (_label, raw) => {
    const r = migrateOrdersStore(raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('corrupt');
  });

  it('keeps the valid entries of a partly damaged file and counts the rest', () => {
    const raw = {
      version: 1,
      orders: [
        makeOrder(),
        { ...makeOrder({ id: OTHER_ID }), state: 'lost' },
        'junk',
        { ...makeOrder({ id: THIRD_ID }), history: 'none' },
      ],
    };
    const value = loaded(raw);
    expect(value.orders.map((o) => o.id)).toEqual([ORDER_ID]);
    expect(value.dropped).toBe(3);
  });

  it('a repeated id keeps the first entry and counts the repeat as dropped', () => {
    const value = loaded({ version: 1, orders: [makeOrder(), makeOrder({ state: 'cancelled' })] });
    expect(value.orders).toEqual([makeOrder()]);
    expect(value.dropped).toBe(1);
  });

  it('a v1 file does not accept v0 entries (history and projects are required from v1 on)', () => {
    const value = loaded({ version: 1, orders: [makeOrder(), v0Order({ id: OTHER_ID })] });
    expect(value.orders).toHaveLength(1);
    expect(value.dropped).toBe(1);
  });
});
