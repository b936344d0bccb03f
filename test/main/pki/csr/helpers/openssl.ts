/** The openssl CLI on a CSR written to a temporary file (tests only; src never spawns). */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../../../helpers/temp-dir.js';

const withDir = <T>(run: (dir: string) => T): T => {
  const dir = tempDir('vigie-csr-');
  try {
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Runs openssl on `pem` (saved as $IN); throws with stderr when openssl fails. */
export const opensslOnPem = (args: readonly string[], pem: string): string =>
  withDir((dir) => {
    const file = path.join(dir, 'req.pem');
    writeFileSync(file, pem);
    return execFileSync(
      'openssl',
      args.map((a) => (a === '$IN' ? file : a)),
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  });

/**
 * `openssl req -verify`: what it said. OpenSSL 3.0 exits 0 even on "verify failure", so
 * callers must read the message, not the status.
 */
export const verifyReq = (pem: string): { status: number | null; output: string } =>
  withDir((dir) => {
    const file = path.join(dir, 'req.pem');
    writeFileSync(file, pem);
    const r = spawnSync('openssl', ['req', '-in', file, '-verify', '-noout'], { encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  });

/** A CSR made by `openssl req -new -subj … -utf8` with the given key, as DER. */
export const opensslMadeCsr = (privateKeyPem: string, subj: string): Uint8Array =>
  withDir((dir) => {
    const key = path.join(dir, 'key.pem');
    const out = path.join(dir, 'req.der');
    writeFileSync(key, privateKeyPem);
    execFileSync(
      'openssl',
      ['req', '-new', '-key', key, '-subj', subj, '-multivalue-rdn', '-utf8', '-outform', 'DER', '-out', out],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return new Uint8Array(readFileSync(out));
  });

export type Asn1Line = { depth: number; kind: 'cons' | 'prim'; type: string; value: string };

/** `openssl asn1parse -i` lines as records (the value is what follows the type's colon). */
export const asn1parse = (pem: string): Asn1Line[] =>
  opensslOnPem(['asn1parse', '-in', '$IN', '-i'], pem)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const m = /^\s*\d+:d=(\d+)\s+hl=\d+\s+l=\s*\d+\s+(cons|prim):(.*)$/.exec(line);
      if (!m) throw new Error(`unexpected asn1parse line: ${line}`);
      const rest = m[3] ?? '';
      const colon = rest.indexOf(':');
      const type = (colon < 0 ? rest : rest.slice(0, colon)).trim().replace(/\s+/g, ' ');
      return {
        depth: Number(m[1]),
        kind: m[2] as 'cons' | 'prim',
        type,
        value: colon < 0 ? '' : rest.slice(colon + 1),
      };
    });

/** `openssl req -text` sections: the Subject line and each requested extension's value. */
export const reqText = (pem: string): { subject: string; extensions: Map<string, string> } => {
  const out = opensslOnPem(['req', '-in', '$IN', '-text', '-noout', '-nameopt', 'RFC2253,-esc_msb'], pem);
  const lines = out.split('\n');
  const subject =
    lines
      .find((l) => l.trim().startsWith('Subject:'))
      ?.trim()
      .slice('Subject:'.length)
      .trim() ?? '';
  const extensions = new Map<string, string>();
  lines.forEach((line, i) => {
    const m = /^\s*(X509v3 [A-Za-z ]+):\s*(critical)?\s*$/.exec(line);
    if (m) extensions.set(`${m[1]}${m[2] ? ' (critical)' : ''}`, (lines[i + 1] ?? '').trim());
  });
  return { subject, extensions };
};
