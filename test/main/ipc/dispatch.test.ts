import { createDispatcher } from '../../../src/main/ipc/dispatch.js';
import type { MainHandlers } from '../../../src/shared/ipc/types.js';
import { ok } from '../../../src/shared/result.js';

const calls: unknown[] = [];
const none = async () => ({ ok: false as const, error: { code: 'unavailable' as const, message: 'x' } });
const handlers: MainHandlers = {
  inventory: {
    list: none,
    detail: none,
    refresh: none,
    cancelScan: async () => null,
    addFile: none,
    addFolder: none,
    removeFolder: none,
    addEndpoint: none,
    removeEndpoint: none,
    forget: none,
    snooze: none,
    acknowledge: none,
    setDeadlines: none,
    setCertificateDeadlines: none,
    exportReport: none,
  },
  tokens: {
    view: async () => ({ modules: [], slots: [] }),
    contents: async () => ({ ok: false, error: { code: 'token-absent', message: 'x', ckr: null } }),
    checkPin: async () => ({ ok: false, error: { code: 'token-absent', message: 'x', ckr: null } }),
    addModule: async () => ({ ok: false, error: { code: 'module-missing', message: 'x', ckr: null } }),
    removeModule: async () => ({ modules: [], slots: [] }),
  },
  sandbox: {
    status: async () => ({
      created: false,
      serverUrl: null,
      rootSubject: null,
      issuingSubject: null,
      issued: 0,
      revoked: 0,
      certificates: [],
    }),
    issue: async () => ({ ok: false, error: { code: 'failed', message: 'x' } }),
    revoke: async () => ({ ok: false, error: { code: 'failed', message: 'x' } }),
    reset: async () => ({
      created: false,
      serverUrl: null,
      rootSubject: null,
      issuingSubject: null,
      issued: 0,
      revoked: 0,
      certificates: [],
    }),
  },
  diagnostics: { export: async () => ({ ok: false, error: { code: 'unavailable', message: 'x' } }) },
  app: { getInfo: async () => ({ version: '1', platform: 'linux', runtime: 'cli' }) },
  inspector: {
    inspect: async (args) => {
      calls.push(args);
      return { ok: false, error: { code: 'empty-file', message: 'empty' } };
    },
  },
  trust: {
    listAnchors: async () => ({ anchors: [] }),
    importChain: async () => ok({ added: [], alreadyKnown: 0, ignored: 0 }),
    downloadChain: async () => ({ ok: false, error: { code: 'offline', message: 'x' } }),
  },
  orders: {
    list: async () => ok({ orders: [] }),
    create: async () => ({ ok: false, error: { code: 'invalid-holder', message: 'x' } }),
    generateKey: async () => ({ ok: false, error: { code: 'not-found', message: 'x' } }),
    storeOnToken: async () => ({ ok: false, error: { code: 'not-found', message: 'x' } }),
    exportCsr: async () => ({ ok: false, error: { code: 'not-found', message: 'x' } }),
    markSubmitted: async () => ({ ok: false, error: { code: 'not-found', message: 'x' } }),
    cancel: async () => ({ ok: false, error: { code: 'not-found', message: 'x' } }),
    renew: async () => ({ ok: false, error: { code: 'not-found', message: 'x' } }),
    retireRenewed: async () => ({ ok: false, error: { code: 'not-found', message: 'x' } }),
  },
  vault: {
    status: async () => ({ mode: 'not-set-up', locked: true, keyringAvailable: false, keyCount: 0 }),
    setup: async () => ({ ok: false, error: { code: 'keyring-unavailable', message: 'x' } }),
    unlock: async () => ({ ok: false, error: { code: 'not-set-up', message: 'x' } }),
    lock: async () => ({ mode: 'not-set-up', locked: true, keyringAvailable: false, keyCount: 0 }),
  },
  files: { openDialog: async () => ({ ok: false, error: { code: 'unavailable', message: 'x' } }) },
  shell: { openExternal: async () => ok(null) },
  retrieve: {
    analyze: async () => ({ ok: false, error: { code: 'empty-file', message: 'empty' } }),
    confirm: async () => ({ ok: false, error: { code: 'no-matching-order', message: 'x' } }),
  },
  custody: {
    exportPkcs12: async () => ({ ok: false, error: { code: 'unavailable', message: 'x' } }),
    exportPemBundle: async () => ({ ok: false, error: { code: 'unavailable', message: 'x' } }),
    revealSecret: async () => ok({ secret: null }),
  },
  install: {
    targets: async () => ({ targets: [] }),
    run: async () => ({ ok: false, error: { code: 'unavailable', message: 'x' } }),
    keyLocations: async () => ({ ok: false, error: { code: 'unavailable', message: 'x' } }),
    destroyVaultKey: async () => ({ ok: false, error: { code: 'unavailable', message: 'x' } }),
  },
};

describe('contract dispatcher', () => {
  const dispatch = createDispatcher(handlers);
  const ctx = { origin: 'vigie://app' };

  it('parses arguments before the handler sees them', async () => {
    const outcome = await dispatch('inspector.inspect', { fileName: 'x.pem', data: '' }, ctx);
    expect(outcome).toEqual({
      kind: 'ok',
      result: { ok: false, error: { code: 'empty-file', message: 'empty' } },
    });
    expect(calls).toEqual([{ fileName: 'x.pem', data: '' }]);
  });

  it('refuses bad arguments without calling the handler', async () => {
    calls.length = 0;
    const outcome = await dispatch('inspector.inspect', { fileName: 42 }, ctx);
    expect(outcome.kind).toBe('bad-arguments');
    expect(calls).toEqual([]);
  });

  it('refuses channels outside the contract', async () => {
    for (const channel of ['inspector.delete', 'fs.readFile', '__proto__.constructor', '']) {
      expect((await dispatch(channel, {}, ctx)).kind).toBe('unknown-channel');
    }
  });
});
