/** keyUsage (RFC 5280 4.2.1.3): the set bit numbers. */
import { parseDer } from '../../../../shared/asn1/tlv.js';
import { readBitString, setBits } from '../../../../shared/asn1/values.js';
import { readStrictThenLenient, type Reading } from './reading.js';

/** Both readings accept the same bytes; only validation's message names the value. */
const bits = (v: Uint8Array, label?: string): number[] =>
  setBits(readBitString(parseDer(v, label), 'keyUsage'));

export const readKeyUsage = (value: Uint8Array): Reading<number[]> =>
  readStrictThenLenient(
    () => bits(value),
    () => bits(value, 'keyUsage'),
  );
