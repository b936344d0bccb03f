import { AuthenticatedSafe, PFX, type MacData } from '@peculiar/asn1-pfx';
import { Oid } from '../asn1/oids.js';
import { schemaBudget, schemaParse, type SchemaBudget } from '../asn1/schema-parse.js';
import { parseDer, parseDerExact } from '../asn1/parse-der.js';
import { contents, encoded, isContext, type Tlv } from '../../../shared/asn1/tlv.js';
import {
  childrenOf,
  readAlgorithm,
  readOctets,
  readOid,
  readUnsigned,
  sequenceOf,
} from '../asn1/elements.js';
import { hashOutputLength, type Pkcs12Hash } from '../crypto/pkcs12-kdf.js';
import {
  parseEncryptionScheme,
  parsePbkdf2,
  prfLabel,
  type EncryptionScheme,
  type Pbkdf2Params,
} from '../crypto/pbe-scheme.js';
import { checkIterations } from '../crypto/work-budget.js';
import { throwReadFailure, ReaderFailure } from '../reader/read-error.js';

/**
 * The outer layers of a PFX (RFC 7292): version, authSafe, MacData. Everything that bounds
 * later work (MAC and container iteration counts, supported schemes) is read here, before
 * a single hash is computed.
 */

export type MacSpec =
  | { kind: 'hmac'; name: string; hash: Pkcs12Hash; salt: Uint8Array; iterations: number; digest: Uint8Array }
  | {
      kind: 'pbmac1';
      name: string;
      kdf: Pbkdf2Params;
      hmac: Pkcs12Hash;
      keyLength: number;
      digest: Uint8Array;
    };

export type AuthSafeEntry =
  | { kind: 'plain'; safeContents: Uint8Array }
  | { kind: 'encrypted'; scheme: EncryptionScheme; data: Uint8Array }
  | { kind: 'unsupported'; reason: string };

export type PfxStructure = {
  /** The bytes the MAC covers: the contents of the authSafe OCTET STRING. */
  macedContent: Uint8Array;
  entries: AuthSafeEntry[];
  mac: MacSpec | null;
};

const DIGESTS: Record<string, Pkcs12Hash> = {
  [Oid.sha1]: 'sha1',
  [Oid.sha224]: 'sha224',
  [Oid.sha256]: 'sha256',
  [Oid.sha384]: 'sha384',
  [Oid.sha512]: 'sha512',
  [Oid.sha512_224]: 'sha512-224',
  [Oid.sha512_256]: 'sha512-256',
  [Oid.hmacWithSha1]: 'sha1',
  [Oid.hmacWithSha224]: 'sha224',
  [Oid.hmacWithSha256]: 'sha256',
  [Oid.hmacWithSha384]: 'sha384',
  [Oid.hmacWithSha512]: 'sha512',
};

const bytes = (b: ArrayBuffer | ArrayBufferView): Uint8Array =>
  b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

const macLabel = (h: Pkcs12Hash): string => `HMAC-${prfLabel(h)}`;

const readMac = (macData: MacData): MacSpec => {
  const oid = macData.mac.digestAlgorithm.algorithm;
  const digest = bytes(macData.mac.digest.buffer);
  if (oid === Oid.pbmac1) {
    // RFC 9579: PBMAC1-params ::= SEQUENCE { keyDerivationFunc, messageAuthScheme }
    const params = macData.mac.digestAlgorithm.parameters;
    const node =
      params instanceof ArrayBuffer
        ? parseDerExact(new Uint8Array(params), 'The PBMAC1 parameters')
        : undefined;
    const [kdfNode, macNode] = sequenceOf(node, 'The PBMAC1 parameters');
    const kdf = parsePbkdf2(readAlgorithm(kdfNode, 'The PBMAC1 key derivation'), 'The PKCS#12 MAC');
    const macOid = readAlgorithm(macNode, 'The PBMAC1 MAC algorithm').oid;
    const hmac =
      DIGESTS[macOid] ??
      throwReadFailure(
        'unsupported-algorithm',
        `The PKCS#12 MAC uses an unsupported algorithm (OID ${macOid}).`,
        {
          oid: macOid,
        },
      );
    const keyLength = kdf.keyLength ?? hashOutputLength(hmac);
    return {
      kind: 'pbmac1',
      name: `PBMAC1 ${macLabel(hmac)} / PBKDF2-${prfLabel(kdf.prf)}`,
      kdf,
      hmac,
      keyLength,
      digest,
    };
  }
  const hash =
    DIGESTS[oid] ??
    throwReadFailure('unsupported-algorithm', `The PKCS#12 MAC uses an unsupported digest (OID ${oid}).`, {
      oid,
    });
  // asn1-schema hands back INTEGERs of 4+ bytes as decimal strings.
  const iterations = Number(macData.iterations);
  checkIterations(iterations, 'The PKCS#12 integrity check (MAC)');
  return {
    kind: 'hmac',
    name: macLabel(hash),
    hash,
    salt: bytes(macData.macSalt.buffer),
    iterations,
    digest,
  };
};

