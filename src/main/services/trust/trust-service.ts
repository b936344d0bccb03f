import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import type { Anchor, ImportOutcome } from '../../../shared/model/anchor.js';
import { findPinnedCa, type PinnedCa } from '../../../shared/igc-sante/anchors.js';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import type { ReadError } from '../../../shared/model/errors.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { EventSink } from '../../ports/event-sink.js';
import type { FileSystem } from '../../ports/file-system.js';
import { readFile } from '../../pki/reader/index.js';
import { isIoError } from '../../ports/io-error.js';

/** A folder (or one file) the app reads IGC-Santé CA certificates from. */
export type TrustDir = { path: string; source: string };

export type TrustedCa = { der: Uint8Array; pinned: PinnedCa; source: string };

export type TrustServiceDeps = {
  fs: FileSystem;
  /** Read-only folders (a Cryptolib CPS install, test vectors) plus the import folder. */
  dirs: readonly TrustDir[];
  /** Where imported anchors are written; also read. */
  importDir: string;
  events?: EventSink;
};

export type { ImportOutcome };

const sha256 = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();

const toAnchor = (ca: TrustedCa): Anchor => ({
  name: ca.pinned.name,
  environment: ca.pinned.environment,
  sha256: ca.pinned.sha256,
  source: ca.source,
});

/** Every certificate in a file, whatever its format; nothing when it is not one. */
const certificatesIn = async (bytes: Uint8Array, password?: string) => {
  const read = await readFile(bytes, password === undefined ? {} : { password });
  if (!read.ok) return read;
  return ok(read.value.objects.flatMap((o) => (o.type === 'certificate' ? [o.der] : [])));
};

/**
 * The local IGC-Santé trust store. Any copy of a CA certificate is accepted as long as
 * its SHA-256 matches a pinned fingerprint, so where the bytes came from (a Cryptolib
 * install, a chain file the user picked, a platform P12) does not matter.
 */
export const createTrustService = (deps: TrustServiceDeps) => {
  let cache: TrustedCa[] | null = null;

  /** A configured path may be a folder of CA files or a single chain file. */
  const filesOf = async (path: string) => {
    if (!(await deps.fs.exists(path))) return [];
    try {
      return await deps.fs.listDir(path);
    } catch (e) {
      if (!isIoError(e)) throw e;
      return [{ name: basename(path), path, isFile: true, isDirectory: false }]; // not a folder: a chain file
    }
  };

  const scanDir = async (dir: TrustDir): Promise<TrustedCa[]> => {
    const found: TrustedCa[] = [];
    for (const entry of await filesOf(dir.path)) {
      if (!entry.isFile || entry.name.startsWith('.')) continue;
      let bytes: Uint8Array;
      try {
        bytes = await deps.fs.readFile(entry.path, MAX_FILE_BYTES);
      } catch (e) {
        if (!isIoError(e)) throw e;
        continue; // unreadable or too large: not a CA certificate we can use
      }
      const certs = await certificatesIn(bytes);
      if (!certs.ok) continue;
      for (const der of certs.value) {
        const pinned = findPinnedCa(sha256(der));
        if (pinned) found.push({ der, pinned, source: dir.source });
      }
    }
    return found;
  };

  const load = async (): Promise<TrustedCa[]> => {
    if (cache) return cache;
    const all = [...deps.dirs, { path: deps.importDir, source: 'imported' }];
    const byHash = new Map<string, TrustedCa>();
    for (const dir of all) {
      for (const ca of await scanDir(dir))
        if (!byHash.has(ca.pinned.sha256)) byHash.set(ca.pinned.sha256, ca);
    }
    cache = [...byHash.values()];
    return cache;
  };

  return {
    list: load,
    async listAnchors(): Promise<Anchor[]> {
      return (await load()).map(toAnchor);
    },
    /** Keep every pinned CA certificate of a chain file (P7B, PEM, P12…) in the import folder. */
    async importChain(bytes: Uint8Array, password?: string): Promise<Result<ImportOutcome, ReadError>> {
      const certs = await certificatesIn(bytes, password);
      if (!certs.ok) return err(certs.error);
      const known = new Set((await load()).map((c) => c.pinned.sha256));
      const outcome: ImportOutcome = { added: [], alreadyKnown: 0, ignored: 0 };
      await deps.fs.ensureDir(deps.importDir);
      for (const der of certs.value) {
        const pinned = findPinnedCa(sha256(der));
        if (!pinned) outcome.ignored++;
        else if (known.has(pinned.sha256)) outcome.alreadyKnown++;
        else {
          await deps.fs.writeFileAtomic(join(deps.importDir, `${pinned.short}.cer`), der);
          known.add(pinned.sha256);
          outcome.added.push(toAnchor({ der, pinned, source: 'imported' }));
        }
      }
      if (outcome.added.length > 0) {
        cache = null;
        deps.events?.emit('trust.changed', { count: (await load()).length });
      }
      return ok(outcome);
    },
  };
};

export type TrustService = ReturnType<typeof createTrustService>;
