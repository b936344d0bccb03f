/** CRL and CRL-entry extensions: cRLNumber, deltaCRLIndicator, reasonCode, invalidityDate. */
import { Univ } from '../../../../shared/asn1/tags.js';
import { readTime } from '../../../../shared/asn1/time.js';
import { DerError, parseDer } from '../../../../shared/asn1/tlv.js';
import { readBigInt, readOid, readSmallInt } from '../../../../shared/asn1/values.js';
import type { Decoded } from './types.js';

/** CRLReason (RFC 5280 5.3.1); 7 is unassigned. */
export const REASONS: Readonly<Record<number, string>> = {
  0: 'unspecified',
  1: 'keyCompromise',
  2: 'cACompromise',
  3: 'affiliationChanged',
  4: 'superseded',
  5: 'cessationOfOperation',
  6: 'certificateHold',
  8: 'removeFromCRL',
  9: 'privilegeWithdrawn',
  10: 'aACompromise',
};

const crlNumber = (value: Uint8Array, what: string): string => {
  const n = readBigInt(parseDer(value), what);
  if (n < 0n) throw new DerError(`${what}: negative`);
  return n.toString();
};

export const decodeCrlNumber = (value: Uint8Array): Decoded => {
  const n = crlNumber(value, 'cRLNumber');
  return { summary: [n], facts: { crlNumber: n } };
};

export const decodeDeltaCrlIndicator = (value: Uint8Array): Decoded => {
  const n = crlNumber(value, 'deltaCRLIndicator');
  return { summary: [`base CRL ${n}`], facts: { deltaCrlBase: n } };
};

export const decodeReasonCode = (value: Uint8Array): Decoded => {
  const code = readSmallInt(parseDer(value), 'reasonCode', Univ.enumerated);
  const reason = REASONS[code];
  // pyca crl_unsupported_reason: an undefined code is a decoding error, not a new reason.
  if (reason === undefined) throw new DerError(`reasonCode: undefined value ${code}`);
  return { summary: [reason], facts: { reason } };
};

export const decodeInvalidityDate = (value: Uint8Array): Decoded => ({
  summary: [readTime(parseDer(value), 'invalidityDate').toISOString()],
});

export const decodeHoldInstruction = (value: Uint8Array): Decoded => ({
  summary: [readOid(parseDer(value), 'holdInstructionCode')],
});
