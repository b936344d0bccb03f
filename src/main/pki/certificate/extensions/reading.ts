/**
 * What one extension decoder returns: the value both consumers use, plus what each one's
 * acceptance needs. Describe refuses a value with strict findings (it shows the first one);
 * path validation ignores findings and accepts the value, unless it has a refusal.
 */
import { DerError, parseDer, type Tlv } from '../../../../shared/asn1/tlv.js';

/** Why a value is not strict DER / RFC 5280 profile; validation reads it anyway. */
export type FindingCode =
  /** A DEFAULT value encoded explicitly (cA FALSE). */
  | 'der-default-encoded'
  | 'negative-path-length'
  | 'path-length-without-ca'
  | 'negative-skip-certs'
  /** An empty SEQUENCE OF where the profile requires at least one element. */
  | 'empty'
  /** Any other strict structural check (order, tags, qualifiers, trailing data). */
  | 'malformed';

export type Finding = { code: FindingCode; message: string };

export type Reading<V> = {
  /** null only when even the lenient reading fails (then `refusal` says why). */
  value: V | null;
  /** In the order the strict checks meet them: the first is describe's error. */
  findings: readonly Finding[];
  /** Path validation refuses the extension (its own message). */
  refusal: string | null;
};

const isDerError = (e: unknown): e is DerError => {
  if (e instanceof DerError) return true;
  throw e;
};

/**
 * The strict reading first: for well-formed DER (nearly every certificate) it is the only
 * pass. Only when it throws is the lenient reading run, so validation keeps accepting what
 * it always accepted, with its own error message when it does not.
 */
export const readStrictThenLenient = <V>(
  strict: (findings: Finding[]) => V,
  lenient: () => V,
): Reading<V> => {
  const findings: Finding[] = [];
  try {
    return { value: strict(findings), findings, refusal: null };
  } catch (e) {
    if (isDerError(e)) findings.push({ code: 'malformed', message: e.message });
  }
  try {
    return { value: lenient(), findings, refusal: null };
  } catch (e) {
    if (!isDerError(e)) throw e;
    return { value: null, findings, refusal: e.message };
  }
};

/**
 * For values describe and validation read into different models (GeneralNames: display
 * texts vs comparable names): the DER is parsed once, then each reads the same TLV.
 */
export type TwoViews<S, A> = { shown: S | null; accepted: A | null };

export const readTwoViews = <S, A>(
  value: Uint8Array,
  label: string,
  strict: (t: Tlv, findings: Finding[]) => S,
  lenient: (t: Tlv) => A,
): Reading<TwoViews<S, A>> => {
  const findings: Finding[] = [];
  let t: Tlv;
  try {
    t = parseDer(value);
  } catch (e) {
    if (!isDerError(e)) throw e;
    findings.push({ code: 'malformed', message: e.message });
    return { value: null, findings, refusal: labelledParseError(value, label, e.message) };
  }
  let shown: S | null = null;
  try {
    shown = strict(t, findings);
  } catch (e) {
    if (isDerError(e)) findings.push({ code: 'malformed', message: e.message });
  }
  try {
    return { value: { shown, accepted: lenient(t) }, findings, refusal: null };
  } catch (e) {
    if (!isDerError(e)) throw e;
    return { value: { shown, accepted: null }, findings, refusal: e.message };
  }
};

/** Validation's parse message names the value (only the trailing-bytes error differs). */
const labelledParseError = (value: Uint8Array, label: string, fallback: string): string => {
  try {
    parseDer(value, label);
    return fallback;
  } catch (e) {
    return isDerError(e) ? e.message : fallback;
  }
};
