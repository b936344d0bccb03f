/**
 * Name constraints state (RFC 5280 §6.1.2 b-c, 6.1.3 b-c, 6.1.4 g). Each CA's permitted
 * subtrees are kept as one set instead of being intersected: a name must match, for every
 * set that constrains its form, at least one subtree of that set, which is the same thing.
 * Every form is compared (directoryName, dNSName, rfc822Name, URI, iPAddress); a name of a
 * form that no rule here compares (otherName, x400…) is refused as soon as a constraint of
 * that form exists, never let through.
 */
import type { NameConstraints } from './cert-extensions.js';
import type { GeneralNameValue } from './general-names.js';
import { isWellFormedName } from './general-name-syntax.js';
import { nameWithin } from './name-key.js';

export type NameConstraintState = { permitted: GeneralNameValue[][]; excluded: GeneralNameValue[] };

export const emptyConstraints = (): NameConstraintState => ({ permitted: [], excluded: [] });

export const addConstraints = (state: NameConstraintState, nc: NameConstraints): NameConstraintState => ({
  permitted: nc.permitted ? [...state.permitted, nc.permitted] : state.permitted,
  excluded: [...state.excluded, ...nc.excluded],
});

const lower = (s: string) => s.toLowerCase();

/** dNSName: the name itself or any name with more labels on the left. */
const dnsWithin = (name: string, base: string): boolean => {
  const n = lower(name);
  const b = lower(base).replace(/^\./, '');
  return b === '' || n === b || n.endsWith(`.${b}`);
};

/**
 * A wildcard dNSName `*.X` stands for every `label.X`: it may be one of an excluded subtree's
 * names even when the literal text is not in it (the excluded `bad.X` is matched by `*.X`).
 */
const wildcardMayBeIn = (name: string, base: string): boolean => {
  if (!name.startsWith('*.')) return false;
  const parent = lower(name.slice(2));
  const b = lower(base).replace(/^\./, '');
  const dot = b.indexOf('.');
  return dot > 0 && b.slice(dot + 1) === parent;
};

/** Host names for rfc822Name and URI constraints: ".x" = any subdomain, "x" = that host. */
const hostWithin = (host: string, base: string): boolean => {
  const h = lower(host);
  const b = lower(base);
  return b.startsWith('.') ? h.endsWith(b) : h === b;
};

const emailWithin = (email: string, base: string): boolean => {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  if (base.includes('@'))
    return (
      email.slice(0, at) === base.slice(0, base.lastIndexOf('@')) &&
      lower(email.slice(at + 1)) === lower(base.slice(base.lastIndexOf('@') + 1))
    );
  return hostWithin(email.slice(at + 1), base);
};

/** The host of a URI (RFC 3986 authority without userinfo and port), null when none. */
const uriHost = (uri: string): string | null => {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(uri);
  if (!m) return null;
  const host = (m[1] ?? '').replace(/^.*@/, '').replace(/:\d*$/, '');
  return host === '' ? null : host;
};

/** An address within address/mask (same family: 4 octets against 8, 16 against 32). */
const ipWithin = (ip: Uint8Array, base: Uint8Array): boolean => {
  if (base.length !== ip.length * 2) return false;
  for (let i = 0; i < ip.length; i++) {
    const mask = base[ip.length + i] as number;
    if (((ip[i] as number) & mask) !== ((base[i] as number) & mask)) return false;
  }
  return true;
};

const within = (name: GeneralNameValue, base: GeneralNameValue): boolean => {
  if (name.type === 'dn' && base.type === 'dn') return nameWithin(name.name, base.name);
  if (name.type === 'dns' && base.type === 'dns') return dnsWithin(name.value, base.value);
  if (name.type === 'email' && base.type === 'email') return emailWithin(name.value, base.value);
  if (name.type === 'ip' && base.type === 'ip') return ipWithin(name.bytes, base.bytes);
  if (name.type === 'uri' && base.type === 'uri') {
    const host = uriHost(name.value);
    return host !== null && hostWithin(host, base.value);
  }
  return false;
};

/** In an excluded subtree: within it, or a wildcard that can stand for one of its names. */
const excludedBy = (name: GeneralNameValue, base: GeneralNameValue): boolean =>
  within(name, base) ||
  (name.type === 'dns' && base.type === 'dns' && wildcardMayBeIn(name.value, base.value));

const sameForm = (a: GeneralNameValue, b: GeneralNameValue): boolean =>
  a.type === b.type && (a.type !== 'other' || (b.type === 'other' && a.tag === b.tag));

/** Forms no rule compares: any constraint of their form refuses them. */
const uncomparable = (name: GeneralNameValue): boolean => name.type === 'othername' || name.type === 'other';

/**
 * Name × subtree comparisons allowed for one certificate: far above any real PKI (a few
 * names, a few subtrees), far below what a crafted CA with thousands of subtrees over a leaf
 * with thousands of names would make a validator do.
 */
export const MAX_CONSTRAINT_CHECKS = 65_536;

/** How many comparisons checking `names` against `state` costs. */
export const constraintWork = (state: NameConstraintState, names: readonly GeneralNameValue[]): number =>
  names.length * (state.excluded.length + state.permitted.reduce((n, set) => n + set.length, 0));

/** The first name the constraints reject, or null when every name is allowed. */
export const violation = (state: NameConstraintState, names: GeneralNameValue[]): GeneralNameValue | null => {
  for (const name of names) {
    const constrained =
      state.permitted.some((set) => set.some((b) => sameForm(b, name))) ||
      state.excluded.some((b) => sameForm(b, name));
    if (!constrained) continue;
    // A name that cannot be read for what it claims to be cannot be placed in or out of a subtree.
    if (uncomparable(name) || !isWellFormedName(name)) return name;
    for (const set of state.permitted) {
      const sameKind = set.filter((b) => sameForm(b, name));
      if (sameKind.length > 0 && !sameKind.some((b) => within(name, b))) return name;
    }
    if (state.excluded.some((b) => sameForm(b, name) && excludedBy(name, b))) return name;
  }
  return null;
};
