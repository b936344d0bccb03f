/**
 * Name constraints state (RFC 5280 §6.1.2 b-c, 6.1.3 b-c, 6.1.4 g). Each CA's permitted
 * subtrees are kept as one set instead of being intersected: a name must match, for every
 * set that constrains its type, at least one subtree of that set, which is the same thing.
 */
import type { NameConstraints } from './cert-extensions.js';
import type { GeneralNameValue } from './general-names.js';
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

const within = (name: GeneralNameValue, base: GeneralNameValue): boolean => {
  if (name.type === 'dn' && base.type === 'dn') return nameWithin(name.name, base.name);
  if (name.type === 'dns' && base.type === 'dns') return dnsWithin(name.value, base.value);
  if (name.type === 'email' && base.type === 'email') return emailWithin(name.value, base.value);
  if (name.type === 'uri' && base.type === 'uri') {
    const host = uriHost(name.value);
    return host !== null && hostWithin(host, base.value);
  }
  return false;
};

const sameType = (a: GeneralNameValue, b: GeneralNameValue): boolean =>
  a.type === b.type && (a.type !== 'other' || (b.type === 'other' && a.tag === b.tag));

/** The first name the constraints reject, or null when every name is allowed. */
export const violation = (state: NameConstraintState, names: GeneralNameValue[]): GeneralNameValue | null => {
  for (const name of names) {
    if (name.type === 'other') continue; // forms we cannot compare are not constrained here
    for (const set of state.permitted) {
      const sameKind = set.filter((b) => sameType(b, name));
      if (sameKind.length > 0 && !sameKind.some((b) => within(name, b))) return name;
    }
    if (state.excluded.some((b) => sameType(b, name) && within(name, b))) return name;
  }
  return null;
};
