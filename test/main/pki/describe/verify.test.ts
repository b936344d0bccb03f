import path from 'node:path';
import {
  describeCertificate,
  verifyCertificateSignature,
  verifyCrlSignature,
} from '../../../../src/main/pki/describe/index.js';
import { bytes } from './helpers/der-builder.js';
import {
  buildCertificate,
  buildCrl,
  freshEcKey,
  simpleName,
  testEcKey,
  testRsaKey,
} from './helpers/objects.js';
import { derOf, igcProdFiles, pycaDer, pycaManifest } from './helpers/vectors.js';

const NOW = new Date('2025-01-01T00:00:00Z');

const subjectOf = async (der: Uint8Array) => {
  const r = await describeCertificate(der, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('verifyCertificateSignature on the IGC-Santé production CAs', () => {
  const files = igcProdFiles();

  it('has the nine CAs', () => {
    expect(files).toHaveLength(9);
  });

  it('verifies every ACI under its ACR, and every ACR under itself', async () => {
    const certs = await Promise.all(
      files.map(async (f) => ({ file: path.basename(f), der: derOf(f), view: await subjectOf(derOf(f)) })),
    );
    const roots = certs.filter((c) => c.view.selfIssued);
    expect(roots).toHaveLength(3);
    for (const c of certs) {
      const issuer = roots.find((r) => r.view.subject.text === c.view.issuer.text);
      expect(issuer, c.file).toBeDefined();
      expect(await verifyCertificateSignature(c.der, issuer!.der), c.file).toBe(true);
      // A CA of another range must not verify it.
      const other = roots.find((r) => r !== issuer)!;
      expect(await verifyCertificateSignature(c.der, other.der), c.file).toBe(false);
    }
  });

  it('says false once a byte of the signed part changes', async () => {
    const root = derOf(files.find((f) => f.includes('ACR_ELEMENTAIRE'))!);
    const tampered = new Uint8Array(root);
    tampered[200] = (tampered[200] as number) ^ 0x01;
    expect(await verifyCertificateSignature(tampered, root)).toBe(false);
  });
});

describe('verify helpers on built objects', () => {
  it('verifies RSA and ECDSA signatures and refuses the wrong key', async () => {
    const ca = buildCertificate({ subjectKey: testRsaKey(), subject: simpleName('CA') });
    const leaf = buildCertificate({
      subjectKey: testEcKey(),
      signer: testRsaKey(),
      issuer: simpleName('CA'),
    });
    expect(await verifyCertificateSignature(leaf, ca)).toBe(true);
    expect(await verifyCertificateSignature(leaf, leaf)).toBe(false);
    const crl = buildCrl({ signer: testEcKey() });
    const ecCa = buildCertificate({ subjectKey: testEcKey() });
    expect(await verifyCrlSignature(crl, ecCa)).toBe(true);
    expect(await verifyCrlSignature(crl, buildCertificate({ subjectKey: freshEcKey() }))).toBe(false);
  });

  it('never throws on garbage', async () => {
    expect(await verifyCertificateSignature(bytes(1, 2, 3), bytes())).toBe(false);
    expect(await verifyCrlSignature(bytes(0x30, 0x00), bytes(0x30))).toBe(false);
  });
});

describe('pyca vectors with a signature expectation', () => {
  const manifest = pycaManifest();

  it('agrees with every CRL/certificate of scope "signature"', async () => {
    const entries = Object.entries(manifest).filter(([, e]) => e.expect_scope === 'signature');
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const [file, e] of entries) {
      const der = pycaDer(file);
      const issuer = pycaDer(e.issuer_cert ?? file);
      const result =
        e.kind === 'x509-crl'
          ? await verifyCrlSignature(der, issuer)
          : await verifyCertificateSignature(der, issuer);
      expect(result, file).toBe(e.expect === 'valid');
    }
  });

  it('agrees with the stated signature of self-issued certificates', async () => {
    for (const [file, e] of Object.entries(manifest)) {
      if (e.kind !== 'x509-certificate' || !e.signature || e.issuer_cert) continue;
      expect(await verifyCertificateSignature(pycaDer(file), pycaDer(file)), file).toBe(
        e.signature === 'valid',
      );
    }
  });

  it('says null for algorithms we cannot check (MD2, GOST) and verifies RSA-PSS, DSA, Ed25519', async () => {
    const self = (f: string) => verifyCertificateSignature(pycaDer(f), pycaDer(f));
    expect(await self('x509/verisign_md2_root.pem')).toBeNull();
    expect(await self('x509/e-trust.ru.der')).toBeNull();
    expect(await self('x509/custom/rsa_pss_cert.pem')).toBe(true);
    expect(await self('x509/custom/dsa_selfsigned_ca.pem')).toBe(true);
    expect(await self('x509/ed25519/root-ed25519.pem')).toBe(true);
    // Issued by rapidssl_sha256_ca_g3.pem.
    expect(
      await verifyCertificateSignature(
        pycaDer('x509/cryptography.io.pem'),
        pycaDer('x509/rapidssl_sha256_ca_g3.pem'),
      ),
    ).toBe(true);
  });
});
