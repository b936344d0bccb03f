/** subjectKeyIdentifier and authorityKeyIdentifier (RFC 5280 4.2.1.1-2). */
import type { GeneralName } from '../../../../shared/model/names.js';
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import { childrenOf, contents, DerError, isContext, parseDer } from '../../../../shared/asn1/tlv.js';
import { readImplicitInteger, readOctetString } from '../../../../shared/asn1/values.js';
import { decodeGeneralNames } from '../../describe/general-names.js';
import { readStrictThenLenient, type Reading } from './reading.js';

export const readSubjectKeyIdentifier = (value: Uint8Array): Reading<Uint8Array> =>
  readStrictThenLenient(
    () => readOctetString(parseDer(value), 'subjectKeyIdentifier'),
    () => readOctetString(parseDer(value, 'SKI'), 'SKI'),
  );

export type AuthorityKeyIdentifier = {
  keyId: Uint8Array | null;
  /** authorityCertIssuer / authorityCertSerialNumber: null in the lenient reading (unused by validation). */
  issuer: GeneralName[] | null;
  serial: Uint8Array | null;
};

/** What path validation always accepted: the first [0] child, whatever else is there. */
const lenientAki = (v: Uint8Array): AuthorityKeyIdentifier => {
  const first = childrenOf(parseDer(v, 'AKI')).find((t) => isContext(t, 0));
  return { keyId: first ? contents(first) : null, issuer: null, serial: null };
};

const strictAki = (value: Uint8Array): AuthorityKeyIdentifier => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'authorityKeyIdentifier');
  const keyIdTlv = c.optionalContext(0);
  if (keyIdTlv?.constructed) throw new DerError('authorityKeyIdentifier: keyIdentifier must be primitive');
  const issuerTlv = c.optionalContext(1);
  const issuer = issuerTlv ? decodeGeneralNames(issuerTlv, 'authorityCertIssuer') : null;
  const serialTlv = c.optionalContext(2);
  if (serialTlv) readImplicitInteger(serialTlv, 'authorityCertSerialNumber');
  c.end();
  if ((issuerTlv === undefined) !== (serialTlv === undefined)) {
    throw new DerError(
      'authorityKeyIdentifier: authorityCertIssuer and authorityCertSerialNumber go together',
    );
  }
  return {
    keyId: keyIdTlv ? contents(keyIdTlv) : null,
    issuer,
    serial: serialTlv ? contents(serialTlv) : null,
  };
};

export const readAuthorityKeyIdentifier = (value: Uint8Array): Reading<AuthorityKeyIdentifier> =>
  readStrictThenLenient(
    () => strictAki(value),
    () => lenientAki(value),
  );
