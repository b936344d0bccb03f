import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('./src/renderer', import.meta.url));
const dist = (folder: string) => fileURLToPath(new URL(`./dist/${folder}`, import.meta.url));

// The renderer bundle. Electron loads it from disk (file://) and the dev bridge serves
// it over http://127.0.0.1, so every asset URL must be relative ('./').

export default defineConfig(({ mode }) => ({
  root: rendererRoot,
  base: './',
  // `.env.bridge` lives next to index.html; Vite would default to `root` anyway, but the
  // bridge build depends on it, so say it out loud.
  envDir: rendererRoot,
  // Nothing outside src/renderer is served as a public folder.
  publicDir: false,
  plugins: [react()],
  build: {
    // A bridge build carries the loopback client: never let it overwrite the packaged one.
    outDir: mode === 'bridge' ? dist('renderer-bridge') : dist('renderer'),
    emptyOutDir: true,
    target: ['es2023', 'chrome130'],
    // Chromium supports modulepreload natively; the polyfill would only add code.
    modulePreload: { polyfill: false },
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
}));
