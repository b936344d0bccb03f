/// <reference types="vite/client" />

// Declaration merging with Vite's own ImportMetaEnv needs an interface.
interface ImportMetaEnv {
  /** '1' only in dev-bridge builds (npm run dev:browser, end-to-end tests). */
  readonly VITE_VIGIE_BRIDGE?: string;
}
