import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

/** Run openssl on a PEM text; returns stdout + stderr (openssl 3 prints verify results on stderr). */
export const opensslOn = (pem: string, args: string[], stdin?: string): string => {
  const dir = tempDir('vigie-openssl-');
  const file = join(dir, 'in.pem');
  writeFileSync(file, pem);
  return execFileSync('openssl', [...args, '-in', file], {
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(stdin === undefined ? {} : { input: stdin }),
  });
};

/** `openssl req -verify`: OpenSSL 3.0 exits 0 even on failure and says it on stderr. */
export const opensslVerifiesCsr = (pem: string): boolean => {
  const dir = tempDir('vigie-openssl-');
  const file = join(dir, 'req.pem');
  writeFileSync(file, pem);
  const run = spawnSync('openssl', ['req', '-in', file, '-verify', '-noout'], { encoding: 'utf8' });
  const said = `${run.stdout}${run.stderr}`;
  return run.status === 0 && /verify OK/i.test(said) && !/fail/i.test(said);
};

/** RFC 2253 subject with accents kept, as `openssl req -subject` prints it. */
export const csrSubject = (pem: string): string =>
  opensslOn(pem, ['req', '-noout', '-subject', '-nameopt', 'RFC2253,-esc_msb'])
    .replace(/^subject=/, '')
    .trim();
