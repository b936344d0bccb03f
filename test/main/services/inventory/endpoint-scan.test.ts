import { join } from 'node:path';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { openSqliteInventory } from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import { createNodeTlsProbe } from '../../../../src/main/adapters/tls/node-tls-probe.js';
import type { InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import type { TlsProbe } from '../../../../src/main/ports/tls-probe.js';
import { createInspector } from '../../../../src/main/services/inspector/inspect-file.js';
import {
  endpointProblems,
  parseEndpoint,
  scanEndpoints,
  servedChainStatus,
  servedInOrder,
  type EndpointScanDeps,
  type EndpointTarget,
} from '../../../../src/main/services/inventory/endpoint-scan.js';
import { sha256Hex } from '../../../helpers/fixture-ca.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import {
  closedPort,
  fixturePki,
  startSilentServer,
  startStartTlsServer,
  startTlsServer,
  type Running,
} from '../../../helpers/tls-servers.js';

const DAY = 86_400_000;

const servers: Running[] = [];
const up = async (r: Promise<Running>) => {
  const running = await r;
  servers.push(running);
  return running;
};
const stores: InventoryStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const target = (spec: string): EndpointTarget => {
  const t = parseEndpoint(spec);
  if (!t.ok) throw new Error(t.error.message);
  return t.value;
};

const pki = await fixturePki('Endpoint scan');
const good = await pki.leaf(['localhost'], { ips: ['127.0.0.1'] });
const expired = await pki.leaf(['localhost'], {
  ips: ['127.0.0.1'],
  notBefore: new Date(Date.now() - 400 * DAY),
  notAfter: new Date(Date.now() - 5 * DAY),
});
const elsewhere = await pki.leaf(['mail.other.example']);

const setUp = (o: { anchors?: Uint8Array[]; probe?: TlsProbe } = {}) => {
  const { store } = openSqliteInventory(join(tempDir('vigie-endpoints-'), 'inventory.sqlite'));
  stores.push(store);
  let inspections = 0;
  const clock = { now: () => new Date() };
  const inspector = createInspector({ fs: nodeFileSystem, clock, trust: { list: async () => [] } });
  const deps: EndpointScanDeps = {
    probe: o.probe ?? createNodeTlsProbe(),
    store,
    clock,
    inspector: {
      inspect: (request) => {
        inspections++;
        return inspector.inspect(request);
      },
    },
    anchors: o.anchors ?? [pki.root.der],
  };
  return { store, deps, inspections: () => inspections };
};

describe('endpoint specs', () => {
  it('reads host:port[/protocol] into a canonical locator, with default ports', () => {
    const cases: [string, string, number, string | null][] = [
      ['example.org', 'example.org:443', 443, null],
      ['WWW.Example.ORG:8443', 'www.example.org:8443', 8443, null],
      ['[::1]:443', '[::1]:443', 443, null],
      ['[0:0:0::1]', '[::1]:443', 443, null],
      ['127.0.0.1:993', '127.0.0.1:993', 993, null],
      ['mx.example.org/smtp', 'mx.example.org:25/smtp', 25, 'smtp'],
      ['mail.example.org:587/SMTP', 'mail.example.org:587/smtp', 587, 'smtp'],
      ['imap.example.org/imap', 'imap.example.org:143/imap', 143, 'imap'],
      ['pop.example.org/pop3', 'pop.example.org:110/pop3', 110, 'pop3'],
      ['bücher.example', 'xn--bcher-kva.example:443', 443, null],
    ];
    for (const [spec, locator, port, startTls] of cases) {
      const t = parseEndpoint(spec);
      expect(
        t.ok ? { locator: t.value.locator, port: t.value.port, startTls: t.value.startTls } : t.error,
      ).toEqual({ locator, port, startTls });
    }
    const v6 = parseEndpoint('[::1]:8443/imap');
    expect(v6.ok && v6.value.host).toBe('::1');
  });

  it('refuses a malformed spec with a typed error that says why', () => {
    const cases: [string, RegExp][] = [
      ['', /expected host:port/],
      ['host:0', /1 to 65535/],
      ['host:65536', /1 to 65535/],
      ['::1:443', /IPv6 address goes in brackets/],
      ['host/ftp', /unknown STARTTLS protocol "ftp"/],
      ['bad host:443', /expected host:port/],
      ['10:443', /four numbers/],
      ['[zz::1]:443', /not an IPv6 address/],
      ['host:443/smtp/extra', /expected host:port/],
      ['a..b:443', /not a host name/],
    ];
    for (const [spec, message] of cases) {
      const t = parseEndpoint(spec);
      expect(t.ok ? null : t.error.code).toBe('bad-endpoint');
      expect(t.ok ? '' : t.error.message).toMatch(message);
    }
  });
});

