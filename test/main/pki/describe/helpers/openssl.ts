/** Runs the openssl CLI on DER bytes (tests only: the app itself never spawns processes). */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../../../helpers/temp-dir.js';

export const openssl = (args: string[], der?: Uint8Array): string => {
  const dir = tempDir('vigie-describe-');
  try {
    const file = path.join(dir, 'in.der');
    if (der) writeFileSync(file, der);
    return execFileSync(
      'openssl',
      args.map((a) => (a === '$IN' ? file : a.replace('$DIR', dir))),
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** `key=value` lines of openssl output (e.g. serial=…, subject=…). */
export const fields = (out: string): Record<string, string> => {
  const map: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) map[line.slice(0, i).trim()] = line.slice(i + 1);
  }
  return map;
};

export const colonless = (s: string | undefined): string => (s ?? '').replace(/:/g, '');
