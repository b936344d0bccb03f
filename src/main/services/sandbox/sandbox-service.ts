import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expectedProfile } from '../../../shared/igc-sante/profile.js';
import type { Order, OrderError } from '../../../shared/model/order.js';
import type {
  SandboxCertificate,
  SandboxError,
  SandboxRevocationReason,
  SandboxStatus,
} from '../../../shared/model/sandbox.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import {
  BadCsrError,
  createSandboxCa,
  issueLeaf,
  loadCa,
  serialKey,
  storeCa,
  type SandboxCa,
  type StoredCa,
} from './sandbox-ca.js';
import { sandboxHandler } from './sandbox-http.js';
import { checkInSandbox, fromSandbox, sandboxAnchors, type SandboxAnchors } from './sandbox-recognize.js';
import type { SandboxServer } from './sandbox-server-port.js';

/** Orders still waiting for their certificate (as retrieval says). */
const PENDING: readonly Order['state'][] = ['key-ready', 'csr-exported', 'submitted'];
const VALIDITY_DAYS = 3 * 365;
const MAX_STATE_BYTES = 16 * 1024 * 1024;

type IssuedRecord = Omit<SandboxCertificate, 'sandboxCheck' | 'pem'> & { leafPem: string };
type State = { version: 1; port: number | null; crlNumber: number; issued: IssuedRecord[] };

export type SandboxDeps = {
  fs: FileSystem;
  clock: Clock;
  /** <data>/sandbox: 0700, the CA key file 0600. */
  dir: string;
  orders: { get(orderId: string): Promise<Result<Order, OrderError>> };
  server: SandboxServer;
};

const fail = (code: SandboxError['code'], message: string): Result<never, SandboxError> =>
  err({ code, message });

const sha256 = (der: Uint8Array | Buffer) => createHash('sha256').update(der).digest('hex').toUpperCase();

/**
 * The rehearsal sandbox: a toy CA made on first use in the data folder, which signs the CSR
 * of a pending TEST order as the platform would, publishes its CRL and answers OCSP on
 * 127.0.0.1, and revokes on request. Its root is checked here only ("valide dans le bac à
 * sable"): it is never handed to the trust store that production and TEST checks use.
 */
