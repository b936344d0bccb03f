import { TagClass, Univ } from '../../../shared/asn1/tags.js';
import { contents, isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { childrenOf, readOid, sequenceOf } from '../asn1/elements.js';
import { throwReadFailure } from '../reader/read-error.js';

/**
 * The few field-level checks the reader owns: a certificate, CSR or CRL whose names or
 * dates cannot be decoded is not a usable object (pyca and OpenSSL refuse to load them).
 * Extension and attribute contents are left to the describe service, which reports a bad
 * extension next to the others instead of rejecting the whole file.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

const isAscii = (t: Tlv): boolean => {
  for (let i = t.valueStart; i < t.valueEnd; i++) if ((t.buf[i] as number) >= 0x80) return false;
  return true;
};

const checkStringValue = (value: Tlv, where: string): void => {
  // Every attribute type in use has a universal, single-octet tag (DirectoryString and
  // friends, BIT STRING for x500UniqueIdentifier). A multi-octet tag is not a value we can show.
  if (value.longFormTag)
    throwReadFailure(
      'malformed',
      `${where} has an attribute value with a long-form ASN.1 tag, which is not valid in a name.`,
    );
  if (value.tagClass !== TagClass.universal || value.constructed) return;
  if (value.tagNumber === Univ.utf8String) {
    // ASCII is valid UTF-8: the usual name is checked without decoding it to a string.
    if (isAscii(value)) return;
    try {
      utf8.decode(contents(value));
    } catch (e) {
      // A fatal TextDecoder throws a TypeError coded ERR_ENCODING_INVALID_ENCODED_DATA.
      if (!(e instanceof TypeError && 'code' in e && e.code === 'ERR_ENCODING_INVALID_ENCODED_DATA')) throw e;
      throwReadFailure('malformed', `${where} has a UTF8String that is not valid UTF-8.`);
    }
  } else if (value.tagNumber === Univ.bmpString && contents(value).length % 2 !== 0) {
    throwReadFailure('malformed', `${where} has a BMPString of odd length.`);
  } else if (value.tagNumber === Univ.universalString && contents(value).length % 4 !== 0) {
    throwReadFailure('malformed', `${where} has a UniversalString whose length is not a multiple of 4.`);
  }
};

/** Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY } */
export const checkName = (node: Tlv | undefined, where: string): void => {
  for (const rdn of sequenceOf(node, where)) {
    if (!isUniversal(rdn, Univ.set) || !rdn.constructed)
      throwReadFailure('malformed', `${where} is not a valid distinguished name.`);
    const atvs = childrenOf(rdn);
    if (atvs.length === 0)
      throwReadFailure('malformed', `${where} has an empty relative distinguished name.`);
    for (const atv of atvs) {
      const [type, value, extra] = sequenceOf(atv, where);
      readOid(type, `${where} attribute type`);
      if (value === undefined || extra !== undefined)
        throwReadFailure('malformed', `${where} has a malformed attribute.`);
      else checkStringValue(value, where);
    }
  }
};

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})$/;
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})?(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{4})?$/;

const inRange = (month: string, day: string, hour: string, minute = '00', second = '00'): boolean =>
  +month >= 1 && +month <= 12 && +day >= 1 && +day <= 31 && +hour <= 23 && +minute <= 59 && +second <= 60;

/**
 * UTCTime / GeneralizedTime. Lenient on what BER allows (missing seconds, offsets) because
 * old certificates use it, strict on what nobody can read (wrong digit counts, bad fields).
 */
export const checkTime = (node: Tlv | undefined, where: string): void => {
  const text = node === undefined || node.constructed ? '' : Buffer.from(contents(node)).toString('latin1');
  if (isUniversal(node, Univ.utcTime)) {
    const m = UTC_TIME.exec(text);
    if (m !== null && inRange(m[2] ?? '', m[3] ?? '', m[4] ?? '', m[5], m[6])) return;
  } else if (isUniversal(node, Univ.generalizedTime)) {
    const m = GENERALIZED_TIME.exec(text);
    if (m !== null && inRange(m[2] ?? '', m[3] ?? '', m[4] ?? '', m[5], m[6])) return;
  }
  throwReadFailure('malformed', `${where} is not a valid date/time.`);
};
