/** DER CRL → `CrlView`. */
import { ExtOid } from '../asn1/oids.js';
import type { CrlView, ExtensionView } from '../../../shared/model/certificate.js';
import type { ReadError } from '../../../shared/model/errors.js';
import { MAX_CRL_ENTRIES_SHOWN } from '../../../shared/limits.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { signatureAlgorithmRef } from './algorithm.js';
import { parseCrl } from './crl-parser.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { readTime } from '../../../shared/asn1/time.js';
import type { Tlv } from '../../../shared/asn1/tlv.js';
import { integerBytes, serialHex } from '../../../shared/asn1/values.js';
import { sha256Hex } from './hex.js';
import { decodeName } from './distinguished-name.js';
import { describeExtensions } from './extension-list.js';
import { toPem } from './pem.js';
import { precheck, toReadError } from './read-error.js';

type RevokedEntry = CrlView['revoked'][number];

/** Entry-extension problems reported at most this many times (a hostile CRL could have 10^5). */
const MAX_ENTRY_PROBLEMS = 20;

const readEntry = (t: Tlv): { entry: RevokedEntry; problems: ExtensionView[] } => {
  const c = Cursor.of(t, Univ.sequence, 'revoked entry');
  const serialNumber = serialHex(integerBytes(c.next('userCertificate'), 'revoked serial'));
  const revocationDate = readTime(c.next('revocationDate'), 'revocationDate').toISOString();
  const extTlv = c.optionalUniversal(Univ.sequence);
  c.end();
  if (!extTlv) return { entry: { serialNumber, revocationDate, reason: null }, problems: [] };
  const { views, facts } = describeExtensions(extTlv);
  // CrlView has no per-entry extension list: a broken entry extension is surfaced at CRL
  // level, named after its entry, so the sweep and the user both see it.
  const problems = views
    .filter((v) => v.error !== null)
    .map((v) => ({ ...v, name: `${v.name ?? v.oid} (entry ${serialNumber})` }));
  return { entry: { serialNumber, revocationDate, reason: facts.reason ?? null }, problems };
};

const build = (der: Uint8Array): CrlView => {
  const crl = parseCrl(der);
  const issuer = decodeName(crl.issuer);
  const { views, facts } = crl.extensions ? describeExtensions(crl.extensions) : { views: [], facts: {} };
  const revoked: RevokedEntry[] = [];
  const entryProblems: ExtensionView[] = [];
  // Only the shown entries are decoded: counting the rest is enough, and keeps a
  // 100,000-entry CRL fast.
  for (const t of crl.entries.slice(0, MAX_CRL_ENTRIES_SHOWN)) {
    const { entry, problems } = readEntry(t);
    revoked.push(entry);
    for (const p of problems) if (entryProblems.length < MAX_ENTRY_PROBLEMS) entryProblems.push(p);
  }
  return {
    issuer,
    thisUpdate: crl.thisUpdate.toISOString(),
    nextUpdate: crl.nextUpdate ? crl.nextUpdate.toISOString() : null,
    crlNumber: facts.crlNumber ?? null,
    isDelta: views.some((v) => v.oid === ExtOid.deltaCRLIndicator),
    signatureAlgorithm: signatureAlgorithmRef(crl.innerAlgorithm),
    sha256: sha256Hex(der),
    revokedCount: crl.entries.length,
    revoked,
    extensions: [...views, ...entryProblems],
    pem: toPem(der, 'X509 CRL'),
  };
};

/** Describes a DER CRL. Never throws: a CRL we cannot read is a `ReadError`. */
export const describeCrl = async (der: Uint8Array): Promise<Result<CrlView, ReadError>> => {
  const refused = precheck(der, 'CRL');
  if (refused) return err(refused);
  try {
    return ok(build(der));
  } catch (e) {
    return err(toReadError(e, 'CRL'));
  }
};
