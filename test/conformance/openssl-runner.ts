/**
 * OpenSSL's answer on the same cases, from `openssl verify` as a user would run it: strict
 * X.509 checks, intermediates in the trust file acting as anchors (-partial_chain, as every
 * other path builder does), 112-bit security level, and the same peer, purpose, depth, time
 * and CRLs Vigie is given. Null when OpenSSL is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LimboCase } from './limbo-cases.js';
import type { Answer } from './outcome.js';

export const opensslVersion = (): string | null => {
  try {
    return execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};

export type OpensslCase = {
  /** PEM texts. */
  trusted: string[];
  untrusted: string[];
  crls: string[];
  leaf: string;
  at: Date | null;
  args: string[];
};

/** Runs one verification in a temp folder of its own, removed afterwards. */
export const runOpenssl = (c: OpensslCase): { answer: Answer; reason: string | null; ms: number } => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-conformance-'));
  try {
    const file = (name: string, pems: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, pems.map((p) => (p.endsWith('\n') ? p : `${p}\n`)).join(''));
      return path;
    };
    const args = ['verify', ...c.args, '-CAfile', file('trusted.pem', c.trusted)];
    if (c.untrusted.length > 0) args.push('-untrusted', file('untrusted.pem', c.untrusted));
    if (c.crls.length > 0) args.push('-crl_check_all', '-CRLfile', file('crls.pem', c.crls));
    if (c.at) args.push('-attime', String(Math.floor(c.at.getTime() / 1000)));
    args.push(file('leaf.pem', [c.leaf]));
    const start = performance.now();
    const run = spawnSync('openssl', args, { encoding: 'utf8', timeout: 10_000 });
    const ms = performance.now() - start;
    if (run.error) return { answer: 'ERROR', reason: run.error.message, ms };
    const said = `${run.stdout}${run.stderr}`.trim().split('\n');
    return run.status === 0
      ? { answer: 'SUCCESS', reason: null, ms }
      : { answer: 'FAILURE', reason: said.find((l) => /error \d+/.test(l)) ?? said.at(-1) ?? null, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const PURPOSES: Readonly<Record<string, string>> = {
  serverAuth: 'sslserver',
  clientAuth: 'sslclient',
  anyExtendedKeyUsage: 'any',
};

/** A limbo testcase as upstream's OpenSSL harness sets it up, through the command line. */
export const opensslLimbo = (c: LimboCase): OpensslCase => {
  const args = ['-x509_strict', '-partial_chain', '-auth_level', '2'];
  const peer = c.peerName;
  if (peer?.kind === 'DNS') args.push('-verify_hostname', peer.value);
  else if (peer?.kind === 'IP') args.push('-verify_ip', peer.value);
  else if (peer?.kind === 'RFC822') args.push('-verify_email', peer.value);
  const [eku] = c.extendedKeyUsage;
  if (eku && PURPOSES[eku]) args.push('-purpose', PURPOSES[eku] as string);
  if (c.maxDepth !== null) args.push('-verify_depth', String(c.maxDepth));
  return { trusted: c.trusted, untrusted: c.untrusted, crls: c.crls, leaf: c.peer, at: c.at, args };
};
