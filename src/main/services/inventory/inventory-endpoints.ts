import type { InventorySettings } from '../../../shared/inventory/inventory-settings.js';
import type { EndpointView, InventoryError } from '../../../shared/model/inventory.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
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

type EndpointContext = {
  store: InventoryStore;
  clock: Clock;
  probeEndpoints: ProbeEndpoints | null;
  loadSettings: () => Promise<InventorySettings>;
  saveSettings: (next: InventorySettings) => Promise<void>;
  /** One scan at a time (the inventory service's queue). */
  exclusive: <T>(work: (signal: AbortSignal) => Promise<T>) => Promise<T>;
  changed: () => void;
};

const fail = (code: InventoryError['code'], message: string) => err<InventoryError>({ code, message });

/** Watching TLS endpoints from the app: add (checked at once), remove. */
export const endpointActions = (ctx: EndpointContext) => ({
  /** Watch a TLS endpoint (`host:port[/smtp|imap|pop3]`) and look at it now. */
  async addEndpoint(spec: string): Promise<Result<EndpointView, InventoryError>> {
    const parsed = parseEndpoint(spec);
    if (!parsed.ok) return fail('unreadable', parsed.error.message);
    const probe = ctx.probeEndpoints;
    if (!probe) return fail('unavailable', 'The network is off: endpoints cannot be checked');
    const target = parsed.value;
    const s = await ctx.loadSettings();
    if (!s.endpoints.includes(target.locator)) {
      if (s.endpoints.length >= 1000) return fail('failed', 'Too many watched endpoints');
      await ctx.saveSettings({ ...s, endpoints: [...s.endpoints, target.locator] });
    }
    return ctx.exclusive(async (signal) => {
      await probe([target], { signal });
      ctx.changed();
      return ok(endpointView(ctx.store, target.locator));
    });
  },

  /** Stop watching an endpoint: what it served is no longer listed as being there. */
  async removeEndpoint(locator: string): Promise<Result<null, InventoryError>> {
    const s = await ctx.loadSettings();
    if (!s.endpoints.includes(locator)) return fail('not-found', 'Not a watched endpoint');
    await ctx.saveSettings({ ...s, endpoints: s.endpoints.filter((e) => e !== locator) });
    await ctx.exclusive(async () => {
      ctx.store.markGone({ source: 'endpoint', locator }, [], ctx.clock.now());
    });
    ctx.changed();
    return ok(null);
  },
});
