import { findPinnedCa, type PinnedCa } from '../../shared/igc-sante/anchors.js';

/**
 * The chain's anchor lookup: the pinned IGC-Santé CAs, plus DEV/TEST-only extra anchors
 * (a loopback fixture CA). Undefined without extras: the chain module's default is the pins.
 * Built from plain data so the inspection worker can rebuild the same lookup on its side.
 */
export const anchorFinder = (devAnchors: readonly PinnedCa[]) =>
  devAnchors.length > 0
    ? (sha256: string) => findPinnedCa(sha256) ?? devAnchors.find((a) => a.sha256 === sha256.toUpperCase())
    : undefined;
