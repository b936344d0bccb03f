import { loopbackOnly } from '../adapters/loopback-only-fetcher.js';
import { createNodeHttpFetcher } from '../adapters/node-http-fetcher.js';
import type { HttpFetcher } from '../ports/http-fetcher.js';
import type { TlsProbe } from '../ports/tls-probe.js';
import { createNodeTlsProbe, type TlsNetworkPolicy } from '../adapters/tls/node-tls-probe.js';

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

/** VIGIE_NETWORK read the same way, for TLS connections to watched endpoints. */
export const networkPolicy = (env: NodeJS.ProcessEnv = process.env): TlsNetworkPolicy => {
  const mode = (env['VIGIE_NETWORK'] ?? 'on').trim().toLowerCase();
  return mode === 'on' || mode === '' ? 'on' : mode === 'loopback' ? 'loopback' : 'off';
};

/** The endpoint probe by VIGIE_NETWORK; none when it is off. */
export const networkTlsProbe = (env: NodeJS.ProcessEnv = process.env): TlsProbe | undefined => {
  const policy = networkPolicy(env);
  return policy === 'off' ? undefined : createNodeTlsProbe({ network: policy });
};
