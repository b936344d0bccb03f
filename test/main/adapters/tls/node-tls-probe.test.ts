import {
  createNodeTlsProbe,
  systemRootCertificates,
} from '../../../../src/main/adapters/tls/node-tls-probe.js';
import type { TlsEndpoint } from '../../../../src/main/ports/tls-probe.js';
import {
  closedPort,
  fixturePki,
  startFloodServer,
  startSilentServer,
  startStartTlsServer,
  startTlsServer,
  type Running,
} from '../../../helpers/tls-servers.js';

const servers: Running[] = [];
const up = async (r: Promise<Running>) => {
  const running = await r;
  servers.push(running);
  return running;
};
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const at = (port: number, startTls: TlsEndpoint['startTls'] = null, host = '127.0.0.1'): TlsEndpoint => ({
  host,
  port,
  startTls,
});

/** Waits for the server to see its connections closed (the probe destroys its socket). */
const drained = async (server: Running) => {
  for (let i = 0; i < 100 && server.connections() > 0; i++) await new Promise((r) => setTimeout(r, 10));
  return server.connections();
};

const pki = await fixturePki('Probe test');
const localhost = await pki.serve(await pki.leaf(['localhost'], { ips: ['127.0.0.1'] }), pki.intermediate);
const probe = createNodeTlsProbe();

describe('the node:tls probe', () => {
  it('reads the chain a server sends, leaf first, with SNI for a name and none for an address', async () => {
    const names: string[] = [];
    const server = await up(startTlsServer(localhost, { sni: (n) => names.push(n) }));
    const byName = await probe.probe(at(server.port, null, 'localhost'));
    const byAddress = await probe.probe(at(server.port));
    for (const r of [byName, byAddress]) {
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.chain.map((d) => Buffer.from(d).toString('hex'))).toEqual(
        localhost.chain.map((c) => Buffer.from(c.der).toString('hex')),
      );
      expect(r.value.protocol).toBe('TLSv1.3');
    }
    expect(names).toEqual(['localhost']); // the address was sent no SNI
    expect(await drained(server)).toBe(0);
  });

  it('gives only what was served: a leaf alone, never the root it chains to', async () => {
    const server = await up(startTlsServer({ ...localhost, chain: localhost.chain.slice(0, 1) }));
    const r = await probe.probe(at(server.port));
    expect(r.ok && r.value.chain.length).toBe(1);
  });

  it('keeps the order the server sent, whatever it is', async () => {
    const [leaf, intermediate] = localhost.chain as [{ der: Uint8Array }, { der: Uint8Array }];
    const server = await up(startTlsServer({ ...localhost, chain: [leaf, pki.root, intermediate] }));
    const r = await probe.probe(at(server.port));
    expect(r.ok && r.value.chain.map((d) => Buffer.from(d).toString('hex'))).toEqual(
      [leaf, pki.root, intermediate].map((c) => Buffer.from(c.der).toString('hex')),
    );
  });

  it.each(['smtp', 'imap', 'pop3'] as const)('starts TLS over %s', async (protocol) => {
    const server = await up(startStartTlsServer(protocol, localhost));
    const r = await probe.probe(at(server.port, protocol));
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    expect(r.value.chain).toHaveLength(2);
    expect(await drained(server)).toBe(0);
  });

  it.each(['smtp', 'imap', 'pop3'] as const)(
    'reports a %s server that refuses STARTTLS',
    async (protocol) => {
      const server = await up(startStartTlsServer(protocol, localhost, 'refuse'));
      const r = await probe.probe(at(server.port, protocol));
      expect(r.ok ? null : r.error.code).toBe('starttls-refused');
      expect(r.ok ? '' : r.error.message).toMatch(/454 4\.7\.0|BAD STARTTLS|-ERR STLS/);
    },
  );

  it('times out on a server that never answers, and closes the connection', async () => {
    const server = await up(startSilentServer());
    for (const startTls of [null, 'smtp'] as const) {
      const r = await probe.probe(at(server.port, startTls), { timeoutMs: 150 });
      expect(r.ok ? null : r.error.code).toBe('timeout');
    }
    expect(await drained(server)).toBe(0);
  });

  it('reports a closed port, an unknown name, and a server that does not speak TLS', async () => {
    const refused = await probe.probe(at(await closedPort()));
    expect(refused.ok ? null : refused.error.code).toBe('refused');

    const dns = await probe.probe(at(443, null, 'no-such-host.invalid'), { timeoutMs: 5000 });
    expect(dns.ok ? null : dns.error.code).toBe('dns');

    // An SMTP server probed as direct TLS: its greeting is not a TLS record.
    const smtp = await up(startStartTlsServer('smtp', localhost));
    const handshake = await probe.probe(at(smtp.port));
    expect(handshake.ok ? null : handshake.error.code).toBe('tls-handshake');
  });

  it('stops reading a plaintext server past the cap', async () => {
    const flood = await up(startFloodServer(256 * 1024));
    const capped = createNodeTlsProbe({ maxPlaintextBytes: 4096 });
    const r = await capped.probe(at(flood.port, 'smtp'));
    expect(r.ok ? null : r.error).toEqual({ code: 'protocol', message: 'more than 4096 bytes before TLS' });
    expect(await drained(flood)).toBe(0);
  });

  it('reaches nothing when the network is off, and loopback only when asked', async () => {
    const server = await up(startTlsServer(localhost));
    const off = await createNodeTlsProbe({ network: 'off' }).probe(at(server.port));
    expect(off.ok ? null : off.error.code).toBe('not-allowed');
    const loopback = createNodeTlsProbe({ network: 'loopback' });
    expect((await loopback.probe(at(server.port))).ok).toBe(true);
    const away = await loopback.probe(at(443, null, 'example.org'));
    expect(away.ok ? null : away.error.code).toBe('not-allowed');
  });

  it('stops at once when cancelled', async () => {
    const server = await up(startSilentServer());
    const controller = new AbortController();
    const pending = probe.probe(at(server.port), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const r = await pending;
    expect(r.ok ? null : r.error.code).toBe('cancelled');
    expect(await drained(server)).toBe(0);
  });

  it("lists Node's root certificates as DER", () => {
    const roots = systemRootCertificates();
    expect(roots.length).toBeGreaterThan(50);
    expect(roots.every((d) => d[0] === 0x30)).toBe(true);
  });
});
