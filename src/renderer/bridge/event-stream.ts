/**
 * The dev bridge's `/events` stream (text/event-stream) read with fetch rather than
 * EventSource: EventSource cannot send a header, and the session token must not ride in
 * a URL (request lines end up in logs, history and proxies). Same format, the subset the
 * bridge writes: `event:` / `data:` lines, comments, `\n` line ends, a blank line between
 * events.
 */
export type StreamEvent = { name: string; data: string };

/** Splits off every complete event in `buffer`; returns them and the incomplete rest. */
export const parseEventStream = (buffer: string): { events: StreamEvent[]; rest: string } => {
  const events: StreamEvent[] = [];
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let name = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') name = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) events.push({ name, data: data.join('\n') });
  }
  return { events, rest };
};

export type EventStreamOptions = {
  token: string;
  onEvent: (event: StreamEvent) => void;
  /** The page's own fetch in the app; injectable so a test can watch the requests. */
  fetch?: typeof fetch;
  /** Origin to reach; the page's own by default (relative URL). */
  origin?: string;
  retryMs?: number;
};

/**
 * Listens to `/events` until `stop()`; reconnects after the bridge restarts, as
 * EventSource did. A refused token (401) ends it: a new one only comes with a new page.
 */
export const listenToEvents = (options: EventStreamOptions) => {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const controller = new AbortController();
  const retryMs = options.retryMs ?? 2000;

  // A listener's exception is a bug to see, not a network failure: thrown on its own turn
  // (as an EventSource listener's would be), the stream goes on.
  const deliver = (event: StreamEvent) => {
    try {
      options.onEvent(event);
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  };

  const readOnce = async (): Promise<'refused' | 'ended'> => {
    const response = await doFetch(`${options.origin ?? ''}/events`, {
      headers: { 'x-vigie-token': options.token, accept: 'text/event-stream' },
      cache: 'no-store',
      signal: controller.signal,
    });
    if (response.status === 401) return 'refused';
    if (!response.ok || !response.body) return 'ended';
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'ended';
      const parsed = parseEventStream(buffer + value);
      buffer = parsed.rest;
      for (const event of parsed.events) deliver(event);
    }
  };

  const run = async () => {
    while (!controller.signal.aborted) {
      // A network failure (the bridge stopped) is the same as an ended stream: try again.
      const outcome = await readOnce().catch(() => 'ended' as const);
      if (outcome === 'refused') {
        console.error('dev bridge: the event stream refused this session token');
        return;
      }
      if (controller.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  };
  const done = run();

  return {
    /** Resolves once the stream is closed. */
    stop: async () => {
      controller.abort();
      await done;
    },
  };
};
