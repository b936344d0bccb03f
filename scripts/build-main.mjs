// Bundles the Electron main process and the sandboxed preload (settings: esbuild-common.mjs).
import { build } from 'esbuild';
import { electronMainBundle, preloadBundle } from './esbuild-common.mjs';

await Promise.all([build(electronMainBundle), build(preloadBundle)]);
