/** One downloaded CRL: is it the issuer's, signed by it, and does it list a serial? */
import { ExtOid } from '../asn1/oids.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { readTime } from '../../../shared/asn1/time.js';
import { contents, encoded, type Tlv } from '../../../shared/asn1/tlv.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { parseCrl, type ParsedCrl } from '../describe/crl-parser.js';
import { decodeName } from '../describe/distinguished-name.js';
import { describeExtensions } from '../describe/extension-list.js';
import { decodeReasonCode } from '../describe/extensions/crl-fields.js';
import { bytesEqual } from '../describe/hex.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { objectMemo } from '../certificate/index.js';
import { verifyCrlSignature } from '../describe/verify.js';
import { extensionValue, type IssuerInfo } from './cert-info.js';

export type CheckedCrl = {
  parsed: ParsedCrl;
  thisUpdate: Date;
  nextUpdate: Date | null;
  crlNumber: string | null;
  /** Set on a delta CRL: the number of the base CRL it applies to. */
  deltaBase: string | null;
};

export type Revocation = { revokedAt: string; reason: string | null };

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Same issuer: byte-equal names, or equal once decoded (a re-encoded string type…). */
const sameName = (crl: ParsedCrl, issuer: IssuerInfo): boolean =>
  bytesEqual(encoded(crl.issuer), issuer.subjectDer) || decodeName(crl.issuer).text === issuer.subjectText;

/**
 * Parses `der` and checks it is a CRL of `issuer` with a valid signature. Freshness is the
 * caller's business (a cached CRL and a downloaded one are judged against the same clock).
 */
export const checkCrl = async (der: Uint8Array, issuer: IssuerInfo): Promise<Result<CheckedCrl, string>> => {
  let parsed: ParsedCrl;
  let facts: { crlNumber?: string; deltaCrlBase?: string };
  try {
    parsed = parseCrl(der);
    facts = parsed.extensions ? describeExtensions(parsed.extensions).facts : {};
    if (!sameName(parsed, issuer))
      return err(`CRL issued by ${decodeName(parsed.issuer).text}, not by ${issuer.subjectText}`);
  } catch (e) {
    return err(`unreadable CRL: ${errorText(e)}`);
  }
  const signature = await verifyCrlSignature(der, issuer.der);
  if (signature === null) return err('CRL signature algorithm not supported: cannot trust it');
  if (!signature) return err('CRL signature does not verify with the issuer key');
  return ok({
    parsed,
    thisUpdate: parsed.thisUpdate,
    nextUpdate: parsed.nextUpdate,
    crlNumber: facts.crlNumber ?? null,
    deltaBase: facts.deltaCrlBase ?? null,
  });
};

/** Reads one revoked entry further: when, and why. */
const revocationOf = (c: Cursor): Revocation => {
  const revokedAt = readTime(c.next('revocationDate'), 'revocationDate').toISOString();
  const ext = c.optionalUniversal(Univ.sequence) ?? null;
  const reasonValue = extensionValue(ext, ExtOid.reasonCode);
  const reason = reasonValue ? (decodeReasonCode(reasonValue).facts?.reason ?? null) : null;
  return { revokedAt, reason };
};

/**
 * Looks `serial` (INTEGER contents) up among all entries, not only the first ones
 * `describeCrl` shows. Entries are read lazily: only the matching one is decoded further.
 */
export const findSerial = (crl: ParsedCrl, serial: Uint8Array): Revocation | null => {
  for (const entry of crl.entries) {
    const c = Cursor.of(entry, Univ.sequence, 'revoked entry');
    const serialTlv = c.next('userCertificate', Univ.integer);
    if (!bytesEqual(contents(serialTlv), serial)) continue;
    return revocationOf(c);
  }
  return null;
};

/** A CRL's entries by serial, up to the first unreadable one (whose error is kept). */
type SerialIndex = { entries: Map<string, Tlv>; error: unknown };
// Keyed by the CRL's bytes object: a sweep holds one VerifiedCrl and reads its `der` again.
const indexes = objectMemo<Uint8Array, SerialIndex>();

const indexOf = (der: Uint8Array): SerialIndex => {
  let index = indexes.get(der);
  if (index) return index;
  index = { entries: new Map(), error: null };
  try {
    for (const entry of parseCrl(der).entries) {
      const c = Cursor.of(entry, Univ.sequence, 'revoked entry');
      const key = toHex(contents(c.next('userCertificate', Univ.integer)));
      if (!index.entries.has(key)) index.entries.set(key, entry); // the first entry wins, as in findSerial
    }
  } catch (e) {
    index.error = e;
  }
  indexes.set(der, index);
  return index;
};

/**
 * findSerial's answer for the CRL in `der`, from an index built once per CRL bytes: a sweep
 * of thousands of certificates against one CRL of thousands of entries reads the list once.
 * Same answers as the linear scan, a broken entry included: a serial listed before it is
 * found, any other lookup throws its error (the scan would have met it).
 */
export const findSerialInCrl = (der: Uint8Array, serial: Uint8Array): Revocation | null => {
  const { entries, error } = indexOf(der);
  const hit = entries.get(toHex(serial));
  if (hit) {
    const c = Cursor.of(hit, Univ.sequence, 'revoked entry');
    c.next('userCertificate', Univ.integer);
    return revocationOf(c);
  }
  if (error) throw error;
  return null;
};
