import { contract, events } from './contract.js';
import type { Channel, EventName } from './types.js';

/** Every operation's channel name, derived from the table (never listed by hand). */
export const channels: readonly Channel[] = Object.entries(contract).flatMap(([ns, methods]) =>
  Object.keys(methods).map((m) => `${ns}.${m}` as Channel),
);

export const eventNames: readonly EventName[] = Object.keys(events) as EventName[];

/** Prefix so our channels never collide with Electron's or a library's. */
export const IPC_PREFIX = 'vigie:';
export const EVENT_PREFIX = 'vigie-event:';
export const READY_CHANNEL = 'vigie:renderer-ready';

export const splitChannel = (channel: Channel): [string, string] => {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
};
