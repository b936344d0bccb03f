import type { PinnedCa } from './anchors.js';

export type CaRange = PinnedCa['range'];
export type CaPopulation = 'ORGANISATIONS' | 'PERSONNES';

/** What an IGC-Santé CA's CN tells: environment, root or intermediate, range, population. */
export type IgcCaName = {
  readonly test: boolean;
  readonly role: 'root' | 'intermediate';
  readonly range: CaRange;
  /** Null for roots. ORGANISATIONS issues ORG/SERV (and CPE/CPA cards); PERSONNES issues PS/PRO (and CPS). */
  readonly population: CaPopulation | null;
  /** CRL short name: ACR-EL, ACI-EL-ORG, …, "-TEST" appended on TEST. */
  readonly short: string;
};

const CA_CN = /^(TEST )?AC (RACINE )?IGC-SANTE (ELEMENTAIRE|STANDARD|FORT)(?: (ORGANISATIONS|PERSONNES))?$/;
const RANGE_SHORT: Readonly<Record<CaRange, string>> = { ELEMENTAIRE: 'EL', STANDARD: 'ST', FORT: 'FO' };

/**
 * Reads a CA CN such as "TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS". Works for CAs we
 * have not pinned (e.g. the TEST STANDARD range) because the naming scheme is regular;
 * recognising a name is not trusting it — trust comes from the pinned fingerprints.
 */
export const parseIgcCaName = (cn: string): IgcCaName | null => {
  if (typeof cn !== 'string' || cn.length > 100) return null;
  const m = CA_CN.exec(cn.trim().replace(/\s+/g, ' ').toUpperCase());
  if (m === null) return null;
  const [, test, racine, rangeText, populationText] = m;
  const range = rangeText as CaRange;
  const population = (populationText ?? null) as CaPopulation | null;
  const root = racine !== undefined;
  // A root has no population and an intermediate always has one.
  if (root === (population !== null)) return null;
  const suffix = test !== undefined ? '-TEST' : '';
  const short = root
    ? `ACR-${RANGE_SHORT[range]}${suffix}`
    : `ACI-${RANGE_SHORT[range]}-${population === 'ORGANISATIONS' ? 'ORG' : 'PP'}${suffix}`;
  return { test: test !== undefined, role: root ? 'root' : 'intermediate', range, population, short };
};
