/** basicConstraints (RFC 5280 4.2.1.9). */
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import { parseDer } from '../../../../shared/asn1/tlv.js';
import { readBoolean, readSmallInt } from '../../../../shared/asn1/values.js';
import { readStrictThenLenient, type Reading } from './reading.js';

export type BasicConstraints = { ca: boolean; pathLen: number | null };

/** What path validation always accepted: any cA, any pathLenConstraint. */
const lenient = (v: Uint8Array): BasicConstraints => {
  const c = Cursor.of(parseDer(v, 'basicConstraints'), Univ.sequence, 'basicConstraints');
  const caTlv = c.optionalUniversal(Univ.boolean);
  const lenTlv = c.optionalUniversal(Univ.integer);
  c.end();
  return {
    ca: caTlv ? readBoolean(caTlv, 'cA') : false,
    pathLen: lenTlv ? readSmallInt(lenTlv, 'pathLenConstraint') : null,
  };
};

export const readBasicConstraints = (value: Uint8Array): Reading<BasicConstraints> =>
  readStrictThenLenient(
    (findings) => {
      const c = Cursor.of(parseDer(value), Univ.sequence, 'basicConstraints');
      const caTlv = c.optionalUniversal(Univ.boolean);
      const ca = caTlv ? readBoolean(caTlv, 'basicConstraints cA') : false;
      // DER omits DEFAULT values: an explicit cA FALSE is an encoding error (validation uses it).
      if (caTlv && !ca)
        findings.push({
          code: 'der-default-encoded',
          message: 'basicConstraints: cA FALSE must be omitted in DER',
        });
      const lenTlv = c.optionalUniversal(Univ.integer);
      c.end();
      const pathLen = lenTlv ? readSmallInt(lenTlv, 'pathLenConstraint') : null;
      if (pathLen !== null && pathLen < 0)
        findings.push({
          code: 'negative-path-length',
          message: 'basicConstraints: negative pathLenConstraint',
        });
      // RFC 5280 4.2.1.9: pathLenConstraint only makes sense when cA is TRUE (pyca wosign-bc-invalid).
      if (pathLen !== null && !ca)
        findings.push({
          code: 'path-length-without-ca',
          message: 'basicConstraints: pathLenConstraint set while cA is FALSE',
        });
      return { ca, pathLen };
    },
    () => lenient(value),
  );
