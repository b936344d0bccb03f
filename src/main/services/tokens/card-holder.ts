import { DN_OID } from '../../../shared/catalogue/oids.js';
import { attrValues, personRdn } from '../../../shared/igc-sante/dn.js';
import type { CertificateView } from '../../../shared/model/certificate.js';
import type { IgcSanteInfo } from '../../../shared/model/igc-sante.js';
import type { DistinguishedName } from '../../../shared/model/names.js';
import type { CardHolder } from '../../../shared/model/token.js';
import type { TokenDataObject } from '../../ports/token-provider.js';
import { CPS_LABELS, labelKey } from './card-labels.js';
import { certificateRole, type CertificateRole } from './card-objects.js';
import { cardText, dataObjectText } from './card-text.js';

// The card's recognition in one place: which token is a CPS card (card-labels.ts), what
// each certificate is for and which key goes with it (card-objects.ts), who holds it (here).
export { CPS_LABELS, cardGeneration, isCpsToken, type CpsTokenInput } from './card-labels.js';
export {
  certificateRole,
  pairByCkaId,
  type CertificateRole,
  type Paired,
  type RoleInput,
} from './card-objects.js';
export { dataObjectText, MAX_CARD_TEXT_BYTES, MAX_CARD_TEXT_CHARS } from './card-text.js';

/** A certificate of the card as described and recognised (igc null: not an IGC-Santé one). */
export type HolderCertificate = {
  readonly certificate: Pick<CertificateView, 'subject' | 'keyUsage' | 'extendedKeyUsage'>;
  readonly igc: IgcSanteInfo | null;
  /** The certificate object's CKA_LABEL, for the role when the key usages say nothing. */
  readonly label?: string;
};

/** A card has three public data objects; a token listing hundreds is not worth reading out. */
const MAX_DATA_OBJECTS = 16;

/** "GN SN" from the person RDN (SN + CN + GN), else from the name's own SN / GN attributes. */
const personName = (dn: DistinguishedName): string | null => {
  const rdn = personRdn(dn);
  const pick = (oid: string): string | null =>
    rdn?.find((a) => a.oid === oid)?.value ?? attrValues(dn, oid)[0] ?? null;
  const parts = [pick(DN_OID.GN), pick(DN_OID.SN)].flatMap((p) => {
    const text = p === null ? null : cardText(p);
    return text === null ? [] : [text];
  });
  return parts.length === 0 ? null : cardText(parts.join(' '));
};

const ROLE_RANK: Readonly<Record<CertificateRole, number>> = {
  authentication: 0,
  signature: 1,
  encryption: 2,
};

/** IGC-Santé with a person id first, then recognised, then others; authentication before signature. */
const rank = (c: HolderCertificate): number => {
  const recognised = c.igc === null ? 2 : c.igc.personId === null ? 1 : 0;
  const role = certificateRole({ ...c.certificate, label: c.label ?? null });
  return recognised * 10 + (role === null ? 3 : ROLE_RANK[role]);
};

const namesSomeone = (c: HolderCertificate): boolean =>
  c.igc?.personId != null || personName(c.certificate.subject) !== null;

const nationalIdOf = (igc: IgcSanteInfo | null): CardHolder['nationalId'] => {
  const id = igc?.personId;
  if (id == null) return null;
  return {
    type: id.type === 'RPPS' || id.type === 'ADELI' ? id.type : 'other',
    value: id.value,
    raw: id.raw,
  };
};

const textObjects = (data: readonly TokenDataObject[]): CardHolder['dataObjects'] =>
  data.slice(0, MAX_DATA_OBJECTS).flatMap((o) => {
    const key = labelKey(o.label);
    const label = key === null ? null : cardText(o.label);
    const text = label === null ? null : dataObjectText(o.value);
    return label === null || text === null ? [] : [{ label, text }];
  });

/**
 * Who holds the card, from its certificates and public data objects. The holder's
 * certificate is the best-ranked one that names a person; the other certificates fill a
 * field it lacks only when they name the same person (same idNat_PS), so two people's
 * certificates on one token never make one holder.
 * - name: given name and surname read from the name's attributes (the person RDN of a PS
 *   certificate), else the text of CPS_NAME_PS when it is readable;
 * - nationalId, profession, card type: from the certificates' IGC-Santé recognition;
 * - dataObjects: the public data objects whose value is readable text (card-text.ts), with
 *   their label, at most 16.
 */
export const cardHolder = (
  certificates: readonly HolderCertificate[],
  data: readonly TokenDataObject[],
): CardHolder => {
  const ranked = certificates
    .filter(namesSomeone)
    .map((c) => ({ c, r: rank(c) }))
    .sort((a, b) => a.r - b.r)
    .map(({ c }) => c);
  const holder = ranked[0];
  const personKey = (c: HolderCertificate) => c.igc?.personId?.raw ?? null;
  const same =
    holder === undefined
      ? []
      : ranked.filter((c) =>
          personKey(holder) === null ? c === holder : personKey(c) === personKey(holder),
        );
  const first = <T>(f: (c: HolderCertificate) => T | null | undefined): T | null => {
    for (const c of same) {
      const v = f(c);
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  const nameObject = data.find((o) => labelKey(o.label) === labelKey(CPS_LABELS.namePs));
  return {
    name: first((c) => personName(c.certificate.subject)) ?? dataObjectText(nameObject?.value ?? null),
    nationalId: first((c) => nationalIdOf(c.igc)),
    profession: first((c) => c.igc?.profession),
    cardType: first((c) => c.igc?.cardType),
    dataObjects: textObjects(data),
  };
};
