import type { RendererApi } from '../shared/ipc/types.js';

declare global {
  // Declaration merging needs an interface here; this is the only one in the renderer.
  interface Window {
    /** Set by the Electron preload, or by the dev bridge client in browser mode. */
    vigie?: RendererApi;
  }
}

export {};
