/**
 * Refuses a SubjectSpec that would encode to something a CA must reject or a person could
 * be fooled by. The spec is built by our own code, but from what a person typed: the last
 * check before bytes are signed belongs next to the encoder.
 */
import { DN_OID } from '../../../shared/catalogue/oids.js';
import type { SubjectAttribute, SubjectSpec } from '../../../shared/csr/subject-spec.js';
import type { SanRule } from '../../../shared/catalogue/product-profiles.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { csrError, type CsrBuildError } from './errors.js';

/**
 * Upper bounds in characters (RFC 5280 Appendix A / X.520): ub-common-name,
 * ub-organization-name, ub-organizational-unit-name and ub-title are 64, ub-state-name 128,
 * surname and givenName are X520name (ub-name 32768); countryName is exactly two.
 */
const UPPER_BOUND: Readonly<Record<SubjectAttribute['attr'], number>> = {
  C: 2,
  ST: 128,
  O: 64,
  OU: 64,
  CN: 64,
  title: 64,
  SN: 32768,
  GN: 32768,
};

/** IGC-Santé DNs have at most seven attributes; this only stops absurd specs early. */
const MAX_ATTRIBUTES = 32;

/** X.680 §41.4 PrintableString alphabet. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

/**
 * Control (Cc: NUL, newlines…), format (Cf: bidi overrides, zero-width characters), lone
 * surrogates (which TextEncoder would silently turn into U+FFFD), private use, and line or
 * paragraph separators: none belongs in a name, and the invisible ones can make a DN read
 * differently from what it says.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/u;

/** RFC 1123 LDH labels; a leading "*" label (RFC 6125 wildcard) is left to the CA to judge. */
const DNS_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

const invalid = (message: string): Result<never, CsrBuildError> => err(csrError('invalid-subject', message));

const codePoint = (ch: string): string =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const checkAttribute = (a: SubjectAttribute): string | null => {
  if (!(a.attr in UPPER_BOUND)) return `unknown attribute ${String(a.attr)}`;
  if (a.oid !== DN_OID[a.attr]) return `${a.attr}: OID ${a.oid} is not ${DN_OID[a.attr]}`;
  const length = [...a.value].length;
  if (length === 0) return `${a.attr} is empty`;
  if (length > UPPER_BOUND[a.attr])
    return `${a.attr} is ${length} characters long; X.520 allows ${UPPER_BOUND[a.attr]}`;
  const bad = FORBIDDEN.exec(a.value);
  if (bad) return `${a.attr} contains ${codePoint(bad[0])}, a control or invisible character`;
  if (a.encoding === 'PrintableString') {
    if (!PRINTABLE.test(a.value)) {
      const ch = [...a.value].find((c) => !PRINTABLE.test(c)) ?? '';
      return `${a.attr} contains ${codePoint(ch)}, which a PrintableString cannot hold`;
    }
  } else if (a.encoding !== 'UTF8String') return `${a.attr}: unsupported encoding ${String(a.encoding)}`;
  // RFC 5280 §4.1.2.4 fixes countryName to a two-letter PrintableString.
  if (a.attr === 'C' && (a.encoding !== 'PrintableString' || length !== 2))
    return 'C must be a two-letter PrintableString';
  return null;
};

/** Messages name the entry by position: echoing hostile text back into the UI helps no one. */
const checkDnsName = (name: string, position: number): string | null => {
  if (name.length === 0 || name.length > 253) return `dNSName #${position} is ${name.length} characters long`;
  // dNSName is an IA5String: internationalised names must arrive as A-labels (xn--…).
  const labels = name.split('.');
  const valid = labels.every(
    (label, i) => DNS_LABEL.test(label) || (i === 0 && label === '*' && labels.length > 2),
  );
  return valid ? null : `dNSName #${position} is not an ASCII host name`;
};

const checkSan = (spec: SubjectSpec, san: SanRule): string | null => {
  if (san.kind !== 'dns') {
    return spec.dnsNames.length === 0 ? null : 'this product takes no dNSName subjectAltName';
  }
  const first = spec.dnsNames[0];
  if (first === undefined) return 'a server certificate needs at least one dNSName';
  for (const [i, name] of spec.dnsNames.entries()) {
    const problem = checkDnsName(name, i + 1);
    if (problem) return problem;
  }
  const cn = spec.rdns.flat().find((a) => a.attr === 'CN');
  // Observed on every SERV_SSL certificate: the first dNSName repeats the CN (H).
  if (cn?.value.toLowerCase() !== first.toLowerCase()) return 'the first dNSName must equal the CN';
  return null;
};

export const checkSubject = (spec: SubjectSpec, san: SanRule): Result<void, CsrBuildError> => {
  if (spec.rdns.length === 0) return invalid('the subject is empty');
  const count = spec.rdns.reduce((n, rdn) => n + rdn.length, 0);
  if (count > MAX_ATTRIBUTES)
    return invalid(`the subject has ${count} attributes; at most ${MAX_ATTRIBUTES}`);
  for (const rdn of spec.rdns) {
    if (rdn.length === 0) return invalid('the subject has an empty RDN');
    // X.501: the attributes of one RDN have distinct types.
    if (new Set(rdn.map((a) => a.oid)).size !== rdn.length)
      return invalid('an RDN repeats an attribute type');
    for (const a of rdn) {
      const problem = checkAttribute(a);
      if (problem) return invalid(problem);
    }
  }
  const sanProblem = checkSan(spec, san);
  return sanProblem ? invalid(sanProblem) : ok(undefined);
};