describe('the served chain', () => {
  it('is followed by issuer wherever each certificate was served, and judged by where it stops', async () => {
    const none = new Map<string, Uint8Array[]>();
    const other = await fixturePki('Another PKI');
    expect(await servedChainStatus([good.der, pki.root.der, pki.intermediate.der], none)).toBe('complete');
    expect(await servedChainStatus([good.der, pki.intermediate.der], none)).toBe('unknown-root');
    expect(await servedChainStatus([good.der, other.intermediate.der], none)).toBe('missing-intermediate');
    expect(await servedChainStatus([pki.root.der], none)).toBe('complete'); // a self-signed server
    expect(await servedInOrder([good.der, pki.intermediate.der, pki.root.der])).toBe(true);
    expect(await servedInOrder([good.der, pki.root.der, pki.intermediate.der])).toBe(false);
    expect(await servedInOrder([good.der, pki.intermediate.der, other.root.der])).toBe(false);
    expect(await servedInOrder([good.der])).toBe(true);
    // Same names, another key: the issuer is not the one served.
    const lookAlike = await fixturePki('Endpoint scan');
    expect(await servedChainStatus([good.der, lookAlike.intermediate.der, lookAlike.root.der], none)).toBe(
      'missing-intermediate',
    );
  });
});

describe('scanning TLS endpoints', () => {
  it('records what each server serves and says what is wrong with it', async () => {
    const ports = {
      valid: (await up(startTlsServer(await pki.serve(good, pki.intermediate)))).port,
      rootServed: (await up(startTlsServer(await pki.serve(good, pki.intermediate, pki.root)))).port,
      expired: (await up(startTlsServer(await pki.serve(expired, pki.intermediate)))).port,
      leafOnly: (await up(startTlsServer(await pki.serve(good)))).port,
      mismatch: (await up(startTlsServer(await pki.serve(elsewhere, pki.intermediate)))).port,
      smtp: (await up(startStartTlsServer('smtp', await pki.serve(good, pki.intermediate)))).port,
      imap: (await up(startStartTlsServer('imap', await pki.serve(good, pki.intermediate)))).port,
      pop3: (await up(startStartTlsServer('pop3', await pki.serve(good, pki.intermediate)))).port,
      refuses: (await up(startStartTlsServer('smtp', await pki.serve(good, pki.intermediate), 'refuse')))
        .port,
      silent: (await up(startSilentServer())).port,
      closed: await closedPort(),
    };
    const spec = (name: keyof typeof ports, suffix = '') => `127.0.0.1:${ports[name]}${suffix}`;
    const targets = [
      spec('valid'),
      spec('rootServed'),
      spec('expired'),
      spec('leafOnly'),
      spec('mismatch'),
      spec('smtp', '/smtp'),
      spec('imap', '/imap'),
      spec('pop3', '/pop3'),
      spec('refuses', '/smtp'),
      spec('silent'),
      spec('closed'),
      spec('valid'), // twice: one check
    ].map(target);
    const { store, deps } = setUp();
    const progress: number[] = [];
    const summary = await scanEndpoints(targets, deps, {
      timeoutMs: 300,
      onProgress: (p) => progress.push(p.done),
    });
    expect(summary.cancelled).toBe(false);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

    const byLocator = new Map(summary.checks.map((c) => [c.locator, c]));
    expect(summary.checks.map((c) => c.locator)).toEqual(targets.slice(0, 11).map((t) => t.locator));
    const problems = (name: keyof typeof ports, suffix = '') =>
      endpointProblems(byLocator.get(spec(name, suffix))!);
    expect(problems('valid')).toEqual([]);
    expect(problems('rootServed')).toEqual([]);
    expect(problems('expired')).toEqual(['expired']);
    expect(problems('leafOnly')).toEqual(['missing-intermediate']);
    expect(problems('mismatch')).toEqual(['hostname-mismatch']);
    for (const p of ['smtp', 'imap', 'pop3'] as const) expect(problems(p, `/${p}`)).toEqual([]);
    expect(problems('refuses', '/smtp')).toEqual(['unreachable']);
    expect(byLocator.get(spec('refuses', '/smtp'))?.error?.code).toBe('starttls-refused');
    expect(byLocator.get(spec('silent'))?.error?.code).toBe('timeout');
    expect(byLocator.get(spec('closed'))?.error?.code).toBe('refused');

    const valid = byLocator.get(spec('valid'))!;
    expect(valid).toMatchObject({
      protocol: 'TLSv1.3',
      hostnameMatch: true,
      chain: 'complete',
      servedInOrder: true,
      leafExpired: false,
    });
    expect(valid.served).toEqual([await sha256Hex(good.der), await sha256Hex(pki.intermediate.der)]);
    // The rule of `vigie verify --host`: the subjectAltName only, an address against addresses.
    expect(byLocator.get(spec('mismatch'))).toMatchObject({
      hostnameMatch: false,
      hostnameError: expect.stringMatching(/ is for mail\.other\.example, not 127\.0\.0\.1$/),
    });

    // The inventory: every served certificate at its endpoints, and each endpoint's check.
    const leafSha = await sha256Hex(good.der);
    const at = store
      .locationsOf(leafSha)
      .map((l) => `${l.source} ${l.locator}`)
      .sort();
    expect(at).toEqual(
      [
        spec('valid'),
        spec('rootServed'),
        spec('leafOnly'),
        spec('smtp', '/smtp'),
        spec('imap', '/imap'),
        spec('pop3', '/pop3'),
      ]
        .map((l) => `endpoint ${l}`)
        .sort(),
    );
    expect(store.certificates()).toHaveLength(5); // good, expired, elsewhere, intermediate, root
    expect(store.endpointChecks()).toHaveLength(11);
    expect(store.endpointCheck(spec('closed'))?.error?.code).toBe('refused');
    expect(summary.certificates).toBe(2 + 3 + 2 + 1 + 2 + 2 + 2 + 2);
  });

  it('judges the chain against the anchors it is given: an unknown root is said so', async () => {
    const port = (await up(startTlsServer(await pki.serve(good, pki.intermediate)))).port;
    const leafOnly = (await up(startTlsServer(await pki.serve(good)))).port;
    const { deps } = setUp({ anchors: [] });
    const { checks } = await scanEndpoints(
      [target(`127.0.0.1:${port}`), target(`127.0.0.1:${leafOnly}`)],
      deps,
    );
    expect(checks.map((c) => c.chain)).toEqual(['unknown-root', 'missing-intermediate']);
    expect(endpointProblems(checks[0]!)).toEqual(['unknown-root']);
  });

  it('marks gone what a server no longer serves, keeps what an unreachable one served, inspects nothing twice', async () => {
    const first = await up(startTlsServer(await pki.serve(good, pki.intermediate)));
    const locator = `127.0.0.1:${first.port}`;
    const { store, deps, inspections } = setUp();
    await scanEndpoints([target(locator)], deps);
    expect(inspections()).toBe(1);
    await scanEndpoints([target(locator)], deps);
    expect(inspections()).toBe(1); // both certificates known: nothing inspected again

    // The server now presents the expired certificate on the same port.
    await first.close();
    const second = await up(startTlsServer(await pki.serve(expired, pki.intermediate), { port: first.port }));
    const changed = await scanEndpoints([target(locator)], deps);
    expect(changed.gone).toBe(1);
    expect(inspections()).toBe(2); // the new leaf only
    const goneAt = (der: Uint8Array) => async () =>
      store.locationsOf(await sha256Hex(der)).find((l) => l.locator === locator)?.goneAt ?? null;
    expect(await goneAt(good.der)()).not.toBeNull();
    expect(await goneAt(expired.der)()).toBeNull();

    // Down: its last certificates stay where they were, the check says why.
    await second.close();
    const down = await scanEndpoints([target(locator)], deps);
    expect(down.gone).toBe(0);
    expect(store.endpointCheck(locator)?.error?.code).toBe('refused');
    expect(await goneAt(expired.der)()).toBeNull();
  });

  it('never has more probes in flight than asked', async () => {
    const port = (await up(startTlsServer(await pki.serve(good, pki.intermediate)))).port;
    const real = createNodeTlsProbe();
    let inFlight = 0;
    let most = 0;
    const counting: TlsProbe = {
      probe: async (endpoint, options) => {
        most = Math.max(most, ++inFlight);
        try {
          return await real.probe(endpoint, options);
        } finally {
          inFlight--;
        }
      },
    };
    const { deps } = setUp({ probe: counting });
    // Twelve spellings of the same server are twelve endpoints (the locator is the spelling's canonical form).
    const targets = Array.from({ length: 12 }, (_, i) => ({
      ...target(`127.0.0.1:${port}`),
      locator: `e${i}`,
    }));
    const { checks } = await scanEndpoints(targets, deps, { concurrency: 3 });
    expect(checks).toHaveLength(12);
    expect(most).toBe(3);
    most = 0;
    await scanEndpoints(targets, deps, { concurrency: 1 });
    expect(most).toBe(1);
  });

  it('stops when cancelled and records no check for what it did not finish', async () => {
    const silent = await up(startSilentServer());
    const { store, deps } = setUp();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const summary = await scanEndpoints(
      [target(`127.0.0.1:${silent.port}`), target(`localhost:${silent.port}`)],
      deps,
      { signal: controller.signal, timeoutMs: 5000 },
    );
    expect(summary).toMatchObject({ cancelled: true, checks: [] });
    expect(store.endpointChecks()).toEqual([]);
  });
});
