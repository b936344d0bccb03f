import { z } from 'zod';
import { channels, eventNames } from '../../../src/shared/ipc/channels.js';
import { contract, events } from '../../../src/shared/ipc/contract.js';
import { findOperation } from '../../../src/shared/ipc/lookup.js';

describe('IPC contract', () => {
  it('keeps its surface (update the snapshot on purpose when the contract changes)', () => {
    const surface = {
      operations: Object.fromEntries(
        channels.map((channel) => {
          const operation = findOperation(channel)!;
          return [
            channel,
            { summary: operation.summary, args: z.toJSONSchema(operation.args, { io: 'input' }) },
          ];
        }),
      ),
      events: Object.fromEntries(
        Object.entries(events).map(([name, schema]) => [name, z.toJSONSchema(schema)]),
      ),
    };
    expect(surface).toMatchSnapshot();
  });

  it('derives channel names from the table only', () => {
    const expected = Object.entries(contract).flatMap(([ns, ops]) =>
      Object.keys(ops).map((m) => `${ns}.${m}`),
    );
    expect([...channels]).toEqual(expected);
    expect([...eventNames]).toEqual(Object.keys(events));
  });

  it('finds only real operations (no prototype tricks)', () => {
    expect(findOperation('inspector.inspect')).toBe(contract.inspector.inspect);
    for (const bad of [
      '',
      'inspector',
      'inspector.',
      '.inspect',
      'inspector.toString',
      '__proto__.x',
      'constructor.name',
      'app.getInfo.x',
    ]) {
      expect(findOperation(bad)).toBeUndefined();
    }
  });

  it('refuses arguments outside the schemas', () => {
    const inspect = contract.inspector.inspect.args;
    expect(inspect.safeParse({ fileName: 'a.pem', data: 'QUJD' }).success).toBe(true);
    expect(inspect.safeParse({ fileName: 'a.pem', data: 'not base64!' }).success).toBe(false);
    expect(inspect.safeParse({ fileName: '', data: '' }).success).toBe(false);
    expect(inspect.safeParse({ fileName: 'a', data: '', extra: 1 }).success).toBe(false);
    expect(inspect.safeParse({ fileName: 'a', data: '', password: 'x'.repeat(2000) }).success).toBe(false);
    expect(inspect.safeParse({ fileName: 'a', data: 'A'.repeat(15 * 1024 * 1024) }).success).toBe(false);
    expect(contract.shell.openExternal.args.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
  });
});
