import type { EventName, EventPayload } from '../../shared/ipc/types.js';
import type { EventSink } from '../ports/event-sink.js';

type Pending = { name: EventName; payload: unknown };

/** Bounded so a renderer that never becomes ready cannot grow memory without limit. */
const MAX_QUEUED = 100;

/**
 * Events emitted before the renderer is listening (a menu command at start-up, a trust
 * refresh while the window loads) are held here and delivered, in order, once the
 * transport says the renderer is ready. Shared by Electron IPC and the dev bridge.
 */
export const createEventQueue = (deliver: (name: EventName, payload: unknown) => void) => {
  let ready = false;
  const pending: Pending[] = [];
  const sink: EventSink = {
    emit<E extends EventName>(name: E, payload: EventPayload<E>) {
      if (ready) deliver(name, payload);
      else if (pending.length < MAX_QUEUED) pending.push({ name, payload });
    },
  };
  return {
    sink,
    markReady() {
      ready = true;
      for (const p of pending.splice(0)) deliver(p.name, p.payload);
    },
    /** A reload or a new window: queue again until the next ready signal. */
    markNotReady() {
      ready = false;
    },
  };
};
