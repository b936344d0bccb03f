import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contents } from '../../../../src/shared/asn1/tlv.js';
import { Cursor } from '../../../../src/shared/asn1/cursor.js';
import { Univ } from '../../../../src/shared/asn1/tags.js';
import { parseCrl } from '../../../../src/main/pki/describe/index.js';
import { findSerial, findSerialInCrl } from '../../../../src/main/pki/revocation/index.js';
import { VECTORS } from '../../../helpers/vectors.js';

const CRLS = join(VECTORS, 'nist-pkits', 'crls');

/** Each entry's serial, as the CRL lists it. */
const serialsOf = (der: Uint8Array): Uint8Array[] =>
  parseCrl(der).entries.map((e) =>
    contents(Cursor.of(e, Univ.sequence, 'entry').next('serial', Univ.integer)),
  );

describe('looking a serial up in a CRL through its index', () => {
  it('answers as the linear scan does for every listed serial and for serials not listed, on every PKITS CRL', () => {
    let listed = 0;
    for (const name of readdirSync(CRLS).filter((n) => n.endsWith('.crl'))) {
      const der = new Uint8Array(readFileSync(join(CRLS, name)));
      const serials = serialsOf(der);
      listed += serials.length;
      const absent = [
        new Uint8Array([0x7f, 0x7f]),
        new Uint8Array([0]),
        ...serials.map((s) => Uint8Array.of(...s, 1)),
      ];
      for (const serial of [...serials, ...absent])
        expect(findSerialInCrl(der, serial), name).toEqual(findSerial(parseCrl(der), serial));
    }
    expect(listed).toBeGreaterThan(20);
  });

  it('finds a serial listed before an unreadable entry and throws for any other, as the scan would', () => {
    const der = new Uint8Array(
      readFileSync(
        join(
          CRLS,
          readdirSync(CRLS).find(
            (n) => serialsOf(new Uint8Array(readFileSync(join(CRLS, n)))).length >= 2,
          ) as string,
        ),
      ),
    );
    const [first] = serialsOf(der) as [Uint8Array, Uint8Array];
    // Break the second entry's serial tag in a copy: the first entry stays readable.
    const broken = der.slice();
    const entry = parseCrl(broken).entries[1];
    if (!entry) throw new Error('no second entry');
    const serial = Cursor.of(entry, Univ.sequence, 'entry').next('serial', Univ.integer);
    broken[serial.start] = 0x04; // an OCTET STRING where the serial INTEGER must be
    expect(findSerialInCrl(broken, first)).toEqual(findSerial(parseCrl(broken), first));
    expect(findSerialInCrl(broken, first)).not.toBeNull();
    const absent = new Uint8Array([0x7f, 0x7f, 0x7f]);
    expect(() => findSerial(parseCrl(broken), absent)).toThrow();
    expect(() => findSerialInCrl(broken, absent)).toThrow();
  });
});
