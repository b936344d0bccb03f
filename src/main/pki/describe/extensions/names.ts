/** subjectAltName, issuerAltName, certificateIssuer and nameConstraints. */
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import { childrenOf, DerError, describeTag, parseDer, type Tlv } from '../../../../shared/asn1/tlv.js';
import { readImplicitInteger } from '../../../../shared/asn1/values.js';
import { decodeGeneralName, generalNameText, sequenceOfGeneralNames } from '../general-names.js';
import { ExtOid } from '../../asn1/oids.js';
import { sharedDecoder } from './shared-views.js';
import type { Decoded, ExtensionDecoder } from './types.js';

/** The strict reading, on the value's TLV (certificate/extensions parses it once, shared with validation). */
export const showSubjectAltName = (t: Tlv): Decoded => {
  const names = sequenceOfGeneralNames(t, 'subjectAltName');
  return { summary: names.map(generalNameText), facts: { subjectAltNames: names } };
};

export const decodeGeneralNamesExtension =
  (what: string) =>
  (value: Uint8Array): Decoded => ({
    summary: sequenceOfGeneralNames(parseDer(value), what).map(generalNameText),
  });

const subtrees = (label: string, t: Tlv): string[] => {
  if (!t.constructed) throw new DerError(`nameConstraints ${label}: must be constructed`);
  const items = childrenOf(t);
  if (items.length === 0) throw new DerError(`nameConstraints ${label}: empty`);
  return items.map((item) => {
    const c = Cursor.of(item, Univ.sequence, `nameConstraints ${label} subtree`);
    const base = decodeGeneralName(c.next('base'), { ipWithMask: true });
    const min = c.optionalContext(0);
    const max = c.optionalContext(1);
    c.end();
    let line = `${label}: ${generalNameText(base)}`;
    if (min) {
      const v = readImplicitInteger(min, 'minimum');
      if (v === 0n) throw new DerError('nameConstraints: minimum 0 must be omitted in DER');
      line += ` (min ${v})`;
    }
    if (max) line += ` (max ${readImplicitInteger(max, 'maximum')})`;
    return line;
  });
};

/** The strict reading, on the value's TLV (certificate/extensions parses it once, shared with validation). */
export const showNameConstraints = (t: Tlv): Decoded => {
  const c = Cursor.of(t, Univ.sequence, 'nameConstraints');
  const summary: string[] = [];
  const permitted = c.optionalContext(0);
  if (permitted) summary.push(...subtrees('permitted', permitted));
  const excluded = c.optionalContext(1);
  if (excluded) summary.push(...subtrees('excluded', excluded));
  const rest = c.peek();
  if (rest) throw new DerError(`nameConstraints: unexpected ${describeTag(rest)}`);
  if (summary.length === 0) throw new DerError('nameConstraints: neither permitted nor excluded subtrees');
  return { summary };
};

// Called lazily: certificate/extensions imports this file, so at load time shared-views may not be ready.
export const decodeSubjectAltName: ExtensionDecoder = (value) => sharedDecoder(ExtOid.subjectAltName)(value);
export const decodeNameConstraints: ExtensionDecoder = (value) =>
  sharedDecoder(ExtOid.nameConstraints)(value);
