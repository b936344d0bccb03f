/**
 * Every pyca-cryptography certificate, CRL and CSR vector, checked against its manifest
 * expectation. Outcomes are values: nothing here may throw.
 */
import { CertificateView, CrlView, CsrView } from '../../../../src/shared/model/certificate.js';
import { ReadError } from '../../../../src/shared/model/errors.js';
import {
  describeCertificate,
  describeCrl,
  describeCsr,
  verifyCertificateSignature,
  verifyCrlSignature,
} from '../../../../src/main/pki/describe/index.js';
import { pycaDer, pycaManifest, type ManifestEntry } from './helpers/vectors.js';

const NOW = new Date('2025-01-01T00:00:00Z');

/** Valid files whose embedded SCT list is deliberately broken: the extension says so. */
const VALID_WITH_EXTENSION_ERRORS = new Set([
  'x509/badssl-sct-anonymous-sig.der',
  'x509/badssl-sct-none-hash.der',
  'x509/custom/invalid-sct-length.der',
  'x509/custom/invalid-sct-version.der',
]);

type Described =
  | { kind: 'certificate'; result: Awaited<ReturnType<typeof describeCertificate>> }
  | { kind: 'crl'; result: Awaited<ReturnType<typeof describeCrl>> }
  | { kind: 'csr'; result: Awaited<ReturnType<typeof describeCsr>> };

const describeVector = async (file: string, e: ManifestEntry): Promise<Described> => {
  const der = pycaDer(file);
  if (e.kind === 'x509-crl') return { kind: 'crl', result: await describeCrl(der) };
  if (e.kind === 'csr') return { kind: 'csr', result: await describeCsr(der) };
  return { kind: 'certificate', result: await describeCertificate(der, NOW) };
};

const SWEPT = new Set(['x509-certificate', 'x509-certificate-bundle', 'x509-crl', 'csr']);
const vectors = Object.entries(pycaManifest()).filter(([, e]) => SWEPT.has(e.kind));

describe('pyca-cryptography sweep', () => {
  it('covers the whole set', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(100);
  });

  it.each(vectors)('%s', async (file, e) => {
    const d = await describeVector(file, e);
    if (!d.result.ok) {
      ReadError.parse(d.result.error);
      expect(
        e.expect === 'parse-error' && e.expect_scope === 'parse',
        `${file}: ${d.result.error.message}`,
      ).toBe(true);
      return;
    }
    // Every view crosses IPC: it must satisfy the shared schema.
    const view =
      d.kind === 'certificate'
        ? CertificateView.parse(d.result.value)
        : d.kind === 'crl'
          ? CrlView.parse(d.result.value)
          : CsrView.parse(d.result.value);
    const extensionErrors = view.extensions.filter((x) => x.error !== null);
    const attributeErrors = 'attributes' in view ? view.attributes.filter((a) => a.error !== null) : [];

    if (e.expect === 'parse-error') {
      expect(e.expect_scope, `${file} should have been refused`).not.toBe('parse');
      if (e.expect_scope === 'extensions') expect(extensionErrors.length, file).toBeGreaterThanOrEqual(1);
      if (e.expect_scope === 'attributes') expect(attributeErrors.length, file).toBeGreaterThanOrEqual(1);
    } else if (e.expect === 'valid' && e.expect_scope === 'parse') {
      expect(extensionErrors.length > 0, `${file}: ${extensionErrors.map((x) => x.error).join('; ')}`).toBe(
        VALID_WITH_EXTENSION_ERRORS.has(file),
      );
      expect(attributeErrors, file).toEqual([]);
    }

    if (d.kind === 'csr' && e.signature)
      expect(d.result.value.signatureValid, file).toBe(e.signature === 'valid');

    if (e.expect_scope === 'signature') {
      const issuer = pycaDer(e.issuer_cert ?? file);
      const der = pycaDer(file);
      const verified =
        d.kind === 'crl'
          ? await verifyCrlSignature(der, issuer)
          : await verifyCertificateSignature(der, issuer);
      expect(verified, file).toBe(e.expect === 'valid');
    }
  });
});
