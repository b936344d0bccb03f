import { hash } from 'node:crypto';
import { toHex } from '../../../shared/asn1/hex.js';

/** AB:CD:… form for key identifiers, as certificate viewers print them. */
export const colonHex = (bytes: Uint8Array): string => toHex(bytes, ':');

/** Upper-case hex SHA-256, the project's fingerprint form (one-shot: no Hash object per call). */
export const sha256Hex = (bytes: Uint8Array): string => hash('sha256', bytes, 'hex').toUpperCase();
export const sha1Hex = (bytes: Uint8Array): string => hash('sha1', bytes, 'hex').toUpperCase();

export const bytesEqual = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
