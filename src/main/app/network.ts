import { loopbackOnly } from '../adapters/loopback-only-fetcher.js';
import { createNodeHttpFetcher } from '../adapters/node-http-fetcher.js';
import type { HttpFetcher } from '../ports/http-fetcher.js';

/**
 * The fetcher the app, the dev bridge and the CLI hand to the core, by VIGIE_NETWORK:
 * unset or 'on' → the network; 'off' → none (revocation says "unknown: network off",
 * chain download refuses); 'loopback' → 127.0.0.1 / ::1 only (end-to-end tests).
 * Anything else is treated as 'off': a typo must not open the network.
 */
export const networkFetcher = (env: NodeJS.ProcessEnv = process.env): HttpFetcher | undefined => {
  const mode = (env['VIGIE_NETWORK'] ?? 'on').trim().toLowerCase();
  if (mode === 'on' || mode === '') return createNodeHttpFetcher();
  if (mode === 'loopback') return loopbackOnly(createNodeHttpFetcher());
  return undefined;
};
