import { channels, eventNames, splitChannel } from '../../shared/ipc/channels.js';
import type { EventName, EventPayload, RendererApi } from '../../shared/ipc/types.js';
import { listenToEvents } from './event-stream.js';

const TOKEN_KEY = 'vigie-bridge-token';

/**
 * The session token arrives once in the URL fragment (never sent to the server in a
 * request line or Referer), is kept for the tab's lifetime and wiped from the address bar.
 * Every request carries it in the `x-vigie-token` header, the event stream too.
 */
const takeToken = (location: Location): string => {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  const stored = sessionStorage.getItem(TOKEN_KEY);
  if (!stored) throw new Error('dev bridge: no session token in the URL');
  return stored;
};

type Listener = (payload: unknown) => void;

export const createBridgeApi = (location: Location): RendererApi => {
  const token = takeToken(location);
  const listeners = new Map<string, Set<Listener>>();

  const known = new Set<string>(eventNames);
  listenToEvents({
    token,
    onEvent: ({ name, data }) => {
      if (!known.has(name)) return;
      const payload: unknown = JSON.parse(data);
      for (const l of listeners.get(name) ?? []) l(payload);
    },
  });

  const invoke = async (channel: string, args: unknown): Promise<unknown> => {
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vigie-token': token },
      body: JSON.stringify(args ?? {}),
    });
    const body = (await response.json()) as { result?: unknown; error?: string };
    if (!response.ok) throw new Error(body.error ?? `dev bridge: HTTP ${response.status}`);
    return body.result;
  };

  const api: Record<string, Record<string, (args: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [ns, method] = splitChannel(channel);
    (api[ns] ??= {})[method] = (args) => invoke(channel, args);
  }
  const events = {
    on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(name) ?? new Set<Listener>();
      listeners.set(name, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
  };
  // The shape is built from the same channel list the preload uses; the cast is the one
  // place where the runtime object meets its derived type.
  return { ...api, events } as unknown as RendererApi;
};
