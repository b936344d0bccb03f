/**
 * Display of the extensions decoded in certificate/extensions (shared with path validation).
 * A strict finding makes the extension an error here, exactly as the strict decoders did.
 */
import { DerError } from '../../../../shared/asn1/tlv.js';
import { serialHex } from '../../../../shared/asn1/values.js';
import { ExtOid } from '../../asn1/oids.js';
import {
  readExtensionValue,
  type Reading,
  type ReadingOf,
  type SharedExtensionOid,
  type TwoViews,
} from '../../certificate/index.js';
import { KEY_USAGE_BITS } from '../../../../shared/asn1/key-usage-bits.js';
import { generalNameText } from '../general-names.js';
import { colonHex } from '../hex.js';
import type { Decoded, ExtensionDecoder } from './types.js';

const ANY_POLICY = '2.5.29.32.0';

export { KEY_USAGE_BITS };

/** The value when strict; the first finding as the DerError the strict decoder threw. */
const strictValue = <V>({ value, findings }: Reading<V>): V => {
  const first = findings[0];
  if (first) throw new DerError(first.message);
  // No finding means the strict reading succeeded, so there is a value.
  return value as V;
};

/** Describe's own reading of a two-model value (GeneralNames as display texts). */
const shown = <A>(r: Reading<TwoViews<Decoded, A>>): Decoded => strictValue(r).shown as Decoded;

type Views = { [O in SharedExtensionOid]: (reading: ReadingOf<O>) => Decoded };

const VIEWS: Views = {
  [ExtOid.basicConstraints]: (r) => {
    const { ca, pathLen } = strictValue(r);
    const summary = [`CA: ${ca ? 'TRUE' : 'FALSE'}`];
    if (pathLen !== null) summary.push(`pathLenConstraint: ${pathLen}`);
    return { summary, facts: { basicConstraints: { isCa: ca, pathLength: pathLen } } };
  },
  [ExtOid.keyUsage]: (r) => {
    const bits = strictValue(r);
    const known = bits.filter((b) => b < KEY_USAGE_BITS.length).map((b) => KEY_USAGE_BITS[b] as string);
    const unknown = bits.filter((b) => b >= KEY_USAGE_BITS.length).map((b) => `unknown bit ${b}`);
    return { summary: [...known, ...unknown], facts: { keyUsage: known } };
  },
  [ExtOid.subjectKeyIdentifier]: (r) => ({ summary: [colonHex(strictValue(r))] }),
  [ExtOid.authorityKeyIdentifier]: (r) => {
    const { keyId, issuer, serial } = strictValue(r);
    const summary: string[] = [];
    if (keyId) summary.push(`keyid:${colonHex(keyId)}`);
    for (const n of issuer ?? []) summary.push(`issuer:${generalNameText(n)}`);
    if (serial) summary.push(`serial:${serialHex(serial)}`);
    return { summary };
  },
  [ExtOid.certificatePolicies]: (r) => {
    const infos = strictValue(r);
    const summary: string[] = [];
    for (const { oid, qualifiers } of infos) {
      summary.push(oid === ANY_POLICY ? `${oid} (anyPolicy)` : oid);
      for (const q of qualifiers) summary.push(`  ${q}`);
    }
    return { summary, facts: { policies: infos.map((i) => i.oid) } };
  },
  [ExtOid.policyMappings]: (r) => ({
    summary: strictValue(r).map((m) => `${m.issuer} → ${m.subject}`),
  }),
  [ExtOid.policyConstraints]: (r) => {
    const { requireExplicit, inhibitMapping } = strictValue(r);
    const summary: string[] = [];
    if (requireExplicit !== null) summary.push(`requireExplicitPolicy: ${requireExplicit}`);
    if (inhibitMapping !== null) summary.push(`inhibitPolicyMapping: ${inhibitMapping}`);
    return { summary };
  },
  [ExtOid.inhibitAnyPolicy]: (r) => ({ summary: [`skipCerts: ${strictValue(r)}`] }),
  [ExtOid.subjectAltName]: (r) => shown(r),
  [ExtOid.nameConstraints]: (r) => shown(r),
  [ExtOid.cRLDistributionPoints]: (r) => shown(r),
};

export const sharedView = <O extends SharedExtensionOid>(oid: O, reading: ReadingOf<O>): Decoded =>
  (VIEWS[oid] as (r: ReadingOf<O>) => Decoded)(reading);

/** The decoder of a shared extension outside a certificate (CSR, CRL, tests): no memo. */
export const sharedDecoder =
  <O extends SharedExtensionOid>(oid: O): ExtensionDecoder =>
  (value) =>
    sharedView(oid, readExtensionValue(oid, value));
