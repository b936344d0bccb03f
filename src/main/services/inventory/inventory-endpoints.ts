import type { EndpointView } from '../../../shared/model/inventory.js';
import type { InventoryStore } from '../../ports/inventory-store.js';
import {
  endpointProblems,
  parseEndpoint,
  type EndpointScanOptions,
  type EndpointScanSummary,
  type EndpointTarget,
} from './endpoint-scan.js';

/** Probes endpoints into the inventory (the composition root binds the TLS probe and anchors). */
export type ProbeEndpoints = (
  targets: readonly EndpointTarget[],
  options: EndpointScanOptions,
) => Promise<EndpointScanSummary>;

/** What the app shows of a watched endpoint: its last check, problems first. */
export const endpointView = (store: InventoryStore, locator: string): EndpointView => {
  const check = store.endpointCheck(locator);
  if (!check) return { locator, checkedAt: null, problems: [], error: null, protocol: null, served: [] };
  return {
    locator,
    checkedAt: check.checkedAt.toISOString(),
    problems: endpointProblems(check),
    error: check.error?.message ?? null,
    protocol: check.protocol,
    served: check.served,
  };
};

/** The watched endpoints as probe targets; a spec that no longer parses is skipped. */
export const endpointTargets = (locators: readonly string[]): EndpointTarget[] =>
  locators.flatMap((l) => {
    const parsed = parseEndpoint(l);
    return parsed.ok ? [parsed.value] : [];
  });
