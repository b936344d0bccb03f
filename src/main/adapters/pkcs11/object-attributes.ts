import type { Handle, Pkcs11 } from './load-pkcs11js.js';
import { ckrOf } from './ckr.js';

/**
 * Reading objects' attributes one at a time. C_GetAttributeValue fails as a whole when any
 * attribute asked for is sensitive or unknown to the object, so each is asked alone and a
 * refusal is simply "no value".
 */
type Template = Parameters<Pkcs11['C_FindObjectsInit']>[1];

/** At most this many objects of one kind are listed (a token holds a handful). */
const MAX_OBJECTS = 256;

export const findObjects = (lib: Pkcs11, session: Handle, template: Template): Handle[] => {
  lib.C_FindObjectsInit(session, template);
  try {
    return lib.C_FindObjects(session, MAX_OBJECTS);
  } finally {
    lib.C_FindObjectsFinal(session);
  }
};

const REFUSED = new Set([
  'CKR_ATTRIBUTE_SENSITIVE',
  'CKR_ATTRIBUTE_TYPE_INVALID',
  'CKR_ATTRIBUTE_VALUE_INVALID',
]);

export const attribute = (lib: Pkcs11, session: Handle, object: Handle, type: number): Buffer | null => {
  try {
    const [result] = lib.C_GetAttributeValue(session, object, [{ type }]);
    return result?.value ?? null;
  } catch (e) {
    if (REFUSED.has(ckrOf(e)?.name ?? '')) return null;
    throw e;
  }
};

export const textAttribute = (lib: Pkcs11, session: Handle, object: Handle, type: number): string =>
  attribute(lib, session, object, type)?.toString('utf8') ?? '';

export const hexAttribute = (lib: Pkcs11, session: Handle, object: Handle, type: number): string =>
  attribute(lib, session, object, type)?.toString('hex').toUpperCase() ?? '';

export const boolAttribute = (lib: Pkcs11, session: Handle, object: Handle, type: number): boolean | null => {
  const value = attribute(lib, session, object, type);
  return value === null || value.length === 0 ? null : value[0] !== 0;
};

/** A CK_ULONG attribute (4 or 8 bytes in the machine's order: little-endian where Vigie runs). */
export const ulongAttribute = (lib: Pkcs11, session: Handle, object: Handle, type: number): number | null => {
  const value = attribute(lib, session, object, type);
  if (value === null) return null;
  if (value.length === 8) return Number(value.readBigUInt64LE(0));
  if (value.length === 4) return value.readUInt32LE(0);
  return null;
};

/** The size in bits of a big-endian unsigned integer (an RSA modulus). */
export const bitLength = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  const top = bytes[i];
  return top === undefined ? 0 : (bytes.length - i - 1) * 8 + (32 - Math.clz32(top));
};
