import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import { ok, type Result } from '../../../shared/result.js';
import type { FileSystem } from '../../ports/file-system.js';
import { readFile } from '../../pki/reader/index.js';
import { exportError, type ExportError } from '../../pki/export/index.js';
import type { PemBundle, PemFile } from './pem-bundle.js';

export type SaveOptions = {
  /** Replace files already there (a renewal); otherwise an existing file stops the export. */
  readonly overwrite?: boolean;
  /** To open an encrypted key file again after writing; without it only its shape is checked. */
  readonly keyPassphrase?: string;
};

const encoder = new TextEncoder();

/** Null when the file on disk is what we meant to write and our reader opens it as such. */
const checkWritten = async (
  fs: FileSystem,
  path: string,
  file: PemFile,
  bundle: PemBundle,
  options: SaveOptions,
): Promise<string | null> => {
  const bytes = await fs.readFile(path, MAX_FILE_BYTES);
  if (Buffer.compare(Buffer.from(bytes), Buffer.from(file.content, 'utf8')) !== 0)
    return 'its content differs';
  const read = await readFile(bytes, { password: options.keyPassphrase });
  if (!read.ok) return read.error.message;
  const objects = read.value.objects;
  if (file.role !== 'key') {
    const expected = file.content.match(/-----BEGIN CERTIFICATE-----/g)?.length ?? 0;
    return objects.length === expected && objects.every((o) => o.type === 'certificate')
      ? null
      : 'it does not hold the certificates written';
  }
  const key = objects[0];
  if (objects.length !== 1 || key?.type !== 'private-key') return 'it does not hold one private key';
  // A plain key, or an encrypted one we hold the passphrase of, must open into the certificate's key.
  const mustOpen = !bundle.keyEncrypted || options.keyPassphrase !== undefined;
  if (!mustOpen) return key.key.encrypted ? null : 'the key is not encrypted';
  return !key.key.encrypted && key.key.spkiSha256 === bundle.spkiSha256
    ? null
    : 'the key does not match the certificate';
};

/**
 * Writes the bundle into `dir`, each file atomically with its mode (0600 key, 0644
 * certificates), then reads every file back from disk. Returns the paths written.
 */
export const savePemBundle = async (
  fs: FileSystem,
  dir: string,
  bundle: PemBundle,
  options: SaveOptions = {},
): Promise<Result<string[], ExportError>> => {
  const targets = bundle.files.map((file) => ({ file, path: join(dir, file.name) }));
  try {
    await fs.ensureDir(dir);
    if (!options.overwrite) {
      for (const { path } of targets)
        if (await fs.exists(path)) return exportError('file-exists', `${path} already exists.`);
    }
    for (const { file, path } of targets)
      await fs.writeFileAtomic(path, encoder.encode(file.content), file.mode);
    for (const { file, path } of targets) {
      const problem = await checkWritten(fs, path, file, bundle, options);
      if (problem !== null) return exportError('read-back-failed', `${path} was written but ${problem}.`);
    }
  } catch (e) {
    return exportError('write-failed', `The files could not be written in ${dir}: ${(e as Error).message}`);
  }
  return ok(targets.map((t) => t.path));
};
