import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../../helpers/temp-dir.js';

/**
 * Throwaway material made with the system OpenSSL (the reference implementation) in a temp
 * directory, so the reader is checked against files it did not write itself.
 */
export const OPENSSL = '/usr/bin/openssl';

export type Workdir = {
  dir: string;
  file: (name: string) => string;
  read: (name: string) => Uint8Array;
  openssl: (...args: string[]) => string;
  remove: () => void;
};

export const makeWorkdir = (): Workdir => {
  const dir = tempDir('vigie-reader-');
  const file = (name: string) => path.join(dir, name);
  return {
    dir,
    file,
    read: (name) => new Uint8Array(readFileSync(file(name))),
    openssl: (...args) =>
      execFileSync(OPENSSL, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};

/** SHA-256 of the SPKI of a key or certificate file, as `openssl ... -pubout` prints it. */
export const spkiSha256Of = (w: Workdir, keyFile: string): string => {
  w.openssl('pkey', '-in', keyFile, '-pubout', '-outform', 'DER', '-out', 'spki.der');
  return createHash('sha256').update(w.read('spki.der')).digest('hex').toUpperCase();
};

/**
 * A two-day self-signed certificate and its unencrypted key, written as `<prefix>cert.pem`
 * and `<prefix>key.pem` (EC P-256 unless `rsa:2048` is asked for).
 */
export const selfSigned = (
  w: Workdir,
  cn: string,
  o: { key?: 'ec' | 'rsa:2048'; prefix?: string } = {},
): void => {
  const prefix = o.prefix ?? '';
  const keyArgs =
    (o.key ?? 'ec') === 'ec'
      ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']
      : ['-newkey', 'rsa:2048'];
  w.openssl(
    'req',
    '-x509',
    ...keyArgs,
    '-nodes',
    '-keyout',
    `${prefix}key.pem`,
    '-out',
    `${prefix}cert.pem`,
    '-subj',
    `/CN=${cn}`,
    '-days',
    '2',
  );
};

export const LEGACY = ['-provider', 'legacy', '-provider', 'default'];
