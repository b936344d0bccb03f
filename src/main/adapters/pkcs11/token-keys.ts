import { createPublicKey } from 'node:crypto';
import { encodeElement } from '../../../shared/asn1/encode.js';
import { Univ } from '../../../shared/asn1/tags.js';
import type { TokenError } from '../../../shared/model/token.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { NewTokenKey } from '../../ports/token-provider.js';
import { readCertificate } from '../../pki/certificate/index.js';
import { attribute, boolAttribute, findObjects } from './object-attributes.js';
import {
  CKA_ALWAYS_AUTHENTICATE,
  CKA_CERTIFICATE_TYPE,
  CKA_CLASS,
  CKA_DECRYPT,
  CKA_EXTRACTABLE,
  CKA_ID,
  CKA_ISSUER,
  CKA_LABEL,
  CKA_MODULUS,
  CKA_MODULUS_BITS,
  CKA_PRIVATE,
  CKA_PUBLIC_EXPONENT,
  CKA_SENSITIVE,
  CKA_SERIAL_NUMBER,
  CKA_SIGN,
  CKA_SUBJECT,
  CKA_TOKEN,
  CKA_VALUE,
  CKA_VERIFY,
  CKC_X_509,
  CKO_CERTIFICATE,
  CKO_PRIVATE_KEY,
  CKU_CONTEXT_SPECIFIC,
  CKM_RSA_PKCS_KEY_PAIR_GEN,
  CKM_SHA256_RSA_PKCS,
} from './pkcs11-constants.js';
import type { TokenSession } from './token-session.js';

/**
 * Key generation, signing and certificate import on a logged-in session. The private key is
 * made sensitive and not extractable and never leaves the token: only its public half is
 * read back, as the SubjectPublicKeyInfo a CSR needs.
 */

const failed = (message: string): TokenError => ({ code: 'failed', message, ckr: null });

/** A CKA_ID as the port gives it: hex, 1 to 64 bytes. */
const idBytes = (hex: string): Buffer | null =>
  /^(?:[0-9a-fA-F]{2}){1,64}$/.test(hex) ? Buffer.from(hex, 'hex') : null;

const privateKeysWithId = (s: TokenSession, id: Buffer) =>
  findObjects(s.lib, s.session, [
    { type: CKA_CLASS, value: CKO_PRIVATE_KEY },
    { type: CKA_ID, value: id },
  ]);

/**
 * The SubjectPublicKeyInfo of an RSA key from its modulus and exponent. Node's key import
 * writes the DER (rsaEncryption, NULL parameters, minimal INTEGERs) and checks the values
 * on the way, so no hand-made encoder is needed (src/main/pki has none for RSA SPKI).
 */
const rsaSpki = (modulus: Buffer, exponent: Buffer): Uint8Array =>
  new Uint8Array(
    createPublicKey({
      key: { kty: 'RSA', n: modulus.toString('base64url'), e: exponent.toString('base64url') },
      format: 'jwk',
    }).export({ type: 'spki', format: 'der' }),
  );

export const generateRsaKey = (
  s: TokenSession,
  key: NewTokenKey,
): Result<{ id: string; spkiDer: Uint8Array }, TokenError> => {
  const id = idBytes(key.id);
  if (id === null) return err(failed('The key id must be 1 to 64 bytes of hex.'));
  // One key per CKA_ID: certificates pair with keys by it.
  if (privateKeysWithId(s, id).length > 0) return err(failed('The token already holds a key with this id.'));
  const common = [
    { type: CKA_TOKEN, value: true },
    { type: CKA_ID, value: id },
    { type: CKA_LABEL, value: key.label },
  ];
  const pair = s.lib.C_GenerateKeyPair(
    s.session,
    { mechanism: CKM_RSA_PKCS_KEY_PAIR_GEN },
    [
      ...common,
      { type: CKA_PRIVATE, value: false },
      { type: CKA_VERIFY, value: true },
      { type: CKA_MODULUS_BITS, value: key.bits },
      { type: CKA_PUBLIC_EXPONENT, value: Buffer.from([0x01, 0x00, 0x01]) },
    ],
    [
      ...common,
      { type: CKA_PRIVATE, value: true },
      { type: CKA_SENSITIVE, value: true },
      { type: CKA_EXTRACTABLE, value: false },
      { type: CKA_SIGN, value: true },
      { type: CKA_DECRYPT, value: false },
    ],
  );
  const modulus = attribute(s.lib, s.session, pair.publicKey, CKA_MODULUS);
  const exponent = attribute(s.lib, s.session, pair.publicKey, CKA_PUBLIC_EXPONENT);
  if (modulus === null || exponent === null) return err(failed('The token did not give the new public key.'));
  return ok({ id: id.toString('hex').toUpperCase(), spkiDer: rsaSpki(modulus, exponent) });
};

/** Room for an RSA signature up to 8192 bits; the module says how much it used. */
const SIGNATURE_ROOM = 1024;

export const signSha256Rsa = (
  s: TokenSession,
  pin: string,
  keyId: string,
  data: Uint8Array,
): Result<Uint8Array, TokenError> => {
  const id = idBytes(keyId);
  const [key] = id === null ? [] : privateKeysWithId(s, id);
  if (key === undefined)
    return err({
      code: 'key-unusable',
      message: `The token holds no private key with id ${keyId}.`,
      ckr: null,
    });
  s.lib.C_SignInit(s.session, { mechanism: CKM_SHA256_RSA_PKCS }, key);
  // A CPS card's signature key asks for the PIN again for each signature (CKA_ALWAYS_AUTHENTICATE).
  if (boolAttribute(s.lib, s.session, key, CKA_ALWAYS_AUTHENTICATE) === true)
    s.lib.C_Login(s.session, CKU_CONTEXT_SPECIFIC, pin);
  const signature = s.lib.C_Sign(s.session, Buffer.from(data), Buffer.alloc(SIGNATURE_ROOM));
  return ok(new Uint8Array(signature));
};

export const importCertificate = (
  s: TokenSession,
  cert: { der: Uint8Array; id: string; label: string },
): Result<null, TokenError> => {
  const id = idBytes(cert.id);
  if (id === null) return err(failed('The certificate id must be 1 to 64 bytes of hex.'));
  const parsed = readCertificate(cert.der);
  if (!parsed.ok) return err(failed('This is not an X.509 certificate.'));
  const value = Buffer.from(parsed.value.der);
  const existing = findObjects(s.lib, s.session, [
    { type: CKA_CLASS, value: CKO_CERTIFICATE },
    { type: CKA_VALUE, value },
  ]);
  if (existing.length > 0) return ok(null); // already there: importing twice changes nothing
  s.lib.C_CreateObject(s.session, [
    { type: CKA_CLASS, value: CKO_CERTIFICATE },
    { type: CKA_CERTIFICATE_TYPE, value: CKC_X_509 },
    { type: CKA_TOKEN, value: true },
    { type: CKA_PRIVATE, value: false },
    { type: CKA_ID, value: id },
    { type: CKA_LABEL, value: cert.label },
    { type: CKA_SUBJECT, value: Buffer.from(parsed.value.subjectDer) },
    { type: CKA_ISSUER, value: Buffer.from(parsed.value.issuerDer) },
    // CKA_SERIAL_NUMBER is the DER INTEGER, not just its content octets.
    { type: CKA_SERIAL_NUMBER, value: Buffer.from(encodeElement(0x00, Univ.integer, parsed.value.serial)) },
    { type: CKA_VALUE, value },
  ]);
  return ok(null);
};
