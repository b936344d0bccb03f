import { MAX_SCHEMA_ELEMENTS } from '../../../../src/main/pki/asn1/schema-parse.js';
import { readFile } from '../../../../src/main/pki/reader/index.js';
import { loadVector, PYCA } from '../reader/vectors.js';
import { der, int, oid, OIDS, pfx, plainContentInfo, seq, set } from '../reader/der-builder.js';

/**
 * Regressions found by fuzzing (test/fuzz): the ASN.1 elements the schema parser (asn1js)
 * builds for one PKCS#12 file are bounded in all, whatever their layout. A 10 MB file of
 * tiny elements took seconds and gigabytes of heap; one of thousands of small containers,
 * each under any per-parse cap, took seconds too.
 */
const refusal = async (bytes: Uint8Array) => {
  const res = await readFile(bytes);
  return res.ok ? null : res.error;
};

/** A SEQUENCE of `n` NULLs, built in one buffer. */
const nulls = (n: number): Uint8Array => {
  const body = new Uint8Array(2 * n);
  for (let i = 0; i < n; i++) body[2 * i] = 0x05;
  return der(0x30, body);
};

/** A certificate bag with `attributes` friendlyName attributes. */
const bagWithAttributes = (attributes: number): Uint8Array => {
  const friendlyName = seq(oid('1.2.840.113549.1.9.20'), set(der(0x1e, Uint8Array.of(0, 0x41))));
  const certBag = seq(oid('1.2.840.113549.1.9.22.1'), der(0xa0, der(0x04, seq())));
  return seq(
    oid('1.2.840.113549.1.12.10.1.3'),
    der(0xa0, certBag),
    set(...new Array<Uint8Array>(attributes).fill(friendlyName)),
  );
};

describe('PKCS#12 ASN.1 element allowance', () => {
  it('refuses a file of millions of tiny elements', async () => {
    const bytes = seq(int(3), seq(oid(OIDS.data), der(0xa0, der(0x04, seq()))), nulls(5_000_000));
    expect(await refusal(bytes)).toMatchObject({ code: 'malformed', detail: { limit: MAX_SCHEMA_ELEMENTS } });
  });

  it('counts the elements of every container of the file together', async () => {
    const container = plainContentInfo(bagWithAttributes(80));
    const bytes = pfx(new Array<Uint8Array>(4_000).fill(container), null);
    expect(await refusal(bytes)).toMatchObject({ code: 'malformed', detail: { limit: MAX_SCHEMA_ELEMENTS } });
  });

  it('counts the arcs of OIDs, which asn1js decodes one by one', async () => {
    const longOid = der(0x06, new Uint8Array(1_000_000).fill(0x01));
    const bytes = seq(int(3), seq(longOid, der(0xa0, der(0x04, seq()))));
    expect(await refusal(bytes)).toMatchObject({ code: 'malformed', detail: { limit: MAX_SCHEMA_ELEMENTS } });
  });

  it('still reads real files', async () => {
    expect(await refusal(loadVector(PYCA, 'pkcs12/cert-none-key-none.p12'))).toBeNull();
  });
});
