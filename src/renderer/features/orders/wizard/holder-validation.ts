import type { Lang } from '../../../../shared/catalogue/localized.js';
import { buildSubjectSpec, fieldErrorMessage } from '../../../../shared/csr/index.js';
import type { SubjectSpec } from '../../../../shared/csr/subject-spec.js';
import type { IdKind, IdReason } from '../../../../shared/identifiers/id-result.js';
import { identifierErrorMessage } from '../../../../shared/identifiers/messages.js';
import type { StructureIdType } from '../../../../shared/model/igc-sante.js';
import type { FieldError } from '../../../../shared/model/order.js';
import type { HolderDraft } from './holder-draft.js';
import { holderFor } from './holder-draft.js';
import type { PlannedCertificate } from './plan.js';

/** One problem, on a form field: shared fields by name, per-certificate ones as "<key>.<field>". */
export type FieldProblem = { readonly code: string; readonly message: string };
export type HolderProblems = Readonly<Record<string, FieldProblem>>;

const ID_REASONS: readonly string[] = ['empty', 'length', 'charset', 'checksum', 'type', 'format'];
const isIdReason = (code: string): code is IdReason => ID_REASONS.includes(code);

/** A practice's ADELI or RPPS number is its own identifier kind, with its own expected shape. */
const STRUCTURE_ID_KIND: Readonly<Record<StructureIdType, IdKind>> = {
  ADELI: 'ADELI_CABINET',
  FINESS: 'FINESS',
  SIREN: 'SIREN',
  SIRET: 'SIRET',
  RPPS: 'RPPS_CABINET',
};

/** Codes that only mean "not finished typing": not worth shouting while the field has focus. */
export const INCOMPLETE_CODES: readonly string[] = ['required', 'empty', 'length'];

const PER_CERTIFICATE = /^(commonName|dnsNames)(\.|$)/;

/**
 * The form field an error belongs to. A PRO holder's employer is typed in the structure
 * fields, so "employer.legalName" lands on "legalName" (and a missing employer on it too).
 */
export const fieldKey = (planned: PlannedCertificate, field: string): string => {
  if (PER_CERTIFICATE.test(field)) return `${planned.key}.${field}`;
  if (field === 'employer') return 'legalName';
  return field.startsWith('employer.') ? field.slice('employer.'.length) : field;
};

/**
 * The sentence for one error. Identifier refusals name the identifier and what it should
 * look like ("SIRET : … Attendu : 14 chiffres"), which the generic sentence cannot.
 */
const messageFor = (error: FieldError, draft: HolderDraft, lang: Lang): string => {
  if (isIdReason(error.code)) {
    if (error.field === 'structureId' || error.field === 'employer.structureId') {
      return identifierErrorMessage(STRUCTURE_ID_KIND[draft.structureIdType], error.code, lang);
    }
    if (error.field === 'personId') return identifierErrorMessage(draft.personIdType, error.code, lang);
  }
  return fieldErrorMessage(error.code, lang);
};

export type CertificateCheck = {
  readonly planned: PlannedCertificate;
  /** The exact subject, when every field is right. */
  readonly spec: SubjectSpec | null;
  readonly errors: readonly FieldError[];
};

/** buildSubjectSpec for each certificate, with the certificate's own projects (INSi's CN rule). */
export const checkCertificates = (
  draft: HolderDraft,
  planned: readonly PlannedCertificate[],
): CertificateCheck[] =>
  planned.map((p) => {
    const holder = holderFor(draft, p);
    // Same options as main gives (orders service): the employer travels with a PRO holder.
    const employer = holder.kind === 'person' ? holder.employer : undefined;
    const result = buildSubjectSpec(p.product, holder, {
      projects: p.projects,
      ...(employer ? { employer } : {}),
    });
    return result.ok
      ? { planned: p, spec: result.value, errors: [] }
      : { planned: p, spec: null, errors: result.error };
  });

/** Errors from our checks or from main ('invalid-holder'), keyed by form field; first one wins. */
export const problemsOf = (
  checks: readonly { planned: PlannedCertificate; errors: readonly FieldError[] }[],
  draft: HolderDraft,
  lang: Lang,
): HolderProblems => {
  const problems: Record<string, FieldProblem> = {};
  for (const { planned, errors } of checks) {
    for (const error of errors) {
      const key = fieldKey(planned, error.field);
      problems[key] ??= { code: error.code, message: messageFor(error, draft, lang) };
    }
  }
  return problems;
};
