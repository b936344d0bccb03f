/** Reads the files `vigie verify` is given and turns `--trust` into anchor certificates. */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../../shared/limits.js';
import type { PinnedCa } from '../../shared/igc-sante/anchors.js';
import { findPinnedCa } from '../../shared/igc-sante/anchors.js';
import { err, ok, type Result } from '../../shared/result.js';
import { readFailure, type FileSystem } from '../ports/file-system.js';
import { readFile } from '../pki/reader/index.js';

export type InputError = { code: string; message: string; file?: string };

export type FileObjects = { certificates: Uint8Array[]; crls: Uint8Array[] };

/** A trust store entry: the CA certificate and the pinned fact that makes it trusted. */
export type StoreCa = { der: Uint8Array; pinned: PinnedCa };

export const PINNED_TRUST = { 'igc-sante': 'production', 'igc-sante-test': 'test' } as const;

/** Certificates and CRLs of one file, whatever its format. */
export const readObjects = async (fs: FileSystem, file: string): Promise<Result<FileObjects, InputError>> => {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(resolve(file), MAX_FILE_BYTES);
  } catch (cause) {
    const { code, message } = readFailure(cause, MAX_FILE_BYTES);
    return err({ code, message, file });
  }
  const read = await readFile(bytes);
  if (!read.ok) return err({ code: read.error.code, message: read.error.message, file });
  const out: FileObjects = { certificates: [], crls: [] };
  for (const o of read.value.objects) {
    if (o.type === 'certificate') out.certificates.push(o.der);
    else if (o.type === 'crl') out.crls.push(o.der);
  }
  return ok(out);
};

const sha256 = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();

/**
 * The pinned CAs of one environment among the trust store and the given certificates (a
 * copy is trusted only by its fingerprint, wherever it comes from). Roots are the anchors;
 * pinned intermediates become anchors only when no root of that environment is at hand.
 */
export const pinnedAnchors = (
  environment: PinnedCa['environment'],
  store: readonly StoreCa[],
  given: readonly Uint8Array[],
): Uint8Array[] => {
  const found = new Map<string, StoreCa>();
  for (const ca of store) found.set(ca.pinned.sha256, ca);
  for (const der of given) {
    const pinned = findPinnedCa(sha256(der));
    if (pinned) found.set(pinned.sha256, { der, pinned });
  }
  const mine = [...found.values()].filter((ca) => ca.pinned.environment === environment);
  const roots = mine.filter((ca) => ca.pinned.role === 'root');
  return (roots.length > 0 ? roots : mine).map((ca) => ca.der);
};

/** An OCSP answer is small; a file much larger than one is not one. */
const MAX_OCSP_BYTES = 64 * 1024;

/** One OCSP answer (a DER OCSPResponse, as `openssl ocsp -respout` writes it). */
export const readOcspFile = async (fs: FileSystem, file: string): Promise<Result<Uint8Array, InputError>> => {
  try {
    return ok(await fs.readFile(resolve(file), MAX_OCSP_BYTES));
  } catch (cause) {
    const { code, message } = readFailure(cause, MAX_OCSP_BYTES);
    return err({ code, message, file });
  }
};
