import type {
  TokenCertificateObject,
  TokenDataObject,
  TokenKeyObject,
  TokenObjects,
} from '../../ports/token-provider.js';
import { mechanismName } from './load-pkcs11js.js';
import {
  attribute,
  bitLength,
  boolAttribute,
  findObjects,
  hexAttribute,
  textAttribute,
  ulongAttribute,
} from './object-attributes.js';
import {
  CKA_APPLICATION,
  CKA_CERTIFICATE_TYPE,
  CKA_CLASS,
  CKA_EC_PARAMS,
  CKA_EXTRACTABLE,
  CKA_ID,
  CKA_KEY_TYPE,
  CKA_LABEL,
  CKA_MODULUS,
  CKA_MODULUS_BITS,
  CKA_PRIVATE,
  CKA_SENSITIVE,
  CKA_SIGN,
  CKA_VALUE,
  CKC_X_509,
  CKK_EC,
  CKK_RSA,
  CKO_CERTIFICATE,
  CKO_DATA,
  CKO_PRIVATE_KEY,
} from './pkcs11-constants.js';
import type { TokenSession } from './token-session.js';

/**
 * What a token holds: its X.509 certificates, its private keys described by their
 * attributes only (the adapter never asks for a key's value or private exponent), its data
 * objects and the mechanisms its slot offers. Without a login this is the public part.
 */

/** A data object's value is shown up to this size (the CPS ones are a few hundred bytes). */
const MAX_DATA_VALUE = 64 * 1024;

/** DER of the named curves' OIDs (CKA_EC_PARAMS) to their sizes. */
const CURVE_BITS: Readonly<Record<string, number>> = {
  '06082a8648ce3d030107': 256, // P-256
  '06052b81040022': 384, // P-384
  '06052b81040023': 521, // P-521
};

const certificates = ({ lib, session }: TokenSession): TokenCertificateObject[] =>
  findObjects(lib, session, [
    { type: CKA_CLASS, value: CKO_CERTIFICATE },
    { type: CKA_CERTIFICATE_TYPE, value: CKC_X_509 },
  ]).flatMap((h) => {
    const der = attribute(lib, session, h, CKA_VALUE);
    if (der === null || der.length === 0) return [];
    return [
      {
        id: hexAttribute(lib, session, h, CKA_ID),
        label: textAttribute(lib, session, h, CKA_LABEL),
        der: new Uint8Array(der),
      },
    ];
  });

const privateKeys = ({ lib, session }: TokenSession): TokenKeyObject[] =>
  findObjects(lib, session, [{ type: CKA_CLASS, value: CKO_PRIVATE_KEY }]).map((h) => {
    const keyType = ulongAttribute(lib, session, h, CKA_KEY_TYPE);
    let bits: number | null = null;
    if (keyType === CKK_RSA) {
      // The modulus is public (it is in the certificate); some modules also give its size.
      bits = ulongAttribute(lib, session, h, CKA_MODULUS_BITS);
      const modulus = bits === null ? attribute(lib, session, h, CKA_MODULUS) : null;
      if (modulus !== null) bits = bitLength(modulus);
    } else if (keyType === CKK_EC) {
      bits = CURVE_BITS[attribute(lib, session, h, CKA_EC_PARAMS)?.toString('hex') ?? ''] ?? null;
    }
    return {
      id: hexAttribute(lib, session, h, CKA_ID),
      label: textAttribute(lib, session, h, CKA_LABEL),
      type: keyType === CKK_RSA ? 'rsa' : keyType === CKK_EC ? 'ec' : 'other',
      bits,
      // Unknown is read as the safe side: a module that does not say is not assumed to protect.
      sensitive: boolAttribute(lib, session, h, CKA_SENSITIVE) ?? false,
      extractable: boolAttribute(lib, session, h, CKA_EXTRACTABLE) ?? true,
      canSign: boolAttribute(lib, session, h, CKA_SIGN) ?? false,
    };
  });

const dataObjects = ({ lib, session }: TokenSession): TokenDataObject[] =>
  findObjects(lib, session, [{ type: CKA_CLASS, value: CKO_DATA }]).map((h) => {
    // A private data object (a CPS card's CPS_ACTIVITY_xx_PS) is listed after a login, but
    // its value is only shown when anyone may read it.
    const isPrivate = boolAttribute(lib, session, h, CKA_PRIVATE) ?? true;
    const value = isPrivate ? null : attribute(lib, session, h, CKA_VALUE);
    return {
      label: textAttribute(lib, session, h, CKA_LABEL),
      application: textAttribute(lib, session, h, CKA_APPLICATION),
      value: value !== null && value.length <= MAX_DATA_VALUE ? new Uint8Array(value) : null,
    };
  });

export const listObjects = (s: TokenSession): TokenObjects => ({
  certificates: certificates(s),
  privateKeys: privateKeys(s),
  data: dataObjects(s),
  mechanisms: s.lib.C_GetMechanismList(s.token.slot).map(mechanismName),
  loggedIn: s.loggedIn,
});
