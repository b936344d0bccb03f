/**
 * Turns an `Extensions` SEQUENCE into `ExtensionView`s plus the facts the views need.
 * One bad extension never hides the others: its problem goes into its `error`.
 */
import type { ExtensionView } from '../../../shared/model/certificate.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, DerError, describeTag, isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { readBoolean, readOctetString, readOid } from '../../../shared/asn1/values.js';
import {
  certificateExtension,
  derivedOnce,
  isSharedExtension,
  readExtensionValue,
  type ParsedCertificate,
  type ReadingOf,
  type SharedExtensionOid,
} from '../certificate/index.js';
import { decoderFor } from './extensions/registry.js';
import { summarizeRaw } from './extensions/raw-summary.js';
import { sharedView } from './extensions/shared-views.js';
import type { ExtensionFacts } from './extensions/types.js';
import { extensionName } from './oid-names.js';

/** valueHex shows at most this many bytes of extnValue (the schema's 4 KiB). */
export const MAX_EXTENSION_VALUE_BYTES = 4096;

/**
 * Longest Extensions list read: real certificates carry a dozen or two, CRL entries a few.
 * A hostile one with hundreds of thousands (one repeated) made a view each, seconds of work
 * per file and a report of hundreds of megabytes (found by fuzzing, test/fuzz).
 */
export const MAX_EXTENSIONS = 256;

type Envelope = { oid: string; critical: boolean; value: Uint8Array; envelopeError: string | null };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const readEnvelope = (t: Tlv): Envelope => {
  const c = Cursor.of(t, Univ.sequence, 'extension');
  const oid = readOid(c.next('extnID'), 'extnID');
  const critTlv = c.optionalUniversal(Univ.boolean);
  const critical = critTlv ? readBoolean(critTlv, 'critical') : false;
  const value = readOctetString(c.next('extnValue'), 'extnValue');
  c.end();
  // DER omits DEFAULT values; pyca rejects an explicit FALSE (freeipa-bad-critical.pem).
  const envelopeError =
    critTlv && !critical
      ? 'critical=FALSE is encoded explicitly (DER requires the default to be omitted)'
      : null;
  return { oid, critical, value, envelopeError };
};

const valueHex = (v: Uint8Array): string =>
  toHex(v.length > MAX_EXTENSION_VALUE_BYTES ? v.subarray(0, MAX_EXTENSION_VALUE_BYTES) : v);

export type DescribedExtensions = { views: ExtensionView[]; facts: ExtensionFacts };

/** Reads a shared extension's value (`index`: its position in the list), memoised for certificates. */
type SharedRead = <O extends SharedExtensionOid>(index: number, oid: O, value: Uint8Array) => ReadingOf<O>;

const readUnshared: SharedRead = (_index, oid, value) => readExtensionValue(oid, value);

const decode = (read: SharedRead, index: number, oid: string, value: Uint8Array) =>
  isSharedExtension(oid) ? sharedView(oid, read(index, oid, value)) : decoderFor(oid)(value);

/**
 * Reads the extension list `items` (children of an Extensions SEQUENCE). `read` decodes the
 * extensions path validation also acts on: a certificate's go through its shared memo.
 */
export const describeExtensionList = (items: Tlv[], read: SharedRead = readUnshared): DescribedExtensions => {
  if (items.length > MAX_EXTENSIONS)
    throw new DerError(`extensions: ${items.length} of them; at most ${MAX_EXTENSIONS} are read`);
  const envelopes: (Envelope | { broken: string; oid: string })[] = items.map((t) => {
    try {
      return readEnvelope(t);
    } catch (e) {
      if (!(e instanceof DerError)) throw e;
      let oid = '';
      try {
        const first = childrenOf(t)[0];
        if (first) oid = readOid(first, 'extnID');
      } catch (inner) {
        if (!(inner instanceof DerError)) throw inner; // the OID itself is unreadable
      }
      return { broken: e.message, oid };
    }
  });
  const counts = new Map<string, number>();
  for (const e of envelopes) counts.set(e.oid, (counts.get(e.oid) ?? 0) + 1);
  const seen = new Set<string>();
  const facts: ExtensionFacts = {};
  const views = envelopes.map((env, index): ExtensionView => {
    if ('broken' in env) {
      return {
        oid: env.oid,
        name: extensionName(env.oid),
        critical: false,
        summary: [],
        valueHex: '',
        error: env.broken,
      };
    }
    const problems: string[] = [];
    if (env.envelopeError) problems.push(env.envelopeError);
    const count = counts.get(env.oid) ?? 1;
    // RFC 5280 4.2: an extension appears at most once (pyca two_basic_constraints).
    if (count > 1) problems.push(`duplicate extension: present ${count} times`);
    let summary: string[];
    try {
      const decoded = decode(read, index, env.oid, env.value);
      summary = decoded.summary;
      // Only the first occurrence speaks for the certificate; later duplicates are shown only.
      if (!seen.has(env.oid) && decoded.facts) Object.assign(facts, decoded.facts);
    } catch (e) {
      problems.push(errorText(e));
      // Still show what the bytes are, so the user sees why.
      summary = summarizeRaw(env.value).summary;
    }
    seen.add(env.oid);
    if (env.value.length > MAX_EXTENSION_VALUE_BYTES)
      summary.push(`(value truncated: ${env.value.length} bytes)`);
    return {
      oid: env.oid,
      name: extensionName(env.oid),
      critical: env.critical,
      summary,
      valueHex: valueHex(env.value),
      error: problems.length > 0 ? problems.join('; ') : null,
    };
  });
  return { views, facts };
};

/** Reads an `Extensions` SEQUENCE TLV. */
export const describeExtensions = (t: Tlv, read: SharedRead = readUnshared): DescribedExtensions => {
  if (!isUniversal(t, Univ.sequence))
    throw new DerError(`extensions: expected SEQUENCE, found ${describeTag(t)}`);
  return describeExtensionList(childrenOf(t), read);
};

/**
 * A certificate's extensions as views and facts. The ones path validation reads too are
 * decoded once and shared with it (certificate/extensions); the views themselves are not
 * kept on the certificate: they serve the one description that asks, and keeping them
 * held every view of a 25,000-certificate file until the file was done.
 */
export const extensionsOf = (cert: ParsedCertificate): DescribedExtensions =>
  cert.extensions
    ? describeExtensions(cert.extensions, (index, oid, value) =>
        certificateExtension(cert, index, oid, value),
      )
    : { views: [], facts: {} };

/** The facts alone, kept on the certificate: revocation and OCSP checks ask for them again. */
export const extensionFactsOf = derivedOnce(
  (cert: ParsedCertificate): ExtensionFacts => extensionsOf(cert).facts,
);
