import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a file readable by the current user only (PKCS#12 files, password files). */
export type TempWriter = (name: string, data: Uint8Array | string) => Promise<string>;

/**
 * Runs `work` with a private temp folder (0700, files 0600) and removes the folder in all
 * cases: passwords handed to tools through files must not outlive the call.
 */
export const withTempFiles = async <T>(work: (write: TempWriter) => Promise<T>): Promise<T> => {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-ks-'));
  try {
    const write: TempWriter = async (name, data) => {
      const path = join(dir, name);
      await writeFile(path, data, { mode: 0o600, flag: 'wx' });
      return path;
    };
    return await work(write);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
