import type { StructureIdType } from '../../../../shared/model/igc-sante.js';
import type { Holder, PersonHolder } from '../../../../shared/model/order.js';
import { normalizeIdInput } from '../../../../shared/identifiers/id-result.js';
import type { PlannedCertificate } from './plan.js';
import { holderKindOf, needsEmployer, takesDnsNames } from './plan.js';

/** What step 2's forms hold, as typed. Shared fields once; CN and DNS names per certificate. */
export type HolderDraft = {
  readonly legalName: string;
  readonly structureIdType: StructureIdType;
  readonly structureId: string;
  readonly departement: string | null;
  readonly personIdType: PersonHolder['personIdType'];
  readonly personId: string;
  readonly surname: string;
  readonly givenName: string;
  readonly professionCode: string | null;
  /** By PlannedCertificate.key. */
  readonly perCertificate: Readonly<Record<string, { commonName: string; dnsNames: readonly string[] }>>;
};

export const EMPTY_DRAFT: HolderDraft = {
  legalName: '',
  structureIdType: 'FINESS',
  structureId: '',
  departement: null,
  personIdType: 'RPPS',
  personId: '',
  surname: '',
  givenName: '',
  professionCode: null,
  perCertificate: {},
};

/** The CN a certificate will carry: what was typed, or the only value its service allows. */
export const commonNameOf = (draft: HolderDraft, planned: PlannedCertificate): string =>
  draft.perCertificate[planned.key]?.commonName ?? '';

/**
 * The contract's Holder for one certificate. Identifiers lose the spaces people type to
 * read them; everything else is sent as typed (trimmed), and main checks it again.
 */
export const holderFor = (draft: HolderDraft, planned: PlannedCertificate): Holder => {
  if (holderKindOf(planned.product) === 'person') {
    return {
      kind: 'person',
      personIdType: draft.personIdType,
      personId: normalizeIdInput(draft.personId),
      surname: draft.surname.trim(),
      givenName: draft.givenName.trim(),
      professionCode: draft.professionCode ?? '',
      // PRO: the structure the person works for, typed in the same structure fields.
      ...(needsEmployer(planned.product)
        ? {
            employer: {
              legalName: draft.legalName.trim(),
              structureIdType: draft.structureIdType,
              structureId: normalizeIdInput(draft.structureId),
              departement: draft.departement ?? '',
            },
          }
        : {}),
    };
  }
  const own = draft.perCertificate[planned.key];
  return {
    kind: 'structure',
    legalName: draft.legalName.trim(),
    structureIdType: draft.structureIdType,
    structureId: normalizeIdInput(draft.structureId),
    departement: draft.departement ?? '',
    commonName: (own?.commonName ?? '').trim(),
    dnsNames: takesDnsNames(planned.product)
      ? (own?.dnsNames ?? []).map((n) => n.trim()).filter(Boolean)
      : [],
  };
};
