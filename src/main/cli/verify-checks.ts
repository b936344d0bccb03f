/**
 * What `vigie verify` is asked to check, from its options, and how the answer is printed:
 * every answer says what was checked (host, purpose, depth, profile, revocation mode, time),
 * so a "valid" is never read as more than it is.
 */
import { isIP } from 'node:net';
import {
  PURPOSE_USAGE,
  type PeerName,
  type Purpose,
  type RevocationMode,
  type ValidationProfile,
  type ValidationResult,
} from '../pki/validation/index.js';
import { safeDisplay, safeDisplayDeep } from '../../shared/text/safe-display.js';
import { EXIT, type CliIo } from './cli-io.js';

export type Checks = {
  peer: PeerName | null;
  purpose: Purpose;
  maxDepth: number | null;
  profile: ValidationProfile;
  /** null: chosen once the CRLs are known (see revocationMode). */
  revocation: RevocationMode | null;
};

export type ChecksInput = {
  host?: string | undefined;
  purpose?: string | undefined;
  'max-depth'?: string | undefined;
  profile?: string | undefined;
  revocation?: string | undefined;
};

const PURPOSES: readonly Purpose[] = ['server', 'client', 'email', 'sign', 'any'];
const PROFILES: readonly ValidationProfile[] = ['rfc5280', 'webpki'];
const MODES: readonly RevocationMode[] = ['require', 'prefer', 'off'];

/** A host as typed: an IP address, an email address, or a DNS name. */
export const peerOf = (host: string): PeerName =>
  isIP(host.replace(/^\[|\]$/g, '')) !== 0
    ? { kind: 'ip', value: host.replace(/^\[|\]$/g, '') }
    : host.includes('@')
      ? { kind: 'email', value: host }
      : { kind: 'dns', value: host };

/** The option's value if it is one of `allowed`; a usage message otherwise. */
const oneOf = <T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): { value: T | undefined } | { error: string } =>
  value === undefined || (allowed as readonly string[]).includes(value)
    ? { value: value as T | undefined }
    : { error: `--${option}: "${value}" is not one of ${allowed.join(', ')}` };

/** The checks asked for, or the first usage error in words. */
export const readChecks = (v: ChecksInput): { ok: true; value: Checks } | { ok: false; message: string } => {
  const purpose = oneOf(v.purpose, PURPOSES, 'purpose');
  if ('error' in purpose) return { ok: false, message: purpose.error };
  const profile = oneOf(v.profile, PROFILES, 'profile');
  if ('error' in profile) return { ok: false, message: profile.error };
  const revocation = oneOf(v.revocation, MODES, 'revocation');
  if ('error' in revocation) return { ok: false, message: revocation.error };
  const depthText = v['max-depth'];
  const maxDepth = depthText === undefined ? null : /^\d{1,3}$/.test(depthText) ? Number(depthText) : NaN;
  if (Number.isNaN(maxDepth))
    return { ok: false, message: `--max-depth: "${depthText}" is not a number from 0 to 999` };
  if (v.host !== undefined && (v.host.length === 0 || v.host.length > 253 + 64))
    return { ok: false, message: '--host: give a host name, an IP address or an email address' };
  return {
    ok: true,
    value: {
      peer: v.host === undefined ? null : peerOf(v.host),
      purpose: purpose.value ?? 'any',
      maxDepth,
      profile: profile.value ?? 'rfc5280',
      revocation: revocation.value ?? null,
    },
  };
};

/**
 * Revocation by default: required whenever there is something to check it with (CRLs given,
 * or downloads allowed), off otherwise, and then the answer says it was not checked.
 */
export const revocationMode = (checks: Checks, sources: { crls: number; fetch: boolean }): RevocationMode =>
  checks.revocation ?? (sources.crls > 0 || sources.fetch ? 'require' : 'off');

/** The validation inputs the checks stand for. */
export const validationOptions = (checks: Checks) => ({
  ...(checks.peer ? { peer: checks.peer } : {}),
  usage: PURPOSE_USAGE[checks.purpose],
  ...(checks.maxDepth === null ? {} : { maxDepth: checks.maxDepth }),
  profile: checks.profile,
});

const REVOCATION_WORDS = {
  good: 'not revoked (verified, current CRL)',
  revoked: 'REVOKED',
  'not-covered': 'not covered by any usable CRL',
  'not-checked': 'not checked',
} as const;

/** Subjects and reasons come from the certificates: escaped for display (see safe-display.ts). */
export const printResult = (
  io: CliIo,
  json: boolean,
  r: ValidationResult,
  checked: { checks: Checks; revocation: RevocationMode; at: Date },
): number => {
  const chain = r.path.map((l) => safeDisplay(l.subject));
  const reason = r.reason === null ? null : safeDisplay(r.reason);
  const { checks } = checked;
  const said = {
    host: checks.peer?.value ?? null,
    purpose: checks.purpose,
    maxDepth: checks.maxDepth,
    profile: checks.profile,
    revocation: checked.revocation,
    at: checked.at.toISOString(),
  };
  if (json)
    io.stdout(
      JSON.stringify(
        // Escaped once, here: every text in it may come from a certificate or an option.
        safeDisplayDeep({
          status: r.status,
          reason: r.reason,
          chain: r.path.map((l) => l.subject),
          checked: said,
          revocation: r.revocation,
          revocationChecked: r.revocationChecked,
        }),
        null,
        2,
      ),
    );
  else {
    io.stdout(`${r.status}${reason ? `: ${reason}` : ''}`);
    for (const [i, subject] of chain.entries())
      io.stdout(`  ${'  '.repeat(i)}${i === 0 ? '' : '↳ '}${subject}`);
    const what = [
      said.host ? `for ${safeDisplay(said.host)}` : 'for any host',
      `purpose ${said.purpose}`,
      said.maxDepth === null ? null : `at most ${said.maxDepth} intermediate CA(s)`,
      `profile ${said.profile}`,
      `revocation ${said.revocation}`,
      `at ${said.at}`,
    ].filter((x) => x !== null);
    io.stdout(`checked: ${what.join(', ')}`);
    for (const f of r.revocation)
      io.stdout(
        `revocation: ${safeDisplay(f.subject)}: ${REVOCATION_WORDS[f.status]}${f.detail && f.status === 'not-covered' ? ` (${safeDisplay(f.detail)})` : ''}`,
      );
  }
  return r.status === 'valid' ? EXIT.ok : EXIT.problem;
};
