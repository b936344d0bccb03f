import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir as makeTempDir } from '../../../../helpers/temp-dir.js';

/** Runs a tool; stdout + stderr together (OpenSSL and NSS print on both). */
export const run = (cmd: string, args: string[]): { status: number | null; out: string } => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};

/** A fresh folder, removed when the test file ends. */
export const tempDir = (): string => makeTempDir('vigie-export-');

export const tempFile = (name: string, data: Uint8Array | string): string => {
  const path = join(tempDir(), name);
  writeFileSync(path, data);
  return path;
};

export const hasTool = (cmd: string): boolean =>
  spawnSync(cmd, ['-h'], { encoding: 'utf8' }).error === undefined;

/** Imports a PKCS#12 into a fresh NSS database; returns the certutil -L and -K listings. */
export const importIntoNss = (file: string, password: string) => {
  const db = `sql:${tempDir()}`;
  const created = run('certutil', ['-N', '-d', db, '--empty-password']);
  if (created.status !== 0) throw new Error(`certutil -N: ${created.out}`);
  const imported = run('pk12util', ['-i', file, '-d', db, '-W', password, '-K', '']);
  const certs = run('certutil', ['-L', '-d', db]);
  const keys = run('certutil', ['-K', '-d', db, '-f', '/dev/null']);
  return { imported, certs, keys };
};
