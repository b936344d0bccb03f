import type { RendererApi } from '../../shared/ipc/types.js';

/**
 * The renderer only ever talks to `window.vigie`. In Electron the preload sets it. In a
 * plain browser (the dev bridge, used on machines with no Electron binary and by the
 * end-to-end tests) the bridge client builds the same object over loopback HTTP. The
 * client is only compiled into bridge-mode builds, so production bundles never carry it.
 */
export const ensureApi = async (): Promise<RendererApi> => {
  if (window.vigie) return window.vigie;
  if (import.meta.env.VITE_VIGIE_BRIDGE === '1') {
    const { createBridgeApi } = await import('./bridge-client.js');
    const api = createBridgeApi(window.location);
    window.vigie = api;
    return api;
  }
  throw new Error('window.vigie is missing: the preload did not run');
};
