import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { checkSubjectText } from './text-checks.js';
import type { TextErrorCode } from './text-checks.js';

export type FqdnErrorCode =
  | TextErrorCode
  | 'fqdn-too-long'
  | 'fqdn-wildcard'
  | 'fqdn-character'
  | 'fqdn-label-empty'
  | 'fqdn-label-too-long'
  | 'fqdn-label-hyphen'
  | 'fqdn-single-label'
  | 'fqdn-numeric-tld';

/** RFC 1035: a name is at most 253 characters in its dotted text form, a label 63. */
export const MAX_FQDN_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

const LDH = /^[a-z0-9.-]+$/;
const DIGITS = /^[0-9]+$/;

/**
 * Checks a server name for a SERV certificate and returns it lower-cased (DNS is
 * case-insensitive; certificates carry it in lower case). `max` is 64 for the CN
 * (ub-common-name) and 253 for a dNSName SAN.
 *
 * Wildcards are refused: whether IGC-Santé issues SERV_SSL certificates for "*.example.fr"
 * is not known, and a CSR the platform rejects costs the user a new order.
 * Non-ASCII names must be given in their "xn--" form: converting them needs IDNA tables
 * this pure module does not carry.
 */
export const checkFqdn = (raw: unknown, max: number = MAX_FQDN_LENGTH): Result<string, FqdnErrorCode> => {
  const text = checkSubjectText(raw, Number.MAX_SAFE_INTEGER);
  if (!text.ok) return text;
  const name = text.value.toLowerCase();
  if (name.includes('*')) return err('fqdn-wildcard');
  if (!LDH.test(name)) return err('fqdn-character');
  if (name.length > max) return err(max < MAX_FQDN_LENGTH ? 'too-long' : 'fqdn-too-long');
  if (name.length > MAX_FQDN_LENGTH) return err('fqdn-too-long');
  const labels = name.split('.');
  if (labels.some((l) => l.length === 0)) return err('fqdn-label-empty');
  if (labels.length < 2) return err('fqdn-single-label');
  if (labels.some((l) => l.length > MAX_LABEL_LENGTH)) return err('fqdn-label-too-long');
  if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) return err('fqdn-label-hyphen');
  // An all-digit last label means an IP address (or a typo): not a DNS name (RFC 3696 §2).
  if (DIGITS.test(labels[labels.length - 1] ?? '')) return err('fqdn-numeric-tld');
  return ok(name);
};
