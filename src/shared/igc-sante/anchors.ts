import type { Environment } from '../model/igc-sante.js';

export type PinnedCa = {
  name: string;
  short: string;
  environment: Environment;
  role: 'root' | 'intermediate';
  range: 'ELEMENTAIRE' | 'STANDARD' | 'FORT';
  /** SHA-256 of the certificate DER: upper-case hex, no colons. */
  sha256: string;
};

/**
 * Fingerprints are facts: a certificate file is trusted as an IGC-Santé CA only when its
 * SHA-256 is listed here, so a look-alike certificate with the same names is not.
 * Production: the nine CAs shipped by ANS in Cryptolib CPS (all valid 2013-06-25 → 2033).
 * TEST: the three we have seen; the TEST STANDARD/FORT CAs are not pinned yet. Each entry
 * states its environment, and callers must never let one environment's anchor validate
 * the other's certificates.
 */
export const PINNED_CAS: readonly PinnedCa[] = [
  {
    name: 'AC RACINE IGC-SANTE ELEMENTAIRE',
    short: 'ACR-EL',
    environment: 'production',
    role: 'root',
    range: 'ELEMENTAIRE',
    sha256: '2D9E22CA19F777C6B745257C723ECB8DF3C35FA6F1F6EC36B83600C97346967F',
  },
  {
    name: 'AC IGC-SANTE ELEMENTAIRE ORGANISATIONS',
    short: 'ACI-EL-ORG',
    environment: 'production',
    role: 'intermediate',
    range: 'ELEMENTAIRE',
    sha256: 'D834EE5B40686B73573F60547BF6052C6D404D942A5665CDB2C0B9137B5D27B2',
  },
  {
    name: 'AC IGC-SANTE ELEMENTAIRE PERSONNES',
    short: 'ACI-EL-PP',
    environment: 'production',
    role: 'intermediate',
    range: 'ELEMENTAIRE',
    sha256: '19C1EAEAB477B6FBC233CDA3B53FBDBC3F4E9BF6CF6973E46F7DFAEF89C06C6C',
  },
  {
    name: 'AC RACINE IGC-SANTE STANDARD',
    short: 'ACR-ST',
    environment: 'production',
    role: 'root',
    range: 'STANDARD',
    sha256: '5891815E864506C662AFB32F8DE5B8DE38BFFA1AF721780B69E19A0C050386C3',
  },
  {
    name: 'AC IGC-SANTE STANDARD ORGANISATIONS',
    short: 'ACI-ST-ORG',
    environment: 'production',
    role: 'intermediate',
    range: 'STANDARD',
    sha256: 'C0520A2B14FB68836A807BF86AB2B3E07D1B6061D91BC9C7B86A6F8DE4B5638E',
  },
  {
    name: 'AC IGC-SANTE STANDARD PERSONNES',
    short: 'ACI-ST-PP',
    environment: 'production',
    role: 'intermediate',
    range: 'STANDARD',
    sha256: '6C339EBCB3E1B0102B143C9694225C2A4AB2EF6FEDF7D364DA8DB305E7F7D997',
  },
  {
    name: 'AC RACINE IGC-SANTE FORT',
    short: 'ACR-FO',
    environment: 'production',
    role: 'root',
    range: 'FORT',
    sha256: '53D30A19570826BDE0C0762501F1F1C7A659F976C6C023123DF5239DF34A4EEA',
  },
  {
    name: 'AC IGC-SANTE FORT ORGANISATIONS',
    short: 'ACI-FO-ORG',
    environment: 'production',
    role: 'intermediate',
    range: 'FORT',
    sha256: '23F69674002D1DD4B018BAECD908DC92687942BB48E5140FF895E2F56BC49C0D',
  },
  {
    name: 'AC IGC-SANTE FORT PERSONNES',
    short: 'ACI-FO-PP',
    environment: 'production',
    role: 'intermediate',
    range: 'FORT',
    sha256: '38284E4F6107456E70C7439C85DA7D564D0FE1FE1A968C9EB6D43E1FC0D63C3A',
  },
  {
    name: 'TEST AC RACINE IGC-SANTE ELEMENTAIRE',
    short: 'ACR-EL-TEST',
    environment: 'test',
    role: 'root',
    range: 'ELEMENTAIRE',
    sha256: '01325AEB193871EEC90FA89556804E4185CB362E0CA87A3D79939C71186DA805',
  },
  {
    name: 'TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS',
    short: 'ACI-EL-ORG-TEST',
    environment: 'test',
    role: 'intermediate',
    range: 'ELEMENTAIRE',
    sha256: 'DC528E3788691B3F7950164076F95B02C64334C68662BDEDE5750B4E0E5338F6',
  },
  {
    name: 'TEST AC IGC-SANTE ELEMENTAIRE PERSONNES',
    short: 'ACI-EL-PP-TEST',
    environment: 'test',
    role: 'intermediate',
    range: 'ELEMENTAIRE',
    sha256: '67BE67DF1673552A6C2C110F6603309C4B68FD7B7A2BBA847EC87DC5D7C71B1F',
  },
];

const BY_SHA256: ReadonlyMap<string, PinnedCa> = new Map(PINNED_CAS.map((ca) => [ca.sha256, ca]));
const CANONICAL = /^[0-9A-F]{64}$/;

/** Looks a fingerprint up; accepts lower case and ':' / space separators (as tools print them). */
export const findPinnedCa = (sha256: string): PinnedCa | undefined => {
  if (typeof sha256 !== 'string' || sha256.length > 200) return undefined;
  // The project's own form (64 upper-case hex digits) is what chain building asks with, for
  // every certificate it meets: answered without normalising a copy.
  const exact = BY_SHA256.get(sha256);
  if (exact !== undefined || CANONICAL.test(sha256)) return exact;
  const hex = sha256.replace(/[:\s]/g, '').toUpperCase();
  return CANONICAL.test(hex) ? BY_SHA256.get(hex) : undefined;
};
