/** PKCS#10 attributes (RFC 2986 4.1): the extension request, and everything else listed. */
import type { CsrView, ExtensionView } from '../../../shared/model/certificate.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, DerError, isUniversal, type Tlv, walk } from '../../../shared/asn1/tlv.js';
import { readOid, readString } from '../../../shared/asn1/values.js';
import { describeExtensions, type DescribedExtensions } from './extension-list.js';
import type { ExtensionFacts } from './extensions/types.js';

type AttributeView = CsrView['attributes'][number];

const EXTENSION_REQUEST = new Set(['1.2.840.113549.1.9.14', '1.3.6.1.4.1.311.2.1.14']);

const ATTRIBUTE_NAMES: Record<string, string> = {
  '1.2.840.113549.1.9.2': 'unstructuredName',
  '1.2.840.113549.1.9.7': 'challengePassword',
  '1.2.840.113549.1.9.8': 'unstructuredAddress',
  '1.2.840.113549.1.9.14': 'extensionRequest',
  '1.2.840.113549.1.9.20': 'friendlyName',
  '1.3.6.1.4.1.311.2.1.14': 'msExtensionRequest',
  '1.3.6.1.4.1.311.13.2.2': 'msEnrollmentCspProvider',
  '1.3.6.1.4.1.311.13.2.3': 'msOsVersion',
  '1.3.6.1.4.1.311.21.20': 'msRequestClientInfo',
};

/** Attributes whose values must be character strings (PKCS#9 DirectoryString and kin). */
const STRING_ATTRIBUTES = new Set([
  '1.2.840.113549.1.9.2',
  '1.2.840.113549.1.9.7',
  '1.2.840.113549.1.9.8',
  '1.2.840.113549.1.9.20',
  '1.3.6.1.4.1.311.13.2.3',
]);

export type DescribedAttributes = {
  attributes: AttributeView[];
  extensions: ExtensionView[];
  facts: ExtensionFacts;
};

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const readAttribute = (t: Tlv): { oid: string; values: Tlv[] } => {
  const c = Cursor.of(t, Univ.sequence, 'attribute');
  const oid = readOid(c.next('type'), 'attribute type');
  const set = c.next('values', Univ.set);
  c.end();
  return { oid, values: childrenOf(set) };
};

const checkValues = (oid: string, values: Tlv[]): void => {
  if (values.length === 0) throw new DerError('attribute has no value');
  for (const v of values) {
    walk(v);
    // pyca long-form-attribute: a challengePassword that is not a string is malformed.
    if (STRING_ATTRIBUTES.has(oid)) readString(v, ATTRIBUTE_NAMES[oid] ?? oid);
  }
};

const extensionRequest = (values: Tlv[]): DescribedExtensions => {
  const only = values[0];
  if (values.length !== 1 || !only || !isUniversal(only, Univ.sequence))
    throw new DerError('extensionRequest: expected one Extensions SEQUENCE');
  return describeExtensions(only);
};

/** Reads the [0] attributes; every problem stays with the attribute it belongs to. */
export const describeAttributes = (wrapper: Tlv | undefined): DescribedAttributes => {
  const out: DescribedAttributes = { attributes: [], extensions: [], facts: {} };
  if (!wrapper) return out;
  let items: Tlv[];
  try {
    items = childrenOf(wrapper);
  } catch (e) {
    out.attributes.push({ oid: '', name: null, error: message(e) });
    return out;
  }
  for (const item of items) {
    let oid = '';
    try {
      const attr = readAttribute(item);
      oid = attr.oid;
      if (EXTENSION_REQUEST.has(oid)) {
        const described = extensionRequest(attr.values);
        out.extensions.push(...described.views);
        Object.assign(out.facts, described.facts);
        continue;
      }
      checkValues(oid, attr.values);
      out.attributes.push({ oid, name: ATTRIBUTE_NAMES[oid] ?? null, error: null });
    } catch (e) {
      out.attributes.push({ oid, name: ATTRIBUTE_NAMES[oid] ?? null, error: message(e) });
    }
  }
  return out;
};