/** encryptedContent [0] IMPLICIT OCTET STRING, primitive or (BER) in segments. */
const encryptedContent = (node: Tlv | undefined): Uint8Array => {
  if (!isContext(node, 0))
    return throwReadFailure('malformed', 'A PKCS#12 encrypted container has no encrypted content.');
  if (!node.constructed) return contents(node);
  return Buffer.concat(childrenOf(node).map((seg) => readOctets(seg, 'A PKCS#12 encrypted content segment')));
};

const readEntry = (contentType: string, content: Uint8Array): AuthSafeEntry => {
  if (contentType === Oid.data) {
    return {
      kind: 'plain',
      safeContents: readOctets(parseDerExact(content, 'A PKCS#12 container'), 'A PKCS#12 container'),
    };
  }
  if (contentType !== Oid.encryptedData) {
    return {
      kind: 'unsupported',
      reason: `a container of type ${contentType} (public-key encryption is not supported)`,
    };
  }
  // EncryptedData ::= SEQUENCE { version, EncryptedContentInfo { contentType, algorithm, [0] content } }
  const [version, info] = sequenceOf(
    parseDerExact(content, 'A PKCS#12 encrypted container'),
    'A PKCS#12 encrypted container',
  );
  readUnsigned(version, 'The PKCS#12 encrypted container version');
  const [innerType, algNode, contentNode] = sequenceOf(info, 'A PKCS#12 encrypted container');
  readOid(innerType, 'The PKCS#12 encrypted content type');
  const data = encryptedContent(contentNode);
  try {
    const scheme = parseEncryptionScheme(
      readAlgorithm(algNode, 'The PKCS#12 container encryption'),
      'A PKCS#12 encrypted container',
    );
    return { kind: 'encrypted', scheme, data };
  } catch (e) {
    // An unknown cipher on one container should not hide the rest of the file.
    if (e instanceof ReaderFailure && e.error.code === 'unsupported-algorithm')
      return { kind: 'unsupported', reason: e.error.message };
    throw e;
  }
};

/** `budget`: the file's ASN.1 element allowance, shared with the bag lists read afterwards. */
export const readPfxStructure = (pfxNode: Tlv, budget: SchemaBudget = schemaBudget()): PfxStructure => {
  const pfx = schemaParse(encoded(pfxNode), PFX, 'The PKCS#12 file', budget);
  // The schema fills in an empty MacData when there is none: look at the element count.
  const hasMac = sequenceOf(pfxNode, 'The PKCS#12 file').length >= 3;
  if (Number(pfx.version) !== 3)
    throwReadFailure(
      'unsupported-algorithm',
      `This PKCS#12 file has version ${String(pfx.version)}; only version 3 exists.`,
    );
  const mac = hasMac ? readMac(pfx.macData) : null;
  if (pfx.authSafe.contentType !== Oid.data) {
    throwReadFailure(
      'unsupported-algorithm',
      'This PKCS#12 file uses public-key integrity mode (signed), which is not supported.',
    );
  }
  const macedContent = readOctets(
    parseDer(new Uint8Array(pfx.authSafe.content), 'The PKCS#12 content').node,
    'The PKCS#12 content',
  );
  const authSafe = schemaParse(
    encoded(parseDerExact(macedContent, 'The PKCS#12 content')),
    AuthenticatedSafe,
    'The PKCS#12 content',
    budget,
  );
  const entries = authSafe.map((ci) => readEntry(ci.contentType, new Uint8Array(ci.content)));
  return { macedContent, entries, mac };
};
