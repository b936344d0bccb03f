import { contextBridge, ipcRenderer } from 'electron';
import {
  channels,
  EVENT_PREFIX,
  eventNames,
  IPC_PREFIX,
  READY_CHANNEL,
  splitChannel,
} from '../../shared/ipc/channels.js';
import type { EventName, RendererApi } from '../../shared/ipc/types.js';

/**
 * Sandboxed preload: exposes `window.vigie`, built from the contract's channel list, and
 * nothing else — no ipcRenderer, no Node. Arguments are checked again in main.
 */
type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();
// Events that arrive before the page subscribes are held until the first listener.
const early = new Map<EventName, unknown[]>();

for (const name of eventNames) {
  ipcRenderer.on(EVENT_PREFIX + name, (_event, payload: unknown) => {
    const set = listeners.get(name);
    if (set && set.size > 0) for (const l of set) l(payload);
    else {
      const held = early.get(name) ?? [];
      if (held.length < 50) held.push(payload);
      early.set(name, held);
    }
  });
}

const api: Record<string, unknown> = {};
for (const channel of channels) {
  const [ns, method] = splitChannel(channel);
  const target = (api[ns] ??= {}) as Record<string, unknown>;
  target[method] = (args: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, args);
}
api['events'] = {
  on(name: EventName, listener: Listener) {
    if (!eventNames.includes(name)) throw new Error(`Unknown event ${String(name)}`);
    const set = listeners.get(name) ?? new Set<Listener>();
    listeners.set(name, set);
    set.add(listener);
    for (const payload of early.get(name)?.splice(0) ?? []) listener(payload);
    return () => void set.delete(listener);
  },
};

contextBridge.exposeInMainWorld('vigie', api as RendererApi);
ipcRenderer.send(READY_CHANNEL);
