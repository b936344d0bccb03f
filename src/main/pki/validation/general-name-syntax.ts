/**
 * Whether a GeneralName is well formed for what validation does with it: the forms of RFC
 * 5280 §4.2.1.6 (names) and §4.2.1.10 (constraint bases). A malformed name under a
 * constraint of its form, and a malformed constraint, are refused rather than compared:
 * comparing them would let a crafted value slip past the constraint.
 */
import { isContiguousMask } from '../describe/general-names.js';
import type { GeneralNameValue } from './general-names.js';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** A host name in preferred name syntax (RFC 1034 §3.5, digits first allowed: RFC 1123). */
export const isHostName = (name: string): boolean => {
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((label) => LABEL.test(label));
};

/** A dNSName in a certificate: a host name, or `*.` and a host name of two labels at least. */
const isDnsName = (name: string): boolean =>
  name.startsWith('*.') ? isHostName(name.slice(2)) && name.slice(2).includes('.') : isHostName(name);

/**
 * A dNSName constraint: a host name (it and every name under it), or empty (all). A leading
 * dot is the URI and rfc822Name form, not the dNSName one (RFC 5280 §4.2.1.10): refused.
 */
const isDnsBase = (base: string): boolean => base === '' || isHostName(base);

/** local-part@host: the local part printable, no space, no second @ (RFC 5321's dot-atom in practice). */
const isMailbox = (value: string): boolean => {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  return /^[\x21-\x7e]+$/.test(local) && !local.includes('@') && isHostName(value.slice(at + 1));
};

/** An rfc822Name constraint: a mailbox, a host, or `.domain` (every host under it). */
const isEmailBase = (base: string): boolean =>
  base.includes('@') ? isMailbox(base) : isHostName(base.startsWith('.') ? base.slice(1) : base);

/** A URI constraint: a host or `.domain`, never a URI. */
const isUriBase = (base: string): boolean => isHostName(base.startsWith('.') ? base.slice(1) : base);

/** A name as a certificate carries it (subjectAltName). */
export const isWellFormedName = (name: GeneralNameValue): boolean => {
  switch (name.type) {
    case 'dns':
      return isDnsName(name.value);
    case 'email':
      return isMailbox(name.value);
    case 'ip':
      return name.bytes.length === 4 || name.bytes.length === 16;
    case 'uri':
      return /^[a-z][a-z0-9+.-]*:/i.test(name.value);
    default:
      return true;
  }
};

/** A constraint's base (nameConstraints). */
export const isWellFormedBase = (base: GeneralNameValue): boolean => {
  switch (base.type) {
    case 'dns':
      return isDnsBase(base.value);
    case 'email':
      return isEmailBase(base.value);
    case 'uri':
      return isUriBase(base.value);
    case 'ip': {
      const half = base.bytes.length / 2;
      return (half === 4 || half === 16) && isContiguousMask(base.bytes.subarray(half));
    }
    default:
      return true;
  }
};
