import type { DnContent } from '../catalogue/dn-shapes.js';
import { getDepartement } from '../catalogue/departements.js';
import { getProfession } from '../catalogue/professions.js';
import { validateAdeli, validateRpps } from '../identifiers/rpps-adeli.js';
import { STRUCTURE_DIGIT_BY_TYPE, validateStructureNumber } from '../identifiers/structure-id.js';
import type { StructureIdType } from '../model/igc-sante.js';
import type { FieldError, Holder } from '../model/order.js';
import type { ImposedCn } from './cn-rules.js';
import { checkFqdn } from './fqdn.js';
import { fieldErrorMessage } from './messages.js';
import type { SubjectFieldErrorCode } from './messages.js';
import { checkSubjectText } from './text-checks.js';

/** The structure a PRO holder works in; PRO subjects carry its O, OU and ST (L). */
export type Employer = {
  readonly legalName: string;
  readonly structureIdType: StructureIdType;
  readonly structureId: string;
  readonly departement: string;
};

export type SourceContext = {
  readonly holder: Holder;
  readonly employer: Employer | undefined;
  readonly imposedCns: readonly ImposedCn[];
};

/**
 * What one DN content resolves to: a value, nothing typed (the caller decides whether the
 * attribute is required, and reports `code` on `field` if it is), or errors.
 */
export type Resolved =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'empty'; readonly field: string; readonly code: SubjectFieldErrorCode }
  | { readonly kind: 'errors'; readonly errors: readonly FieldError[] };

export const fieldError = (field: string, code: SubjectFieldErrorCode): FieldError => ({
  field,
  code,
  message: fieldErrorMessage(code, 'en'),
});

const value = (v: string): Resolved => ({ kind: 'value', value: v });
const fail = (field: string, code: SubjectFieldErrorCode): Resolved => ({
  kind: 'errors',
  errors: [fieldError(field, code)],
});

/** Free text; an empty value is 'empty' so optional attributes can be left out. */
const text = (raw: unknown, field: string): Resolved => {
  const r = checkSubjectText(raw);
  if (r.ok) return value(r.value);
  return r.error === 'required' ? { kind: 'empty', field, code: 'required' } : fail(field, r.error);
};

type StructureSource = { readonly fields: Employer; readonly prefix: string };

/** Structure attributes come from a structure holder, or from a person's employer (PRO). */
const structureSource = (ctx: SourceContext): StructureSource | null => {
  if (ctx.holder.kind === 'structure') return { fields: ctx.holder, prefix: '' };
  return ctx.employer === undefined ? null : { fields: ctx.employer, prefix: 'employer.' };
};

const NO_EMPLOYER: Resolved = { kind: 'empty', field: 'employer', code: 'employer-required' };

const departement = (src: StructureSource): Resolved => {
  const field = `${src.prefix}departement`;
  const raw = src.fields.departement;
  if (typeof raw !== 'string' || raw.trim().length === 0) return { kind: 'empty', field, code: 'required' };
  const d = getDepartement(raw);
  // Our own spelling, accents kept, code in parentheses: "Rhône (69)" (H).
  return d === undefined ? fail(field, 'unknown-departement') : value(`${d.name} (${d.code})`);
};

const idNatStruct = (src: StructureSource): Resolved => {
  const type = src.fields.structureIdType;
  const digit = typeof type === 'string' ? STRUCTURE_DIGIT_BY_TYPE[type] : undefined;
  if (digit === undefined) return fail(`${src.prefix}structureIdType`, 'unknown-structure-id-type');
  const check = validateStructureNumber(type, src.fields.structureId);
  // The validator's normalized form: typed spaces removed, letters upper-cased ("0b 022…").
  return check.ok
    ? value(`${digit}${check.value.value}`)
    : fail(`${src.prefix}structureId`, check.error.reason);
};

const fqdn = (raw: unknown, field: string): Resolved => {
  // 64: the FQDN is also the CN, bounded by ub-common-name.
  const r = checkFqdn(raw, 64);
  if (r.ok) return value(r.value);
  return r.error === 'required' ? { kind: 'empty', field, code: 'required' } : fail(field, r.error);
};

/** CN of a structure: free text or FQDN, then any CN a chosen project imposes (INSi). */
const commonName = (ctx: SourceContext, asFqdn: boolean): Resolved => {
  if (ctx.holder.kind !== 'structure') return fail('kind', 'kind-mismatch');
  const raw = ctx.holder.commonName;
  const checked = asFqdn ? fqdn(raw, 'commonName') : text(raw, 'commonName');
  if (checked.kind !== 'value') return checked;
  for (const { project, rule } of ctx.imposedCns) {
    if (!rule.oneOf.includes(checked.value)) {
      return fail('commonName', project === 'INSI' ? 'insi-cn' : 'cn-imposed-value');
    }
  }
  return checked;
};

const idNatPs = (ctx: SourceContext): Resolved => {
  if (ctx.holder.kind !== 'person') return fail('kind', 'kind-mismatch');
  const { personIdType, personId } = ctx.holder;
  // idNat_PS = type digit + identifier: 8 RPPS, 0 ADELI (H).
  const [digit, check] =
    personIdType === 'RPPS'
      ? ['8', validateRpps(personId)]
      : personIdType === 'ADELI'
        ? ['0', validateAdeli(personId)]
        : [null, null];
  if (digit === null || check === null) return fail('personIdType', 'unknown-person-id-type');
  return check.ok ? value(`${digit}${check.value.value}`) : fail('personId', check.error.reason);
};

const professionLabel = (ctx: SourceContext): Resolved => {
  if (ctx.holder.kind !== 'person') return fail('kind', 'kind-mismatch');
  const code = ctx.holder.professionCode;
  if (typeof code !== 'string' || code.trim().length === 0) {
    return { kind: 'empty', field: 'professionCode', code: 'required' };
  }
  const profession = getProfession(code.trim());
  // Certificates carry the French label ("Médecin"), whatever the UI language.
  return profession === undefined ? fail('professionCode', 'unknown-profession') : value(profession.label.fr);
};

/** One resolver per DN content: the DN shape (data) says which contents, in which order. */
export const resolveContent = (content: DnContent, ctx: SourceContext): Resolved => {
  switch (content) {
    case 'country-fr':
      return value('FR');
    case 'departement': {
      const src = structureSource(ctx);
      return src === null ? NO_EMPLOYER : departement(src);
    }
    case 'legal-name': {
      const src = structureSource(ctx);
      return src === null ? NO_EMPLOYER : text(src.fields.legalName, `${src.prefix}legalName`);
    }
    case 'idnat-struct': {
      const src = structureSource(ctx);
      return src === null ? NO_EMPLOYER : idNatStruct(src);
    }
    case 'service-name':
      return commonName(ctx, false);
    case 'fqdn':
      return commonName(ctx, true);
    case 'profession-label':
      return professionLabel(ctx);
    case 'surname':
      return ctx.holder.kind === 'person'
        ? text(ctx.holder.surname, 'surname')
        : fail('kind', 'kind-mismatch');
    case 'given-name':
      return ctx.holder.kind === 'person'
        ? text(ctx.holder.givenName, 'givenName')
        : fail('kind', 'kind-mismatch');
    case 'idnat-ps':
      return idNatPs(ctx);
  }
};
