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
