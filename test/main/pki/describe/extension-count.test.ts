import { describeCertificate, describeCrl } from '../../../../src/main/pki/describe/index.js';
import { MAX_EXTENSIONS } from '../../../../src/main/pki/describe/extension-list.js';
import { bool, extension, int, octet, seq, seqOf, utcTime } from './helpers/der-builder.js';
import { buildCertificate, buildCrl, revokedEntry } from './helpers/objects.js';

/**
 * Regression found by fuzzing (test/fuzz): an Extensions list is read up to MAX_EXTENSIONS
 * items. A CRL entry holding 300,000 copies of one broken extension took seconds to describe,
 * and a certificate with 600,000 copies made as many views for the report.
 */
const NOW = new Date('2025-06-01T00:00:00Z');
const basicConstraints = extension('2.5.29.19', octet(new Uint8Array([0x30, 0x00])));
const brokenCertificateIssuer = extension('2.5.29.29', octet(bool(true)));

describe('Extensions lists past MAX_EXTENSIONS', () => {
  it('are refused in a certificate, which is read up to that many', async () => {
    const many = await describeCertificate(
      buildCertificate({ extensions: new Array(MAX_EXTENSIONS + 1).fill(basicConstraints) }),
      NOW,
    );
    expect(many).toMatchObject({ ok: false, error: { code: 'malformed' } });
    if (!many.ok) expect(many.error.message).toContain(`at most ${MAX_EXTENSIONS}`);
    const most = await describeCertificate(
      buildCertificate({ extensions: new Array(MAX_EXTENSIONS).fill(basicConstraints) }),
      NOW,
    );
    expect(most.ok).toBe(true);
  });

  it('are refused in a CRL entry', async () => {
    // Built as an array: 300,000 arguments would overflow the stack.
    const entry = seq(
      int(1),
      utcTime(NOW),
      seqOf(new Array<Uint8Array>(300_000).fill(brokenCertificateIssuer)),
    );
    const r = await describeCrl(
      buildCrl({
        entries: [entry, revokedEntry(2, NOW)],
        extensions: [extension('2.5.29.20', octet(int(1)))],
      }),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });
});
