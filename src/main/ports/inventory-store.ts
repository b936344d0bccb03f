/**
 * The inventory: every certificate Vigie has seen on this machine, where it was seen, how
 * its status changed, what the user acknowledged or snoozed, and the scan cache that lets an
 * unchanged file go unread. The adapter is an embedded SQLite database
 * (adapters/inventory/sqlite-inventory-store.ts).
 *
 * Calls are synchronous and short (one indexed statement each); a scan groups its writes in
 * `transaction` so that a crash, `kill -9` included, leaves either all of a file's
 * sightings or none of them.
 */

import type {
  CertificateDeadlines,
  DeadlineSettings,
  InventoryStatus,
} from '../../shared/inventory/deadlines.js';
import type { InventoryCertificate } from '../../shared/inventory/inventory-certificate.js';
import type { LocationSource } from '../../shared/model/inventory.js';
import type { TlsProbeFailureCode } from './tls-probe.js';

/** Where a certificate lives (one list, in the shared model). Cards and tokens come later. */
export type { LocationSource };

/** A place: the source and what identifies the place in it (path, store name, host:port…). */
export type Location = { source: LocationSource; locator: string };

export type CertificateStatus = InventoryStatus;

/**
 * What the inventory keeps of a certificate: its bytes and what lists and reports need.
 * `namesCrl`: whether it names a CRL (absent: not known, checked as if it did), so that a
 * revocation sweep reads only the certificates it can check.
 */
export type CertificateFacts = InventoryCertificate & { der: Uint8Array; namesCrl?: boolean };

export type StoredCertificate = InventoryCertificate & { firstSeen: Date; lastSeen: Date };

export type StoredLocation = Location & {
  sha256: string;
  firstSeen: Date;
  lastSeen: Date;
  /** When a scan of this place no longer found the certificate; null while it is there. */
  goneAt: Date | null;
};

/** A certificate as lists and reports show it: where it is now, and what applies to it. */
export type WatchedCertificate = {
  certificate: InventoryCertificate;
  /** Where it is now (not gone), first found first. */
  places: Location[];
  /** Its own reminder settings; null when the global ones apply. */
  own: CertificateDeadlines | null;
  /** Its last revocation check found it revoked. */
  revoked: boolean;
  snoozedUntil: Date | null;
};

export type StatusChange = { status: CertificateStatus; at: Date };

/** What a scan learnt from one file, kept so that the same file unchanged is not read again. */
export type ScanCacheEntry = {
  path: string;
  size: number;
  mtimeMs: number;
  contentSha256: string;
  /** SHA-256 of each certificate found in the file, in file order. */
  certificates: string[];
  /** Why the file could not be read, if it could not. */
  error: string | null;
  scannedAt: Date;
};

/** A file the scan cache knows, as a rescan first needs it: enough to tell it is unchanged. */
export type CachedFile = { path: string; size: number; mtimeMs: number; certificateCount: number };

/**
 * How complete a served TLS chain is: 'complete' when it ends at a root (served, or one the
 * clients know); 'missing-intermediate' when the server sent its certificate alone and
 * clients do not know its issuer; 'unknown-root' when the chain served stops at an issuer
 * nobody knows.
 */
export type EndpointChainStatus = 'complete' | 'missing-intermediate' | 'unknown-root';

/** The last look at a TLS endpoint, one per endpoint (its canonical `host:port[/proto]`). */
export type EndpointCheck = {
  /** The locator of the `endpoint` locations of the certificates served there. */
  locator: string;
  checkedAt: Date;
  /** Why nothing could be read there (the probe's failure); null when the handshake went through. */
  error: { code: TlsProbeFailureCode; message: string } | null;
  /** The negotiated protocol ('TLSv1.3'…); null without a handshake. */
  protocol: string | null;
  /** SHA-256 of each certificate served, leaf first; empty without a handshake. */
  served: string[];
  /** Whether the leaf names the host; null without a handshake. */
  hostnameMatch: boolean | null;
  hostnameError: string | null;
  chain: EndpointChainStatus | null;
  /**
   * Whether the server sent its certificate first, each one followed by its issuer, and
   * nothing else (RFC 8446 §4.4.2 asks for it; most clients tolerate other orders).
   */
  servedInOrder: boolean | null;
  /** Whether the served leaf was past its end of validity at `checkedAt`. */
  leafExpired: boolean | null;
};

/** A present certificate with thresholds crossed and not notified yet (see `expiryCheck`). */
export type ExpiryDue = {
  sha256: string;
  subject: string;
  notAfter: Date;
  /** The fresh thresholds, farthest first; 0 stands for the deadline itself. */
  thresholds: number[];
};

/** What one check of the expiry watcher needs, computed by the store (see `expiryCheck`). */
export type ExpiryCheck = {
  /** Certificates to notify now (snoozed ones are not among them). */
  due: ExpiryDue[];
  /** The earliest end of a snooze holding back a fresh threshold, or null. */
  snoozeEnds: Date | null;
  /** The next crossing after now of any present certificate (a threshold or its deadline), or null. */
  nextCrossing: Date | null;
};

/**
 * The last revocation check of a certificate: 'good' and 'revoked' come from a verified,
 * current CRL (or OCSP answer) of its issuer; 'unknown' when none could be had (no
 * distribution point, issuer not known, network off or refused…), `detail` saying why.
 */
