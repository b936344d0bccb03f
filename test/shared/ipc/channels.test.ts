import { channels, eventNames } from '../../../src/shared/ipc/channels.js';
import { contract, events } from '../../../src/shared/ipc/contract.js';
import { findOperation } from '../../../src/shared/ipc/lookup.js';

/** The plain lists the preload and the dev bridge use, against the one table they copy. */
describe('plain channel lists (src/shared/ipc/channels.ts)', () => {
  it('name every operation of the contract, in its order, once', () => {
    const fromContract = Object.entries(contract).flatMap(([ns, ops]) =>
      Object.keys(ops).map((m) => `${ns}.${m}`),
    );
    expect([...channels]).toEqual(fromContract);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('name every event, in its order, once', () => {
    expect([...eventNames]).toEqual(Object.keys(events));
    expect(new Set(eventNames).size).toBe(eventNames.length);
  });

  it('keep each name to its kind: channels are operations, events are not', () => {
    for (const channel of channels) expect(findOperation(channel), channel).toBeDefined();
    for (const name of eventNames) {
      expect(findOperation(name), name).toBeUndefined();
      expect(Object.hasOwn(events, name)).toBe(true);
    }
    expect(channels.filter((c) => (eventNames as readonly string[]).includes(c))).toEqual([]);
  });
});
