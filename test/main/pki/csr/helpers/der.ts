/** Byte-level helpers for the tests: pieces of a DER CSR, hex, an independent Name encoder. */
import { AsnSerializer } from '@peculiar/asn1-schema';
import { AttributeTypeAndValue, AttributeValue, Name, RelativeDistinguishedName } from '@peculiar/asn1-x509';
import { childrenOf, encoded, parseDer } from '../../../../../src/shared/asn1/tlv.js';

export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** [certificationRequestInfo, signatureAlgorithm, signature] of a DER CSR. */
export const csrParts = (der: Uint8Array): { tbs: Uint8Array; subject: Uint8Array; spki: Uint8Array } => {
  const [info] = childrenOf(parseDer(der, 'CSR'));
  if (!info) throw new Error('empty CSR');
  const [, subject, spki] = childrenOf(info);
  if (!subject || !spki) throw new Error('short CertificationRequestInfo');
  return { tbs: encoded(info), subject: encoded(subject), spki: encoded(spki) };
};

export type Atv = { oid: string; value: string; printable?: boolean };

/**
 * @peculiar/asn1-x509 writes a SET in the order it is given (no DER sort), so the test
 * states the expected order itself — the point of an independent encoding.
 */
export const peculiarName = (rdns: readonly (readonly Atv[])[]): Uint8Array =>
  new Uint8Array(
    AsnSerializer.serialize(
      new Name(
        rdns.map(
          (rdn) =>
            new RelativeDistinguishedName(
              rdn.map(
                (a) =>
                  new AttributeTypeAndValue({
                    type: a.oid,
                    value: new AttributeValue(
                      a.printable ? { printableString: a.value } : { utf8String: a.value },
                    ),
                  }),
              ),
            ),
        ),
      ),
    ),
  );
