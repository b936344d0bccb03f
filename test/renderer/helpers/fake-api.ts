import { vi } from 'vitest';
import type { EventName, EventPayload, RendererApi } from '../../../src/shared/ipc/types.js';
import { createOrdersBackend, type OrdersBackend } from './fake-orders.js';

type Operations = Omit<RendererApi, 'events'>;
export type FakeOverrides = { [N in keyof Operations]?: Partial<Operations[N]> };

type AnyListener = (payload: never) => void;

const unavailable = {
  ok: false as const,
  error: { code: 'unavailable' as const, message: 'not available in this fake' },
};

const emptySandbox = {
  created: false,
  serverUrl: null,
  rootSubject: null,
  issuingSubject: null,
  issued: 0,
  revoked: 0,
  certificates: [],
};
const sandboxFailed = {
  ok: false as const,
  error: { code: 'failed' as const, message: 'not available in this fake' },
};

export type FakeApi = {
  /** Typed as the real contract: if an operation changes, this helper stops compiling. */
  api: RendererApi;
  emit: <E extends EventName>(name: E, payload: EventPayload<E>) => void;
  /** The in-memory orders and vault behind the default `orders.*` / `vault.*` answers. */
  backend: OrdersBackend;
};

/**
 * A stand-in for main: every operation answers something plausible unless a test gives
 * its own; each is a `vi.fn` so tests can look at the calls.
 */
export const createFakeApi = (overrides: FakeOverrides = {}): FakeApi => {
  const listeners = new Map<EventName, Set<AnyListener>>();
  const emit = <E extends EventName>(name: E, payload: EventPayload<E>) => {
    for (const listener of listeners.get(name) ?? []) (listener as (p: EventPayload<E>) => void)(payload);
  };
  const backend = createOrdersBackend(emit);
  const api: RendererApi = {
    app: {
      getInfo: vi.fn(async () => ({ version: '0.1.0', platform: 'linux', runtime: 'electron' as const })),
      ...overrides.app,
    },
    inspector: {
      inspect: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'unrecognized-format' as const, message: 'no certificate found' },
      })),
      ...overrides.inspector,
    },
    trust: {
      listAnchors: vi.fn(async () => ({ anchors: [] })),
      importChain: vi.fn(async () => ({
        ok: true as const,
        value: { added: [], alreadyKnown: 0, ignored: 0 },
      })),
      // Like the dev bridge with VIGIE_NETWORK=off, until a test serves a bundle.
      downloadChain: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'offline' as const, message: 'network off' },
      })),
      ...overrides.trust,
    },
    orders: { ...backend.orders, ...overrides.orders },
    vault: { ...backend.vault, ...overrides.vault },
    files: {
      // Like the dev bridge: no system dialog unless a test provides one.
      openDialog: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'unavailable' as const, message: 'no system dialog' },
      })),
      ...overrides.files,
    },
    shell: {
      openExternal: vi.fn(async () => ({ ok: true as const, value: null })),
      ...overrides.shell,
    },
    // No module, no reader until a test gives its own.
    tokens: {
      view: vi.fn(async () => ({ modules: [], slots: [] })),
      contents: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'token-absent' as const, message: 'no token in this fake', ckr: null },
      })),
      checkPin: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'token-absent' as const, message: 'no token in this fake', ckr: null },
      })),
      addModule: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'module-missing' as const, message: 'no module in this fake', ckr: null },
      })),
      removeModule: vi.fn(async () => ({ modules: [], slots: [] })),
      ...overrides.tokens,
    },
    // Like the dev bridge's save target being absent, until a test gives its own.
    diagnostics: {
      export: vi.fn(async () => unavailable),
      ...overrides.diagnostics,
    },
    // No sandbox CA yet; issuing and revoking answer 'failed' until a test gives its own.
    sandbox: {
      status: vi.fn(async () => emptySandbox),
      issue: vi.fn(async () => sandboxFailed),
      revoke: vi.fn(async () => sandboxFailed),
      reset: vi.fn(async () => emptySandbox),
      ...overrides.sandbox,
    },
    // Retrieval and custody answer 'unavailable' until a test gives its own behaviour.
    retrieve: {
      analyze: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'unrecognized-format' as const, message: 'no certificate found' },
      })),
      confirm: vi.fn(async () => unavailable),
      ...overrides.retrieve,
    },
    custody: {
      exportPkcs12: vi.fn(async () => unavailable),
      exportPemBundle: vi.fn(async () => unavailable),
      revealSecret: vi.fn(async () => unavailable),
      ...overrides.custody,
    },
    // No store until a test lists some; installing answers 'unavailable'.
    install: {
      targets: vi.fn(async () => ({ targets: [] })),
      run: vi.fn(async () => unavailable),
      keyLocations: vi.fn(async () => unavailable),
      destroyVaultKey: vi.fn(async () => unavailable),
      ...overrides.install,
    },
    // An empty inventory; the rest answers 'unavailable' until a test gives its own.
    inventory: {
      list: vi.fn(async () => ({
        ok: true as const,
        value: {
          entries: [],
          settings: { thresholds: [90, 60, 30, 14, 7, 1], renewNowDays: 30 },
          folders: [],
          endpoints: [],
          at: new Date().toISOString(),
        },
      })),
      detail: vi.fn(async () => unavailable),
      refresh: vi.fn(async () => ({
        ok: true as const,
        value: { files: 0, certificates: 0, unreadable: 0, cancelled: false },
      })),
      cancelScan: vi.fn(async () => null),
      addFile: vi.fn(async () => unavailable),
      addFolder: vi.fn(async () => unavailable),
      removeFolder: vi.fn(async () => unavailable),
      addEndpoint: vi.fn(async () => unavailable),
      removeEndpoint: vi.fn(async () => unavailable),
      forget: vi.fn(async () => unavailable),
      snooze: vi.fn(async () => unavailable),
      acknowledge: vi.fn(async () => unavailable),
      setDeadlines: vi.fn(async () => unavailable),
      setCertificateDeadlines: vi.fn(async () => unavailable),
      exportReport: vi.fn(async () => unavailable),
      ...overrides.inventory,
    },
    events: {
      on(name, listener) {
        const set = listeners.get(name) ?? new Set<AnyListener>();
        listeners.set(name, set);
        set.add(listener as AnyListener);
        return () => {
          set.delete(listener as AnyListener);
        };
      },
    },
  };
  return { api, emit, backend };
};
