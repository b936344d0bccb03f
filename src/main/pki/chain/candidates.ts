/**
 * The chain candidates of one inspection, prepared once: the file's certificates then the
 * trust store's, each parsed once and deduplicated by SHA-256, their sources, and the
 * pinned anchors grouped by environment. Kept per file list (the inspector passes the
 * same file array for every leaf), so 25,000 leaves share one preparation, and
 * the validation engine sees the same arrays each time and reuses its candidate index.
 */
import type { PinnedCa } from '../../../shared/igc-sante/anchors.js';
import type { Environment } from '../../../shared/model/igc-sante.js';
import { readCertificate } from '../certificate/index.js';

export type Pinned = { der: Uint8Array; sha256: string; pin: PinnedCa };
export type AnchorGroup = { pinned: readonly Pinned[]; ders: readonly Uint8Array[] };
type Which = 'roots' | 'all' | 'other';

export type Candidates = {
  /** Deduplicated candidate certificates, file first. */
  ders: readonly Uint8Array[];
  sources: ReadonlyMap<string, 'file' | 'trust-store'>;
  bySha: ReadonlyMap<string, Uint8Array>;
  /** The pinned anchors of `env` (roots only / all) or of the other environment; same array each call. */
  group: (env: Environment | null, which: Which) => AnchorGroup;
};

type FindAnchor = (sha256: string) => PinnedCa | undefined;

const prepare = (
  fileCertificates: readonly Uint8Array[],
  storeCertificates: readonly Uint8Array[],
  findAnchor: FindAnchor,
): Candidates => {
  const sources = new Map<string, 'file' | 'trust-store'>();
  const bySha = new Map<string, Uint8Array>();
  const ders: Uint8Array[] = [];
  const pinned: Pinned[] = [];
  for (const [list, source] of [
    [fileCertificates, 'file'],
    [storeCertificates, 'trust-store'],
  ] as const) {
    for (const der of list) {
      const parsed = readCertificate(der);
      // An unreadable certificate can be in no path; the inspector reports it on its own.
      if (!parsed.ok || sources.has(parsed.value.sha256)) continue;
      const { sha256 } = parsed.value;
      sources.set(sha256, source);
      bySha.set(sha256, der);
      ders.push(der);
      const pin = findAnchor(sha256);
      if (pin) pinned.push({ der, sha256, pin });
    }
  }
  const groups = new Map<string, AnchorGroup>();
  const group = (env: Environment | null, which: Which): AnchorGroup => {
    const key = `${env ?? '*'}|${which}`;
    const known = groups.get(key);
    if (known) return known;
    const chosen = pinned.filter((p) => {
      if (which === 'other') return env !== null && p.pin.environment !== env;
      const mine = env === null || p.pin.environment === env;
      return mine && (which === 'all' || p.pin.role === 'root');
    });
    const made = { pinned: chosen, ders: chosen.map((p) => p.der) };
    groups.set(key, made);
    return made;
  };
  return { ders, sources, bySha, group };
};

type Memo = {
  store: readonly Uint8Array[];
  fileLength: number;
  findAnchor: FindAnchor;
  value: Candidates;
};
const memos = new WeakMap<readonly Uint8Array[], Memo>();
let preparations = 0;

/** Same certificates, element by element: callers may pass a fresh copy of the store list per leaf. */
const sameList = (a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean =>
  a === b || (a.length === b.length && a.every((der, i) => der === b[i]));

/**
 * The candidates of one file, prepared once for all its leaves. Keyed by the file's array
 * (the same for every leaf of one inspection); the trust-store list is compared element by
 * element, since it is small and some callers copy it for each leaf.
 */
export const candidatesOf = (
  fileCertificates: readonly Uint8Array[],
  storeCertificates: readonly Uint8Array[],
  findAnchor: FindAnchor,
): Candidates => {
  const known = memos.get(fileCertificates);
  if (
    known &&
    known.findAnchor === findAnchor &&
    known.fileLength === fileCertificates.length &&
    sameList(known.store, storeCertificates)
  )
    return known.value;
  preparations++;
  const value = prepare(fileCertificates, storeCertificates, findAnchor);
  memos.set(fileCertificates, {
    store: [...storeCertificates],
    fileLength: fileCertificates.length,
    findAnchor,
    value,
  });
  return value;
};

/** How many times a file's candidates were prepared (tests: once per inspection, not per leaf). */
export const candidatePreparationCount = (): number => preparations;
