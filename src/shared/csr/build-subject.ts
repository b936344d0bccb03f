import { getOffer } from '../catalogue/offers.js';
import { expectedProfile } from '../igc-sante/profile.js';
import type { ProductCode } from '../model/igc-sante.js';
import type { FieldError, Holder } from '../model/order.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { imposedCns } from './cn-rules.js';
import { checkFqdn } from './fqdn.js';
import { fieldError, resolveContent } from './subject-sources.js';
import type { Employer, SourceContext } from './subject-sources.js';
import type { SubjectAttribute, SubjectSpec } from './subject-spec.js';

export type SubjectOptions = {
  /** The order's projects (catalogue codes): some impose a CN (INSi: INSI-AUTO / INSI-MANU). */
  readonly projects?: readonly string[];
  /**
   * PRO only: the structure the person works in. PRO subjects are inferred (confidence L)
   * to carry the structure's O / OU / ST; the order model has no place for it yet.
   */
  readonly employer?: Employer;
};

/** Same bound as the order model's schema; checked again because input may skip it. */
export const MAX_DNS_NAMES = 50;

const HOLDER_KIND = { 'legal-person': 'structure', 'natural-person': 'person' } as const;

const sameError = (a: FieldError, b: FieldError): boolean => a.field === b.field && a.code === b.code;

const dedupe = (errors: readonly FieldError[]): FieldError[] =>
  errors.filter((e, i) => errors.findIndex((o) => sameError(o, e)) === i);

/**
 * dNSName SANs for a product whose SAN rule is 'dns': the CN first, then the extra names,
 * lower-cased, without repeats. Each bad entry is reported on its own index.
 */
const dnsNamesFor = (
  holder: Holder,
  cn: string | null,
): { names: readonly string[]; errors: readonly FieldError[] } => {
  if (holder.kind !== 'structure') return { names: [], errors: [] };
  const extra: readonly unknown[] = Array.isArray(holder.dnsNames) ? holder.dnsNames : [];
  if (extra.length > MAX_DNS_NAMES)
    return { names: [], errors: [fieldError('dnsNames', 'too-many-dns-names')] };
  const names: string[] = cn === null ? [] : [cn];
  const errors: FieldError[] = [];
  extra.forEach((raw, i) => {
    const r = checkFqdn(raw);
    if (!r.ok) errors.push(fieldError(`dnsNames.${i}`, r.error));
    else if (!names.includes(r.value)) names.push(r.value);
  });
  return { names, errors };
};

/**
 * The subject (and SANs) a CSR for `product` must carry for `holder`. The attribute list,
 * its order, its encodings and which attributes are optional come from the product's DN
 * shape in the catalogue; this function only fills and checks values. Every problem is
 * reported at once, so a form can mark all its fields in one pass.
 */
export const buildSubjectSpec = (
  product: ProductCode,
  holder: Holder,
  options: SubjectOptions = {},
): Result<SubjectSpec, FieldError[]> => {
  const profile = expectedProfile(product);
  const offer = getOffer(profile.offer);
  const expectedKind = offer === undefined ? undefined : HOLDER_KIND[offer.holderKind];
  // Nothing else can be checked sensibly against the wrong kind of holder.
  if (typeof holder !== 'object' || holder === null || holder.kind !== expectedKind) {
    return err([fieldError('kind', 'kind-mismatch')]);
  }

  const ctx: SourceContext = {
    holder,
    employer: options.employer,
    imposedCns: imposedCns(product, options.projects ?? []),
  };
  const errors: FieldError[] = [];
  const rdns: SubjectAttribute[][] = [];
  let cn: string | null = null;

  for (const rdnShape of profile.subject.rdns) {
    const rdn: SubjectAttribute[] = [];
    for (const spec of rdnShape) {
      const r = resolveContent(spec.content, ctx);
      if (r.kind === 'errors') errors.push(...r.errors);
      else if (r.kind === 'empty') {
        if (spec.required) errors.push(fieldError(r.field, r.code));
      } else {
        rdn.push({ attr: spec.attr, oid: spec.oid, value: r.value, encoding: spec.encoding });
        if (spec.attr === 'CN') cn = r.value;
      }
    }
    // An optional attribute left empty removes its RDN; an empty RDN is not valid DER.
    if (rdn.length > 0) rdns.push(rdn);
  }

  const san = profile.san.kind === 'dns' ? dnsNamesFor(holder, cn) : { names: [], errors: [] };
  errors.push(...san.errors);
  if (errors.length > 0) return err(dedupe(errors));
  return ok({ rdns, dnsNames: san.names });
};
