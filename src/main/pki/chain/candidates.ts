/**
 * The chain candidates of one inspection, prepared once: the file's certificates and the
 * trust store's, each parsed once and deduplicated by SHA-256, their sources, and the
 * pinned anchors grouped by environment. The trust store's half is prepared once per store
 * list and shared by every file; a file's half once per file list (the inspector passes the
 * same file array for every leaf), so 25,000 leaves share one preparation. The validation
 * engine then sees the same arrays each time and reuses its candidate index.
 */
import type { PinnedCa } from '../../../shared/igc-sante/anchors.js';
import type { ChainReport } from '../../../shared/model/chain.js';
import type { Environment } from '../../../shared/model/igc-sante.js';
import { readCertificate } from '../certificate/index.js';
import { forgetOwnCandidates } from '../validation/index.js';

export type Pinned = { der: Uint8Array; sha256: string; pin: PinnedCa };
export type AnchorGroup = { pinned: readonly Pinned[]; ders: readonly Uint8Array[] };
type Which = 'roots' | 'all' | 'other';
/** The chain model's own word for where a certificate came from. */
type Source = ChainReport['path'][number]['source'];

export type Candidates = {
  /** The file's certificates, deduplicated. */
  fileDers: readonly Uint8Array[];
  /** The trust store's certificates, deduplicated (some may also be in the file). */
  storeDers: readonly Uint8Array[];
  /** Where a candidate came from (the file wins when both hold it); undefined when unknown. */
  sourceOf: (sha256: string) => Source | undefined;
  derOf: (sha256: string) => Uint8Array | undefined;
  /** The pinned anchors of `env` (roots only / all) or of the other environment; same array each call. */
  group: (env: Environment | null, which: Which) => AnchorGroup;
};

type FindAnchor = (sha256: string) => PinnedCa | undefined;

/** One list of certificates, parsed, deduplicated, with the pinned ones found. */
type Half = { ders: Uint8Array[]; bySha: Map<string, Uint8Array>; pinned: Pinned[] };

const half = (list: readonly Uint8Array[], findAnchor: FindAnchor): Half => {
  const bySha = new Map<string, Uint8Array>();
  const ders: Uint8Array[] = [];
  const pinned: Pinned[] = [];
  for (const der of list) {
    const parsed = readCertificate(der);
    // An unreadable certificate can be in no path; the inspector reports it on its own.
    if (!parsed.ok || bySha.has(parsed.value.sha256)) continue;
    const { sha256 } = parsed.value;
    bySha.set(sha256, der);
    ders.push(der);
    const pin = findAnchor(sha256);
    if (pin) pinned.push({ der, sha256, pin });
  }
  return { ders, bySha, pinned };
};

/** `group` over a list of pinned anchors, each group built once and then the same array. */
const grouper = (pinned: readonly Pinned[]) => {
  const groups = new Map<string, AnchorGroup>();
  return (env: Environment | null, which: Which): AnchorGroup => {
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
};

type StoreHalf = Half & { group: ReturnType<typeof grouper> };

const prepare = (file: Half, store: StoreHalf): Candidates => {
  const filePinned = file.pinned.length > 0;
  return {
    fileDers: file.ders,
    storeDers: store.ders,
    sourceOf: (sha) => (file.bySha.has(sha) ? 'file' : store.bySha.has(sha) ? 'trust-store' : undefined),
    derOf: (sha) => file.bySha.get(sha) ?? store.bySha.get(sha),
    // A file carrying a pinned CA (a platform P12 with its chain) adds it to the groups; most
    // files pin nothing and share the store's groups, whose arrays the engine has indexed.
    group: filePinned
      ? grouper([...file.pinned, ...store.pinned.filter((p) => !file.bySha.has(p.sha256))])
      : store.group,
  };
};

type StoreMemo = { list: readonly Uint8Array[]; findAnchor: FindAnchor; value: StoreHalf };
type FileMemo = { list: readonly Uint8Array[]; fileLength: number; store: StoreHalf; value: Candidates };

/**
 * The last store and the last file only, held strongly: an inspection asks for one file's
 * candidates leaf after leaf, then moves on. (A WeakMap by file list would chain with the
 * parse cache's WeakMap, which V8's young-generation collector handles by keeping both.)
 */
let lastStore: StoreMemo | null = null;
let lastFile: FileMemo | null = null;
let preparations = 0;

/** Same certificates, element by element: callers may pass a fresh copy of the store list per leaf. */
const sameList = (a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean =>
  a === b || (a.length === b.length && a.every((der, i) => der === b[i]));

/** The trust store's half: prepared again only when the store list or the anchor rule changes. */
const storeHalf = (list: readonly Uint8Array[], findAnchor: FindAnchor): StoreHalf => {
  if (lastStore && lastStore.findAnchor === findAnchor && sameList(lastStore.list, list))
    return lastStore.value;
  const h = half(list, findAnchor);
  const value = { ...h, group: grouper(h.pinned) };
  lastStore = { list: [...list], findAnchor, value };
  return value;
};

/**
 * The candidates of one file, prepared once for all its leaves. Known by the file's array
 * (the same for every leaf of one inspection); the trust-store list is compared element by
 * element, since it is small and some callers copy it for each leaf.
 */
export const candidatesOf = (
  fileCertificates: readonly Uint8Array[],
  storeCertificates: readonly Uint8Array[],
  findAnchor: FindAnchor,
): Candidates => {
  const store = storeHalf(storeCertificates, findAnchor);
  const known = lastFile;
  if (
    known &&
    known.list === fileCertificates &&
    known.store === store &&
    known.fileLength === fileCertificates.length
  )
    return known.value;
  preparations++;
  const value = prepare(half(fileCertificates, findAnchor), store);
  lastFile = { list: fileCertificates, fileLength: fileCertificates.length, store, value };
  return value;
};

/**
 * Forgets the last file's candidates, and the validation index built on them: called when
 * an inspection ends, so a long-lived process does not keep the last file's certificates.
 */
export const forgetFileCandidates = (): void => {
  lastFile = null;
  forgetOwnCandidates();
};

/** How many times a file's candidates were prepared (tests: once per inspection, not per leaf). */
export const candidatePreparationCount = (): number => preparations;
