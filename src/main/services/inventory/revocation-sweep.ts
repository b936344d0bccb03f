import type { Clock } from '../../ports/clock.js';
import type { InventoryStore, RevocationCause, RevocationRecord } from '../../ports/inventory-store.js';
import { readIssuer, readSubject, type SubjectInfo } from '../../pki/revocation/index.js';
import type { CrlSet, RevocationCheck, RevocationService } from '../revocation/index.js';

export type RevocationSweepDeps = {
  store: InventoryStore;
  clock: Clock;
  revocation: Pick<RevocationService, 'crlsFor' | 'statusIn'>;
  /** CA certificates that may have issued the inventory's certificates (the trust store's). */
  issuers: () => Promise<readonly Uint8Array[]>;
};

export type SweepSummary = {
  checked: number;
  good: number;
  revoked: number;
  unknown: number;
  /** Certificates found revoked by this sweep that were not at the last one. */
  newlyRevoked: { sha256: string; subject: string }[];
  cancelled: boolean;
};

type Candidate = { der: Uint8Array; subjectText: string; sha256: string | null };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Records written per transaction: short enough that the app's own reads never wait long. */
const BATCH = 500;

/**
 * Checks the revocation of the certificates present in the inventory, not expired and naming
 * a CRL, against the CRLs of their issuer, and keeps each answer (revocation_checks). A
 * certificate found good is checked again once that CRL is past its nextUpdate; a revoked
 * one stays revoked; an unknown is tried again at each sweep. The issuer is
 * looked for by name among the trust store's CAs and the inventory's own certificates; when
 * two share the name, the one whose key verifies the CRL is it. An issuer's CRLs are
 * collected once per sweep (the revocation service keeps them on disk until their
 * nextUpdate), then each certificate is looked up in them: a sweep of 10,000 certificates
 * of one CA downloads and verifies one CRL. Nothing here decides what a CRL means: the
 * revocation service does, as for a retrieval.
 */
export const sweepRevocation = async (
  deps: RevocationSweepDeps,
  options: { signal?: AbortSignal } = {},
): Promise<SweepSummary> => {
  const { store } = deps;
  const now = deps.clock.now();
  const summary: SweepSummary = {
    checked: 0,
    good: 0,
    revoked: 0,
    unknown: 0,
    newlyRevoked: [],
    cancelled: false,
  };
  // Only what can be checked and is not known to stand: a sweep with nothing due (a scan
  // from cron an hour after the last one) is one query.
  const due = store.revocationDue(now);
  if (due.length === 0) return summary;
  const watched = due.flatMap((sha256) => {
    const c = store.certificate(sha256);
    return c ? [c] : [];
  });
  const wasRevoked = store.revokedCertificates();

  // Issuers by subject text: the trust store's CAs, then the inventory's certificates (a
  // folder often holds its CA next to the leaves). DER of the latter is read when needed.
  const bySubject = new Map<string, Candidate[]>();
  const add = (c: Candidate) => {
    const list = bySubject.get(c.subjectText);
    if (list) list.push(c);
    else bySubject.set(c.subjectText, [c]);
  };
  for (const der of await deps.issuers()) {
    try {
      add({ der, subjectText: readIssuer(der).subjectText, sha256: null });
    } catch {
      // An unreadable trust-store entry issues nothing here.
    }
  }
  const inventoryIssuers = new Set(watched.map((c) => c.issuer));
  for (const c of store.certificates())
    if (inventoryIssuers.has(c.subject)) {
      const stored = store.certificate(c.sha256);
      if (stored) add({ der: stored.der, subjectText: c.subject, sha256: c.sha256 });
    }

  // One collection per issuer and distribution points, shared by every certificate alike.
  const collected = new Map<string, Promise<CrlSet>>();
  const crls = (certDer: Uint8Array, issuer: Candidate, key: string) => {
    let set = collected.get(key);
    if (!set) {
      set = deps.revocation.crlsFor(certDer, issuer.der);
      collected.set(key, set);
    }
    return set;
  };

  type Checked = RevocationCheck & { cause?: RevocationCause; freshUntil?: Date };
  const unknown = (cause: RevocationCause, detail: string, notes: string[] = []): Checked => ({
    status: 'unknown',
    source: 'crl',
    detail,
    notes,
    cause,
  });
  const check = async (sha256: string, der: Uint8Array): Promise<Checked> => {
    let subject: SubjectInfo;
    try {
      subject = readSubject(der);
    } catch (e) {
      return unknown('no-source', `unreadable certificate: ${errorText(e)}`);
    }
    if (subject.crlUrls.length === 0) return unknown('no-source', 'the certificate names no CRL');
    const candidates = (bySubject.get(subject.issuerText) ?? []).filter((c) => c.sha256 !== sha256);
    if (candidates.length === 0) return unknown('no-issuer', `issuer not known: ${subject.issuerText}`);
    const why: string[] = [];
    for (const [i, issuer] of candidates.entries()) {
      const key = `${subject.issuerText}\u0000${i}\u0000${subject.crlUrls.join(' ')}\u0000${subject.deltaUrls.join(' ')}`;
      const set = await crls(der, issuer, key);
      if (set.base) {
        const answer = await deps.revocation.statusIn(set, der, issuer.der);
        if (answer.status === 'unknown') return { ...answer, cause: 'unreachable' };
        // The answer stands until the CRLs it came from are due for renewal.
        const until = Math.min(
          Date.parse(set.base.nextUpdate),
          set.delta ? Date.parse(set.delta.nextUpdate) : Infinity,
        );
        return { ...answer, freshUntil: new Date(until) };
      }
      why.push(...set.notes);
    }
    return unknown('unreachable', `no usable CRL: ${why.join('; ')}`, why);
  };

  let pending: RevocationRecord[] = [];
  const flush = () => {
    const records = pending;
    pending = [];
    if (records.length > 0) store.transaction(() => store.recordRevocations(records));
  };
  for (const c of watched) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    const result = await check(c.sha256, c.der);
    summary.checked++;
    summary[result.status]++;
    if (result.status === 'revoked' && !wasRevoked.has(c.sha256))
      summary.newlyRevoked.push({ sha256: c.sha256, subject: c.subject });
    pending.push({
      sha256: c.sha256,
      status: result.status,
      checkedAt: now,
      revokedAt: result.revokedAt ? new Date(result.revokedAt) : null,
      reason: result.reason ?? null,
      cause: result.status === 'unknown' ? (result.cause ?? 'unreachable') : null,
      freshUntil: result.status === 'good' ? (result.freshUntil ?? null) : null,
      detail: result.detail,
    });
    if (pending.length >= BATCH) flush();
  }
  flush();
  return summary;
};
