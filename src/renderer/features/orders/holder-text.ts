import type { Holder } from '../../../shared/model/order.js';

/** The name first (service or person), then who it belongs to with the national identifier. */
export const holderLines = (holder: Holder): { primary: string; secondary: string } =>
  holder.kind === 'structure'
    ? {
        primary: holder.commonName,
        secondary: `${holder.legalName} · ${holder.structureIdType} ${holder.structureId}`,
      }
    : {
        primary: `${holder.givenName} ${holder.surname}`,
        secondary: `${holder.personIdType} ${holder.personId}`,
      };

/** One line: "Logiciel de cabinet — CENTRE… · FINESS 0B0221636". */
export const holderText = (holder: Holder): string => {
  const { primary, secondary } = holderLines(holder);
  return `${primary} — ${secondary}`;
};
