/**
 * Fuzzing the stored documents read at start-up (src/shared): the inventory settings (read
 * leniently: every field falls back to its default) and the orders store (migrations, bad
 * entries dropped and counted, never a silent empty list), from mutated valid documents,
 * v0 stores, random JSON and damaged JSON text.
 */
import fc from 'fast-check';
import {
  InventorySettings,
  readInventorySettings,
} from '../../../src/shared/inventory/inventory-settings.js';
import { Order } from '../../../src/shared/model/order.js';
import { migrateOrdersStore } from '../../../src/shared/orders/persisted.js';
import { parseJson } from '../../../src/shared/parse-text.js';
import { fuzz } from '../../fuzz/harness.js';
import { jsonMutant, jsonText } from '../../fuzz/mutate-json.js';
import { hostileJson } from '../../fuzz/strings.js';
import { makeOrder } from '../orders/order-fixture.js';

const SETTINGS = {
  thresholds: [90, 30, 7],
  renewNowDays: 14,
  folders: [{ path: '/home/me/certs', lastScan: '2026-11-22T09:00:00.000Z' }],
  endpoints: ['mail.example.fr:25/smtp', 'www.example.fr:443'],
};

const second = makeOrder({ id: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', state: 'submitted' });
const STORE = { version: 1, orders: [makeOrder(), second] };
const { history: _h, projects: _p, ...v0 } = makeOrder();
const V0 = [v0, { ...v0, id: second.id }];

/** A document as the adapter hands it over: a value, or what parsing its (damaged) text gives. */
const stored = (valid: unknown) =>
  fc.oneof(
    { arbitrary: jsonMutant(valid), weight: 5 },
    { arbitrary: hostileJson(), weight: 2 },
    {
      arbitrary: jsonText(valid).map((t) => {
        const p = parseJson(t);
        return p.ok ? p.value : t;
      }),
      weight: 2,
    },
    { arbitrary: fc.constantFrom(undefined, null, 0, '', [], {}), weight: 1 },
  );

describe('fuzz: stored documents', () => {
  fuzz('documents.inventory-settings', {
    arbitrary: stored(SETTINGS),
    call: (raw: unknown) => readInventorySettings(raw),
    check: (s) =>
      InventorySettings.safeParse(s).success
        ? null
        : `settings that do not parse: ${JSON.stringify(s).slice(0, 300)}`,
  });

  fuzz('documents.orders-store', {
    arbitrary: fc.oneof(stored(STORE), stored(V0)),
    call: (raw: unknown) => ({ raw, r: migrateOrdersStore(raw) }),
    check: ({ raw, r }) => {
      if (!r.ok)
        return ['corrupt', 'too-new'].includes(r.error.code) ? null : `error code ${String(r.error.code)}`;
      const ids = new Set(r.value.orders.map((o) => o.id));
      if (ids.size !== r.value.orders.length) return 'two orders with one id';
      if (!r.value.orders.every((o) => Order.safeParse(o).success)) return 'a loaded order does not parse';
      const entries = Array.isArray(raw)
        ? raw.length
        : ((raw as { orders?: unknown[] } | null)?.orders?.length ?? 0);
      if (r.value.orders.length + r.value.dropped !== entries)
        return `${r.value.orders.length} kept + ${r.value.dropped} dropped != ${entries} entries`;
      return null;
    },
  });
});