export const createSandboxService = (deps: SandboxDeps) => {
  const caFile = join(deps.dir, 'ca-keys.json');
  const stateFile = join(deps.dir, 'state.json');
  let ca: SandboxCa | null = null;
  let anchors: SandboxAnchors | null = null;
  let state: State | null = null;
  let port: number | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const readJson = async <T>(path: string): Promise<T | null> => {
    if (!(await deps.fs.exists(path))) return null;
    return JSON.parse(Buffer.from(await deps.fs.readFile(path, MAX_STATE_BYTES)).toString('utf8')) as T;
  };
  const writeJson = (path: string, value: unknown) =>
    deps.fs.writeFileAtomic(path, new Uint8Array(Buffer.from(JSON.stringify(value))), 0o600);

  /** The CA and its state from disk, or null when none was made yet. */
  const load = async (): Promise<{ ca: SandboxCa; state: State } | null> => {
    if (ca && state) return { ca, state };
    const stored = await readJson<StoredCa>(caFile);
    if (!stored) return null;
    ca = await loadCa(stored);
    state = (await readJson<State>(stateFile)) ?? { version: 1, port: null, crlNumber: 0, issued: [] };
    return { ca, state };
  };

  const create = async () => {
    const loaded = await load();
    if (loaded) return loaded;
    await deps.fs.ensureDir(deps.dir, 0o700);
    ca = await createSandboxCa(deps.clock.now());
    anchors = null;
    state = { version: 1, port: null, crlNumber: 0, issued: [] };
    // A toy CA: its keys in clear in a 0600 file. Never use it for anything but rehearsals.
    await writeJson(caFile, await storeCa(ca));
    await writeJson(stateFile, state);
    return { ca, state };
  };

  const handle = sandboxHandler({
    load,
    // One CRL number at a time, kept across restarts.
    nextCrlNumber: () =>
      serial(async () => {
        const loaded = await load();
        if (!loaded) return 0;
        loaded.state.crlNumber += 1;
        await writeJson(stateFile, loaded.state);
        return loaded.state.crlNumber;
      }),
    now: () => deps.clock.now(),
  });

  /** Starts the loopback server on first need, on the port earlier certificates name if free. */
  const ensureServer = async (s: State): Promise<number> => {
    if (port !== null) return port;
    const started = await deps.server.start(handle, s.port);
    port = started.port;
    if (s.port !== port) {
      s.port = port;
      await writeJson(stateFile, s);
    }
    return port;
  };

  /** node:crypto's view of the loaded CA, made once (reset and a new CA forget it). */
  const anchorsOf = (loadedCa: SandboxCa): SandboxAnchors => (anchors ??= sandboxAnchors(loadedCa));

  const view = (c: IssuedRecord, loadedCa: SandboxCa): SandboxCertificate => {
    const { leafPem, ...rest } = c;
    return {
      ...rest,
      pem: leafPem + loadedCa.issuing.cert.toString('pem') + '\n' + loadedCa.root.cert.toString('pem') + '\n',
      sandboxCheck: checkInSandbox(c.leafPem, c.revokedAt !== null, anchorsOf(loadedCa), deps.clock.now()),
    };
  };

  const status = async (): Promise<SandboxStatus> => {
    const loaded = await load();
    if (!loaded)
      return {
        created: false,
        serverUrl: null,
        rootSubject: null,
        issuingSubject: null,
        issued: 0,
        revoked: 0,
        certificates: [],
      };
    return {
      created: true,
      serverUrl: port === null ? null : `http://127.0.0.1:${port}`,
      rootSubject: loaded.ca.root.cert.subject,
      issuingSubject: loaded.ca.issuing.cert.subject,
      issued: loaded.state.issued.length,
      revoked: loaded.state.issued.filter((c) => c.revokedAt !== null).length,
      certificates: [...loaded.state.issued].reverse().map((c) => view(c, loaded.ca)),
    };
  };

  const issue = async (
    orderId: string,
  ): Promise<Result<{ certificate: SandboxCertificate; fileName: string }, SandboxError>> => {
    const found = await deps.orders.get(orderId);
    if (!found.ok) return fail('order-not-found', found.error.message);
    const order = found.value;
    if (!PENDING.includes(order.state))
      return fail('order-not-pending', `The order is ${order.state}: only a pending order can be issued`);
    if (order.environment !== 'test')
      return fail(
        'not-test-order',
        'The sandbox only issues for TEST orders: a production order stays for the real platform',
      );
    if (!order.csrPem) return fail('no-csr', 'The order has no CSR yet');
    const { ca: loadedCa, state: s } = await create();
    const p = await ensureServer(s);
    const profile = expectedProfile(order.product);
    const now = deps.clock.now();
    let leaf;
    try {
      leaf = await issueLeaf(loadedCa, {
        csrPem: order.csrPem,
        keyUsage: profile.keyUsage,
        extKeyUsage: profile.extKeyUsage.map((e) => e.oid),
        crlUrl: `http://127.0.0.1:${p}/crl/sandbox.crl`,
        ocspUrl: `http://127.0.0.1:${p}/ocsp`,
        now,
        validityDays: VALIDITY_DAYS,
      });
    } catch (e) {
      if (e instanceof BadCsrError) return fail('bad-csr', e.message);
      throw e;
    }
    const record: IssuedRecord = {
      sha256: sha256(new Uint8Array(leaf.rawData)),
      serialHex: serialKey(leaf.serialNumber),
      subject: leaf.subject,
      orderId,
      product: order.product,
      issuedAt: now.toISOString(),
      notAfter: leaf.notAfter.toISOString(),
      revokedAt: null,
      reason: null,
      leafPem: leaf.toString('pem') + '\n',
    };
    s.issued.push(record);
    await writeJson(stateFile, s);
    return ok({
      certificate: view(record, loadedCa),
      fileName: `bac-a-sable-${order.product}-${record.serialHex.slice(0, 8)}.pem`,
    });
  };

  const revoke = async (
    sha: string,
    reason: SandboxRevocationReason,
  ): Promise<Result<SandboxStatus, SandboxError>> => {
    const loaded = await load();
    const record = loaded?.state.issued.find((c) => c.sha256 === sha);
    if (!loaded || !record) return fail('not-found', 'The sandbox did not issue this certificate');
    if (record.revokedAt) return fail('already-revoked', 'This sandbox certificate is already revoked');
    // Whole seconds: CRL times carry none, so CRL and OCSP give back the same instant.
    record.revokedAt = new Date(Math.floor(deps.clock.now().getTime() / 1000) * 1000).toISOString();
    record.reason = reason;
    await writeJson(stateFile, loaded.state);
    await ensureServer(loaded.state);
    return ok(await status());
  };

  const reset = async (): Promise<SandboxStatus> => {
    ca = null;
    anchors = null;
    state = null;
    await deps.fs.remove(caFile);
    await deps.fs.remove(stateFile);
    return status();
  };

  return {
    status: () =>
      serial(async () => {
        const loaded = await load();
        // Certificates already issued name the server: bring it back when the page asks.
        if (loaded && loaded.state.issued.length > 0) await ensureServer(loaded.state);
        return status();
      }),
    issue: (orderId: string) => serial(() => issue(orderId)),
    revoke: (sha: string, reason: SandboxRevocationReason) => serial(() => revoke(sha, reason)),
    reset: () => serial(reset),
    /**
     * Retrieval asks whether a certificate is the sandbox's (its CAs, or signed by them), to
     * name it as a rehearsal certificate. Never makes a CA: no sandbox, nothing is its.
     */
    recognizes: async (der: Uint8Array): Promise<boolean> => {
      try {
        const loaded = await load();
        if (!loaded) return false;
        return fromSandbox(der, anchorsOf(loaded.ca));
      } catch {
        return false; // an unreadable sandbox folder must not stop a real retrieval
      }
    },
    /**
     * The sandbox's two CA certificates (DER), for the inventory's revocation sweep to find
     * the issuer whose CRL it reads: looked up, never trusted as an anchor.
     */
    authorities: async (): Promise<Uint8Array[]> => {
      const loaded = await load().catch(() => null);
      if (!loaded) return [];
      return [loaded.ca.issuing.cert, loaded.ca.root.cert].map((c) => new Uint8Array(c.rawData));
    },
    /** The sandbox's own anchor (tests; the page never trusts it elsewhere). */
    rootPem: async () => (await load())?.ca.root.cert.toString('pem') ?? null,
    /**
     * At app start: a sandbox CA made in an earlier run gets its CRL / OCSP server back at
     * once, so the revocation checks of its certificates (installed, in the inventory) work
     * before anyone opens the sandbox page. No CA, nothing started.
     */
    start: () =>
      serial(async () => {
        const loaded = await load();
        return loaded ? { port: await ensureServer(loaded.state) } : null;
      }),
    async stop() {
      port = null;
      await deps.server.stop();
    },
  };
};

export type SandboxService = ReturnType<typeof createSandboxService>;
