/**
 * subjectAltName, nameConstraints and cRLDistributionPoints: made of GeneralNames, which
 * describe shows as text and validation compares as normalised names. The value is parsed
 * once; each model is read from that one TLV, with its own acceptance.
 */
import { showDistributionPoints } from '../../describe/extensions/distribution.js';
import { showNameConstraints, showSubjectAltName } from '../../describe/extensions/names.js';
import type { Decoded } from '../../describe/extensions/types.js';
import type { GeneralNameValue } from '../../validation/general-names.js';
import {
  readCrlDistributionPoints,
  readNameConstraints,
  readSubjectAltName,
  type DistributionPoint,
  type NameConstraints,
} from '../../validation/name-extensions.js';
import { readTwoViews, type Reading, type TwoViews } from './reading.js';

export const readSubjectAltNameExtension = (
  value: Uint8Array,
): Reading<TwoViews<Decoded, GeneralNameValue[]>> =>
  readTwoViews(value, 'subjectAltName', showSubjectAltName, readSubjectAltName);

export const readNameConstraintsExtension = (
  value: Uint8Array,
): Reading<TwoViews<Decoded, NameConstraints>> =>
  readTwoViews(value, 'nameConstraints', showNameConstraints, readNameConstraints);

export const readCrlDistributionPointsExtension = (
  value: Uint8Array,
): Reading<TwoViews<Decoded, DistributionPoint[]>> =>
  readTwoViews(
    value,
    'cRLDistributionPoints',
    showDistributionPoints('cRLDistributionPoints'),
    readCrlDistributionPoints,
  );
