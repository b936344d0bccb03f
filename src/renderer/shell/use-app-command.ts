import { useEffect, useEffectEvent } from 'react';
import type { EventPayload } from '../../shared/ipc/types.js';
import { useApi } from '../api-context.js';

type Command = EventPayload<'app.command'>['command'];

/** Run `handler` when main sends this menu command; each feature listens for its own. */
export const useAppCommand = (command: Command, handler: () => void): void => {
  const api = useApi();
  // The latest handler, without re-subscribing on every render.
  const onCommand = useEffectEvent(handler);
  useEffect(
    () =>
      api.events.on('app.command', (payload) => {
        if (payload.command === command) onCommand();
      }),
    [api, command],
  );
};

/** Run `handler` when a notification was clicked: the certificate it is about (or null). */
export const useInventoryOpen = (handler: (sha256: string | null) => void): void => {
  const api = useApi();
  const onOpen = useEffectEvent(handler);
  useEffect(() => api.events.on('inventory.open', (payload) => onOpen(payload.sha256)), [api]);
};
