import { createHash } from 'node:crypto';
import type { Clock } from '../../ports/clock.js';
import type {
  CertificateFacts,
  EndpointChainStatus,
  EndpointCheck,
  InventoryStore,
  Location,
} from '../../ports/inventory-store.js';
import type { TlsProbe } from '../../ports/tls-probe.js';
import { verifyCertificateSignature } from '../../pki/describe/index.js';
import { hostMismatch, nameLinks, type NameLinks } from '../../pki/validation/index.js';
import type { Inspector } from '../inspector/inspect-file.js';
import { certificatesOf } from './certificates-of.js';
import type { EndpointTarget } from './endpoint-spec.js';

export {
  DEFAULT_PORTS,
  parseEndpoint,
  type EndpointSpecError,
  type EndpointTarget,
} from './endpoint-spec.js';

export const DEFAULT_ENDPOINT_CONCURRENCY = 32;
/** Endpoints per write transaction: commits cost little, a crash loses little. */
const BATCH = 64;

export type EndpointScanDeps = {
  probe: TlsProbe;
  store: InventoryStore;
  clock: Clock;
  inspector: Pick<Inspector, 'inspect'>;
  /**
   * Roots the clients of these servers know (DER): the system's web roots, the IGC-Santé
   * roots. A served chain that reaches one is complete.
   */
  anchors: readonly Uint8Array[];
};

export type EndpointScanProgress = { done: number; total: number; current: string };

export type EndpointScanOptions = {
  /** Endpoints probed at once (default 32). */
  concurrency?: number;
  /** Deadline per endpoint (the probe's default when absent). */
  timeoutMs?: number;
  signal?: AbortSignal;
  onProgress?: (progress: EndpointScanProgress) => void;
};

export type EndpointScanSummary = {
  /** One per distinct endpoint, in the order given (the first spelling of each). */
  checks: EndpointCheck[];
  /** Certificates served, over all endpoints reached. */
  certificates: number;
  /** Certificates no longer served where they were before. */
  gone: number;
  cancelled: boolean;
};

const sha256Hex = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();

const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

/** The anchors by subject name, read once per scan. */
const indexAnchors = (anchors: readonly Uint8Array[]) => {
  const bySubject = new Map<string, Uint8Array[]>();
  for (const der of anchors) {
    const links = nameLinks(der);
    if (!links) continue;
    const list = bySubject.get(links.subjectId);
    if (list) list.push(der);
    else bySubject.set(links.subjectId, [der]);
  }
  return bySubject;
};

/** Whether `der` was signed by the key of `issuer`. */
export type SignedBy = (der: Uint8Array, issuer: Uint8Array) => Promise<boolean>;

/** Signed by that issuer's key, or an algorithm we cannot check (the name match then stands). */
const signedBy: SignedBy = async (der, issuer) => (await verifyCertificateSignature(der, issuer)) !== false;

/**
 * The same check remembered by the two certificates' hashes, for one scan: the endpoints of
 * an operator serve the same intermediates, checked once.
 */
const memoSignedBy = (): SignedBy => {
  const known = new Map<string, Promise<boolean>>();
  return (der, issuer) => {
    const key = `${sha256Hex(der)}>${sha256Hex(issuer)}`;
    let answer = known.get(key);
    if (!answer) {
      answer = signedBy(der, issuer);
      known.set(key, answer);
    }
    return answer;
  };
};

/**
 * Whether the chain a server sends lets a client reach a root: from the leaf (the first
 * certificate), each step takes a served certificate that issued the current one (by name
 * and signature, wherever it was in the served list). The chain is complete when it ends
 * at a self-issued certificate (the root was served) or at a certificate issued by a known
 * anchor. When the leaf alone was usable and its issuer is unknown, an intermediate is
 * missing; when the served chain stops at an issuer nobody here knows, its root is unknown.
 */
export const servedChainStatus = async (
  served: readonly Uint8Array[],
  anchorsBySubject: ReadonlyMap<string, readonly Uint8Array[]>,
  signed: SignedBy = signedBy,
): Promise<EndpointChainStatus> => {
  const links = served.map(nameLinks);
  const used = new Set<number>([0]);
  let at = 0;
  for (;;) {
    const current = links[at] as NameLinks | null;
    const der = served[at] as Uint8Array;
    if (!current) return used.size === 1 ? 'missing-intermediate' : 'unknown-root';
    if (current.selfIssued) return 'complete';
    let next = -1;
    for (const [i, l] of links.entries()) {
      if (used.has(i) || l?.subjectId !== current.issuerId) continue;
      if (await signed(der, served[i] as Uint8Array)) {
        next = i;
        break;
      }
    }
    if (next >= 0) {
      used.add(next);
      at = next;
      continue;
    }
    for (const anchor of anchorsBySubject.get(current.issuerId) ?? [])
      if (await signed(der, anchor)) return 'complete';
    return used.size === 1 ? 'missing-intermediate' : 'unknown-root';
  }
};

/**
 * Whether the server sent the chain as RFC 8446 §4.4.2 asks: its certificate first, each
 * one followed by the certificate that issued it (by name and signature), nothing else. A
 * served root counts (it is issued by itself, and ends the list).
 */
export const servedInOrder = async (served: readonly Uint8Array[], signed: SignedBy = signedBy) => {
  for (let i = 0; i + 1 < served.length; i++) {
    const child = nameLinks(served[i] as Uint8Array);
    const parent = nameLinks(served[i + 1] as Uint8Array);
    if (!child || !parent || child.selfIssued || parent.subjectId !== child.issuerId) return false;
    if (!(await signed(served[i] as Uint8Array, served[i + 1] as Uint8Array))) return false;
  }
  return true;
};

