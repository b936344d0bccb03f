import { Order, OrderState } from '../../../src/shared/model/order.js';
import {
  MAX_ORDER_HISTORY,
  NEXT_STEP_LABELS,
  canTransition,
  nextStep,
  nextStepLabel,
  transition,
} from '../../../src/shared/orders/state-machine.js';
import { makeOrder } from './order-fixture.js';

// Written out independently of ORDER_TRANSITIONS: every allowed pair, nothing else.
const ALLOWED = new Set([
  'draft>key-ready',
  'draft>cancelled',
  'key-ready>csr-exported',
  'key-ready>issued',
  'key-ready>cancelled',
  'csr-exported>csr-exported',
  'csr-exported>submitted',
  'csr-exported>issued',
  'csr-exported>cancelled',
  'submitted>issued',
  'submitted>cancelled',
  'issued>installed',
  'issued>cancelled',
]);

const STATES = OrderState.options;
const PAIRS = STATES.flatMap((from) => STATES.map((to) => [from, to] as const));
const AT = new Date('2026-11-23T10:30:00.000Z');

describe('order state machine', () => {
  it('has seven states, so 49 pairs are checked', () => {
    expect(PAIRS).toHaveLength(49);
  });

  it.each(PAIRS)('%s → %s', (from, to) => {
    const allowed = ALLOWED.has(`${from}>${to}`);
    const order = makeOrder({ state: from });
    const r = transition(order, to, AT, 'step');
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) {
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.state).toBe(to);
      expect(r.value.updatedAt).toBe('2026-11-23T10:30:00.000Z');
      expect(r.value.history).toEqual([
        ...order.history,
        { at: '2026-11-23T10:30:00.000Z', state: to, note: 'step' },
      ]);
      expect(Order.safeParse(r.value).success).toBe(true);
    } else {
      expect(r).toEqual({
        ok: false,
        error: { code: 'invalid-transition', message: expect.stringContaining(from) },
      });
    }
  });

  it('does not change the order it is given', () => {
    const order = makeOrder();
    const copy = structuredClone(order);
    transition(order, 'key-ready', AT);
    expect(order).toEqual(copy);
  });

  it('records a null note when none is given, and cuts long notes to the schema bound', () => {
    const r1 = transition(makeOrder(), 'cancelled', AT);
    expect(r1.ok && r1.value.history.at(-1)?.note).toBeNull();
    const r2 = transition(makeOrder(), 'cancelled', AT, 'x'.repeat(2000));
    expect(r2.ok && r2.value.history.at(-1)?.note).toHaveLength(500);
    expect(r2.ok && Order.safeParse(r2.value).success).toBe(true);
  });

  it('keeps a short history: the first event and the latest ones', () => {
    let order = makeOrder({ state: 'csr-exported' });
    for (let i = 0; i < 120; i++) {
      const r = transition(order, 'csr-exported', new Date(AT.getTime() + i * 1000), `export ${i}`);
      if (!r.ok) throw new Error(r.error.message);
      order = r.value;
    }
    expect(order.history).toHaveLength(MAX_ORDER_HISTORY);
    expect(order.history[0]?.note).toBe('created');
    expect(order.history.at(-1)?.note).toBe('export 119');
    expect(order.history[1]?.note).toBe(`export ${120 - (MAX_ORDER_HISTORY - 1)}`);
  });

  it('refuses states it does not know (input from disk or IPC)', () => {
    const order = makeOrder({ state: 'teleported' as OrderState });
    expect(transition(order, 'cancelled', AT).ok).toBe(false);
    expect(canTransition('draft', '__proto__' as OrderState)).toBe(false);
    expect(canTransition('__proto__' as OrderState, 'draft')).toBe(false);
  });
});

describe('nextStep', () => {
  it.each([
    ['draft', 'generate-key'],
    ['key-ready', 'export-csr'],
    ['csr-exported', 'submit-on-platform'],
    ['submitted', 'wait-for-issue'],
    ['issued', 'install'],
    ['installed', 'none'],
    ['cancelled', 'none'],
  ] as const)('%s → %s', (state, step) => {
    expect(nextStep(makeOrder({ state }))).toBe(step);
  });

  it.each(['__proto__', 'toString', 'teleported'])('an unknown state %j has no next step', (state) => {
    expect(nextStep({ state: state as OrderState })).toBe('none');
  });

  it('every step has a French and an English label', () => {
    for (const step of Object.keys(NEXT_STEP_LABELS) as (keyof typeof NEXT_STEP_LABELS)[]) {
      expect(nextStepLabel(step, 'fr')).not.toBe(nextStepLabel(step, 'en'));
      expect(nextStepLabel(step, 'fr').length).toBeGreaterThan(5);
    }
    expect(nextStepLabel('wait-for-issue', 'fr')).toContain('code de révocation');
  });
});
