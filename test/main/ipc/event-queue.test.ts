import { createEventQueue } from '../../../src/main/ipc/event-queue.js';

describe('renderer-ready event queue', () => {
  it('holds events until the renderer is ready, then delivers them in order', () => {
    const delivered: unknown[] = [];
    const queue = createEventQueue((name, payload) => delivered.push([name, payload]));
    queue.sink.emit('app.command', { command: 'open-file' });
    queue.sink.emit('trust.changed', { count: 3 });
    expect(delivered).toEqual([]);
    queue.markReady();
    expect(delivered).toEqual([
      ['app.command', { command: 'open-file' }],
      ['trust.changed', { count: 3 }],
    ]);
    queue.sink.emit('app.command', { command: 'about' });
    expect(delivered).toHaveLength(3);
  });

  it('queues again after a reload and stays bounded', () => {
    const delivered: unknown[] = [];
    const queue = createEventQueue((name) => delivered.push(name));
    queue.markReady();
    queue.markNotReady();
    for (let i = 0; i < 1000; i++) queue.sink.emit('trust.changed', { count: i });
    queue.markReady();
    expect(delivered.length).toBe(100);
  });
});
