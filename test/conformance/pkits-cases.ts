/**
 * NIST PKITS end-entity cases from any folder laid out like test/vectors/nist-pkits (its
 * manifest.json: each end entity's trust anchor, intermediates, CRLs and stated outcome),
 * run through `vigie verify` with its defaults as a user would type it (the CRLs the case
 * names, no download), and through `openssl verify` with the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cliFileSystem } from '../../src/main/adapters/node-file-system.js';
import { runVerify } from '../../src/main/cli/verify-command.js';
import type { Answer } from './outcome.js';

/** PKITS's own validation time: inside every certificate's validity. */
export const PKITS_TIME = new Date('2020-01-01T00:00:00Z');

export type PkitsCase = {
  id: string;
  family: string;
  expected: 'SUCCESS' | 'FAILURE';
  leaf: string;
  anchor: string;
  intermediates: string[];
  crls: string[];
};

type Entry = {
  kind?: unknown;
  expect?: unknown;
  trust_anchor?: unknown;
  intermediates?: unknown;
  crls?: unknown;
  test_family?: unknown;
};

const list = (v: unknown, where: string): string[] => {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new Error(`${where}: not a list of paths`);
  return v as string[];
};

/** The cases with a stated outcome (the others depend on inputs PKITS varies). */
export const readPkits = (dir: string): PkitsCase[] => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    files?: Record<string, Entry>;
  };
  if (!manifest.files) throw new Error(`${dir}/manifest.json: no "files"`);
  return Object.entries(manifest.files).flatMap(([file, e]) => {
    if (e.kind !== 'pkits-end-entity' || (e.expect !== 'valid' && e.expect !== 'invalid')) return [];
    if (typeof e.trust_anchor !== 'string') throw new Error(`${file}: no trust_anchor`);
    return [
      {
        id: file.replace(/^certs\//, '').replace(/\.crt$/, ''),
        family: typeof e.test_family === 'string' ? e.test_family : 'pkits',
        expected: e.expect === 'valid' ? 'SUCCESS' : 'FAILURE',
        leaf: join(dir, file),
        anchor: join(dir, e.trust_anchor),
        intermediates: list(e.intermediates, `${file}.intermediates`).map((p) => join(dir, p)),
        crls: list(e.crls, `${file}.crls`).map((p) => join(dir, p)),
      } satisfies PkitsCase,
    ];
  });
};

/** `vigie verify LEAF --trust ANCHOR --untrusted … --crl … --no-fetch --at … --json`, in process. */
export const runVigiePkits = async (
  c: PkitsCase,
): Promise<{ answer: Answer; reason: string | null; ms: number }> => {
  const out: string[] = [];
  const args = [
    c.leaf,
    '--trust',
    c.anchor,
    ...c.intermediates.flatMap((p) => ['--untrusted', p]),
    ...c.crls.flatMap((p) => ['--crl', p]),
    '--no-fetch',
    '--at',
    PKITS_TIME.toISOString(),
    '--json',
  ];
  const start = performance.now();
  try {
    const code = await runVerify(
      args,
      { stdout: (s) => void out.push(s), stderr: (s) => void out.push(s), readStdin: async () => '' },
      { fs: cliFileSystem, trustStore: async () => [] },
    );
    const ms = performance.now() - start;
    const said = JSON.parse(out.join('')) as { status?: string; reason?: string | null };
    if (code === 2 || said.status === undefined) return { answer: 'ERROR', reason: out.join(' '), ms };
    return { answer: said.status === 'valid' ? 'SUCCESS' : 'FAILURE', reason: said.reason ?? null, ms };
  } catch (e) {
    return {
      answer: 'ERROR',
      reason: e instanceof Error ? e.message : String(e),
      ms: performance.now() - start,
    };
  }
};

/** DER files as PEM text, for the OpenSSL runner. */
export const pemOf = (path: string, label: 'CERTIFICATE' | 'X509 CRL'): string => {
  const b64 = readFileSync(path)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END ${label}-----\n`;
};
