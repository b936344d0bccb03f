import type { EventName, EventPayload } from '../../shared/ipc/types.js';

/** Where services publish main → renderer events (the IPC layer or the dev bridge). */
export type EventSink = {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
};
