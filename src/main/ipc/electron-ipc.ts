import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channels, EVENT_PREFIX, IPC_PREFIX, READY_CHANNEL } from '../../shared/ipc/channels.js';
import type { EventName } from '../../shared/ipc/types.js';
import type { Dispatcher } from './dispatch.js';
import { createEventQueue } from './event-queue.js';

/** The only origin whose frames may call main: the app's own protocol (see shell/app-protocol.ts). */
export type SenderPolicy = { isTrustedUrl(url: string): boolean };

const checkSender = (event: IpcMainInvokeEvent, policy: SenderPolicy): string | null => {
  const frame = event.senderFrame;
  // Only the top frame of our own page; never an iframe or a navigated-away page.
  if (!frame || frame.parent !== null) return null;
  return policy.isTrustedUrl(frame.url) ? new URL(frame.url).origin : null;
};

/**
 * Registers one ipcMain handler per contract operation. This file and the preload are
 * the only places allowed to touch ipcMain / ipcRenderer (enforced by lint).
 */
export const registerElectronIpc = (dispatch: Dispatcher, policy: SenderPolicy) => {
  let target: WebContents | null = null;
  const queue = createEventQueue((name: EventName, payload: unknown) => {
    if (target && !target.isDestroyed()) target.send(EVENT_PREFIX + name, payload);
  });

  for (const channel of channels) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, rawArgs: unknown) => {
      const origin = checkSender(event, policy);
      if (!origin) throw new Error(`Refused ${channel}: untrusted sender`);
      const outcome = await dispatch(channel, rawArgs, { origin });
      if (outcome.kind === 'ok') return outcome.result;
      // A renderer sending bad arguments is a bug, not an expected failure: throw.
      throw new Error(
        outcome.kind === 'bad-arguments' ? `${channel}: ${outcome.issues}` : `Unknown channel ${channel}`,
      );
    });
  }
  ipcMain.on(READY_CHANNEL, (event) => {
    if (event.senderFrame?.parent !== null || !policy.isTrustedUrl(event.senderFrame?.url ?? '')) return;
    target = event.sender;
    queue.markReady();
  });

  return {
    events: queue.sink,
    /** Call when the window starts loading again (reload): events wait for the new page. */
    resetReady: () => queue.markNotReady(),
    dispose() {
      for (const channel of channels) ipcMain.removeHandler(IPC_PREFIX + channel);
      ipcMain.removeAllListeners(READY_CHANNEL);
    },
  };
};
