/** One downloaded CRL: is it the issuer's, signed by it, and does it list a serial? */
import { encoded } from '../../../shared/asn1/tlv.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { parseCrl, type ParsedCrl } from '../describe/crl-parser.js';
import { decodeName } from '../describe/distinguished-name.js';
import { describeExtensions } from '../describe/extension-list.js';
import { bytesEqual } from '../describe/hex.js';
import { verifyCrlSignature } from '../describe/verify.js';
import type { IssuerInfo } from './cert-info.js';

export type CheckedCrl = {
  parsed: ParsedCrl;
  thisUpdate: Date;
  nextUpdate: Date | null;
  crlNumber: string | null;
  /** Set on a delta CRL: the number of the base CRL it applies to. */
  deltaBase: string | null;
};

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
