import { CrlView } from '../../../../src/shared/model/certificate.js';
import { MAX_CRL_ENTRIES_SHOWN } from '../../../../src/shared/limits.js';
import { describeCrl } from '../../../../src/main/pki/describe/index.js';
import { bytes, enumerated, extension, int, rawTime } from './helpers/der-builder.js';
import { buildCrl, revokedEntry } from './helpers/objects.js';

const describeOk = async (der: Uint8Array) => {
  const r = await describeCrl(der);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return CrlView.parse(r.value);
};

const DAY = new Date('2025-01-02T00:00:00Z');

describe('describeCrl', () => {
  it('describes issuer, dates, number and entries with reasons', async () => {
    const der = buildCrl({
      entries: [revokedEntry(0x1234, DAY, extension('2.5.29.21', enumerated(1))), revokedEntry(5, DAY)],
      extensions: [extension('2.5.29.20', int(42))],
    });
    const v = await describeOk(der);
    expect(v.issuer.text).toBe('CN=Test,C=FR');
    expect(v.thisUpdate).toBe('2025-01-01T00:00:00.000Z');
    expect(v.nextUpdate).toBe('2025-01-08T00:00:00.000Z');
    expect(v.crlNumber).toBe('42');
    expect(v.isDelta).toBe(false);
    expect(v.revokedCount).toBe(2);
    expect(v.revoked).toEqual([
      { serialNumber: '1234', revocationDate: '2025-01-02T00:00:00.000Z', reason: 'keyCompromise' },
      { serialNumber: '05', revocationDate: '2025-01-02T00:00:00.000Z', reason: null },
    ]);
    expect(v.pem).toMatch(/^-----BEGIN X509 CRL-----\n/);
  });

  it('recognises delta CRLs and a missing nextUpdate', async () => {
    const v = await describeOk(buildCrl({ nextUpdate: null, extensions: [extension('2.5.29.27', int(41))] }));
    expect(v.isDelta).toBe(true);
    expect(v.nextUpdate).toBeNull();
  });

  it('shows only the first entries but counts them all', async () => {
    const entries = Array.from({ length: 1000 }, (_, i) => revokedEntry(i + 1, DAY));
    const v = await describeOk(buildCrl({ entries }));
    expect(v.revokedCount).toBe(1000);
    expect(v.revoked).toHaveLength(MAX_CRL_ENTRIES_SHOWN);
  });

  it('surfaces broken entry extensions as CRL-level error views', async () => {
    const der = buildCrl({
      entries: [
        revokedEntry(7, DAY, extension('2.5.29.21', enumerated(12))),
        revokedEntry(8, DAY, extension('2.5.29.29', bytes())),
      ],
    });
    const v = await describeOk(der);
    expect(v.revoked[0]?.reason).toBeNull();
    expect(v.extensions.map((e) => [e.oid, e.name])).toEqual([
      ['2.5.29.21', 'reasonCode (entry 07)'],
      ['2.5.29.29', 'certificateIssuer (entry 08)'],
    ]);
    expect(v.extensions.every((e) => e.error !== null)).toBe(true);
  });

  it('returns a typed error for a malformed nextUpdate', async () => {
    const r = await describeCrl(buildCrl({ nextUpdate: rawTime(0x17, '2501080000Z') }));
    expect(r.ok ? null : r.error.code).toBe('malformed');
  });
});