export type RevocationRecord = {
  sha256: string;
  status: 'good' | 'revoked' | 'unknown';
  checkedAt: Date;
  revokedAt: Date | null;
  /** The CRL entry's reason code name (keyCompromise…), when it gives one. */
  reason: string | null;
  /** A 'good' answer stands until then (the CRL's nextUpdate); null otherwise. */
  freshUntil: Date | null;
  /** Why an 'unknown': no CRL named, issuer not known, or no usable CRL could be had. */
  cause: RevocationCause | null;
  /** One English sentence: what was read, or why nothing could be. */
  detail: string;
};

export type RevocationCause = 'no-source' | 'no-issuer' | 'unreachable';

export type InventoryStore = {
  /** Runs `fn` as one transaction: all of its writes land, or none (a throw rolls back). */
  transaction<T>(fn: () => T): T;

  /** Adds the certificate, or moves its last sighting forward. */
  upsertCertificate(facts: CertificateFacts, seenAt: Date): void;
  certificate(sha256: string): (StoredCertificate & { der: Uint8Array }) | null;
  /** Every certificate, soonest expiry first. */
  certificates(): StoredCertificate[];
  /** Forgets the certificate and everything about it (locations, history, acknowledgements). */
  forget(sha256: string): void;

  /** The certificate is at this place now (a place it had left counts as found again). */
  recordLocation(sha256: string, at: Location, seenAt: Date): void;
  /**
   * Everything still at these places (of one source) was seen again at `seenAt`: one
   * statement for a batch of files a scan found unchanged, instead of one per certificate.
   */
  touchLocations(source: LocationSource, locators: readonly string[], seenAt: Date): void;
  /**
   * A scan of `place` found exactly `present`: the certificates last seen there and not in
   * the list are marked gone. Returns how many were.
   */
  markGone(place: Location, present: readonly string[], at: Date): number;
  locationsOf(sha256: string): StoredLocation[];
  /**
   * Every certificate with its current places, own reminder settings, revocation and
   * snooze, soonest expiry first, in one read. Certificates found nowhere now (kept for
   * their history) only with `includeNowhere`.
   */
  watchList(options?: { includeNowhere?: boolean }): WatchedCertificate[];

  /** Appends the status if it differs from the last one recorded; returns whether it did. */
  recordStatus(sha256: string, status: CertificateStatus, at: Date): boolean;
  statusHistory(sha256: string): StatusChange[];

  /** A notification for this threshold (days before the deadline; 0: expiry) was shown. */
  recordNotified(sha256: string, thresholdDays: number, at: Date): void;
  notifiedThresholds(sha256: string): number[];
  /** The user saw the notification for this threshold (days before the deadline). */
  acknowledge(sha256: string, thresholdDays: number, at: Date): void;
  acknowledgedThresholds(sha256: string): number[];
  /** No notification for this certificate before `until`; null lifts the snooze. */
  snooze(sha256: string, until: Date | null): void;
  snoozedUntil(sha256: string): Date | null;
  /** Every certificate's notified thresholds, in one read. */
  notifiedByCertificate(): Map<string, number[]>;
  /** Every certificate's last recorded status, in one read. */
  lastStatuses(): Map<string, CertificateStatus>;

  /** The certificate's own reminder settings; null when the global ones apply. */
  certificateDeadlines(sha256: string): CertificateDeadlines | null;
  /** Sets them (thresholds kept farthest first, no duplicates); null, or both fields null, clears. */
  setCertificateDeadlines(sha256: string, own: CertificateDeadlines | null): void;

  /**
   * The expiry watcher's check, computed in the database so that it reads no row per
   * certificate (issue 8, P5). `global` applies where a certificate has no settings of its
   * own. Only present certificates (somewhere now) count.
   *
   * `recordStatusesAt` appends the status at `now` (as `statusAt` computes it from the end
   * of validity) of each present certificate whose last recorded status differs; returns
   * how many it appended.
   *
   * `expiryCheck` finds the thresholds crossed at `now` and not notified. A threshold counts
   * as notified when it or a nearer one was: one added later, farther than what was already
   * said, stays quiet; one added nearer and already crossed is notified once.
   */
  recordStatusesAt(now: Date, global: DeadlineSettings): number;
  expiryCheck(now: Date, global: DeadlineSettings): ExpiryCheck;

  /** Keeps each record as its certificate's last check (replacing the one before). */
  recordRevocations(records: readonly RevocationRecord[]): void;
  revocationOf(sha256: string): RevocationRecord | null;
  /** The certificates whose last check found them revoked, in one read. */
  revokedCertificates(): Set<string>;
  /**
   * The certificates a revocation sweep should check at `now`: present, not expired, naming
   * a CRL, and never checked, or found good by a CRL now past its nextUpdate, or unknown.
   * A revoked certificate stays revoked (RFC 5280: revocation is final), so it is not read again.
   */
  revocationDue(now: Date): string[];

  scanCacheEntry(path: string): ScanCacheEntry | null;
  putScanCacheEntry(entry: ScanCacheEntry): void;
  /**
   * The files inside `folder` (its subfolders included) the cache knows, by path; the full
   * entry of one that changed is read with `scanCacheEntry`.
   */
  scanCacheUnder(folder: string): CachedFile[];
  removeScanCacheEntry(path: string): void;

  /** Keeps the check as the endpoint's last one (replacing the one before). */
  putEndpointCheck(check: EndpointCheck): void;
  endpointCheck(locator: string): EndpointCheck | null;
  /** Every endpoint's last check, by locator. */
  endpointChecks(): EndpointCheck[];

  /**
   * A number that changes whenever what the expiry watcher reads may have changed: a
   * certificate or a place added or gone, a certificate forgotten, own settings, snoozes,
   * acknowledgements, revocations. Not when a scan only saw things again.
   */
  contentRevision(): number;

  close(): void;
};