/** What is wrong at an endpoint, worst first; empty when nothing is. */
export type EndpointProblem =
  'unreachable' | 'hostname-mismatch' | 'missing-intermediate' | 'unknown-root' | 'expired';

export const endpointProblems = (check: EndpointCheck): EndpointProblem[] => {
  if (check.error) return ['unreachable'];
  const problems: EndpointProblem[] = [];
  if (check.leafExpired) problems.push('expired');
  if (check.hostnameMatch === false) problems.push('hostname-mismatch');
  if (check.chain === 'missing-intermediate' || check.chain === 'unknown-root') problems.push(check.chain);
  return problems;
};

/**
 * Probes each endpoint, at most `concurrency` at once, and puts what each one serves into
 * the inventory: every served certificate at the place {source: 'endpoint', locator},
 * certificates it served before and no longer does marked gone, and the check itself
 * (error, protocol, served chain, host-name match, chain completeness, expired leaf) as the
 * endpoint's last check. A certificate the inventory already has is not inspected again.
 * An endpoint that cannot be reached says nothing about what it serves: its certificates
 * stay where they were. Writes are grouped, BATCH endpoints to a short transaction (never
 * open across a probe); an endpoint's writes always land together.
 */
export const scanEndpoints = async (
  targets: readonly EndpointTarget[],
  deps: EndpointScanDeps,
  options: EndpointScanOptions = {},
): Promise<EndpointScanSummary> => {
  const { store, clock } = deps;
  const unique = [...new Map(targets.map((t) => [t.locator, t])).values()];
  const anchors = indexAnchors(deps.anchors);
  const checks: (EndpointCheck | null)[] = new Array<EndpointCheck | null>(unique.length).fill(null);
  const summary = { certificates: 0, gone: 0 };
  const signed = memoSignedBy();
  // Certificates in the inventory, or inspected and waiting to be written, by SHA-256.
  const known = new Set<string>();
  const isKnown = (sha256: string) => {
    if (known.has(sha256)) return true;
    if (!store.certificate(sha256)) return false;
    known.add(sha256);
    return true;
  };
  let pending: (() => void)[] = [];
  const flush = () => {
    const writes = pending;
    pending = [];
    if (writes.length > 0) store.transaction(() => writes.forEach((write) => write()));
  };
  const write = (fn: () => void) => {
    pending.push(fn);
    if (pending.length >= BATCH) flush();
  };
  let done = 0;

  const checkOne = async (target: EndpointTarget): Promise<EndpointCheck | null> => {
    const place: Location = { source: 'endpoint', locator: target.locator };
    const result = await deps.probe.probe(target, {
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const now = clock.now();
    // A cancelled probe learnt nothing about the endpoint: its last check stays.
    if (!result.ok && result.error.code === 'cancelled') return null;
    if (!result.ok) {
      const check: EndpointCheck = {
        locator: target.locator,
        checkedAt: now,
        error: result.error,
        protocol: null,
        served: [],
        hostnameMatch: null,
        hostnameError: null,
        chain: null,
        servedInOrder: null,
        leafExpired: null,
      };
      write(() => store.putEndpointCheck(check));
      return check;
    }
    const { chain } = result.value;
    const served = chain.map(sha256Hex);
    // New certificates are inspected together (the chain helps the IGC-Santé reading).
    const fresh = chain.filter((_, i) => !isKnown(served[i] as string));
    let facts: CertificateFacts[] = [];
    if (fresh.length > 0) {
      const report = await deps.inspector.inspect({
        fileName: `${target.locator}.pem`,
        bytes: new TextEncoder().encode(fresh.map(pem).join('')),
      });
      if (report.ok) facts = certificatesOf(report.value);
      for (const c of facts) known.add(c.sha256);
    }
    const leaf = nameLinks(chain[0] as Uint8Array);
    const mismatch = hostMismatch(chain[0] as Uint8Array, target.host);
    const check: EndpointCheck = {
      locator: target.locator,
      checkedAt: now,
      error: null,
      protocol: result.value.protocol,
      served,
      // The same host-name rule as `vigie verify --host` (RFC 6125: the subjectAltName only).
      hostnameMatch: mismatch === null,
      hostnameError: mismatch,
      chain: await servedChainStatus(chain, anchors, signed),
      servedInOrder: await servedInOrder(chain, signed),
      leafExpired: leaf ? leaf.notAfter.getTime() < now.getTime() : null,
    };
    // A certificate the inspector could not read is in the check, not at the place.
    const present = served.filter((sha256) => known.has(sha256));
    summary.certificates += present.length;
    write(() => {
      for (const c of facts) store.upsertCertificate(c, now);
      for (const sha256 of present) store.recordLocation(sha256, place, now);
      summary.gone += store.markGone(place, present, now);
      store.putEndpointCheck(check);
    });
    return check;
  };

  let next = 0;
  const worker = async () => {
    while (next < unique.length && !options.signal?.aborted) {
      const i = next++;
      const target = unique[i] as EndpointTarget;
      checks[i] = await checkOne(target);
      done++;
      options.onProgress?.({ done, total: unique.length, current: target.locator });
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? DEFAULT_ENDPOINT_CONCURRENCY, unique.length));
  try {
    await Promise.all(Array.from({ length: width }, worker));
  } finally {
    flush();
  }
  const cancelled = options.signal?.aborted === true;
  return { checks: checks.filter((c): c is EndpointCheck => c !== null), ...summary, cancelled };
};
