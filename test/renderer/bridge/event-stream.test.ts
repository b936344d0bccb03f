import { parseEventStream } from '../../../src/renderer/bridge/event-stream.js';

describe('the dev bridge event stream parser', () => {
  it('reads named events and skips comments', () => {
    const { events, rest } = parseEventStream(
      ': connected\n\nevent: trust.changed\ndata: {"count":7}\n\nevent: tokens.changed\ndata: {}\n\n',
    );
    expect(events).toEqual([
      { name: 'trust.changed', data: '{"count":7}' },
      { name: 'tokens.changed', data: '{}' },
    ]);
    expect(rest).toBe('');
  });

  it('keeps an event cut between two reads until its end arrives', () => {
    const first = parseEventStream('event: trust.changed\ndata: {"co');
    expect(first.events).toEqual([]);
    const second = parseEventStream(first.rest + 'unt":1}\n\nevent: x');
    expect(second.events).toEqual([{ name: 'trust.changed', data: '{"count":1}' }]);
    expect(second.rest).toBe('event: x');
  });

  it('joins several data lines, and names an unnamed event "message"', () => {
    expect(parseEventStream('data: a\ndata: b\n\n').events).toEqual([{ name: 'message', data: 'a\nb' }]);
  });
});
