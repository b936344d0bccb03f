import { createHash } from 'node:crypto';
import { readFile, type ReaderOutput } from '../../../../src/main/pki/reader/index.js';
import { makeWorkdir, type Workdir, selfSigned } from './openssl.js';
import { IGC, loadVector, PYCA } from './vectors.js';

let w: Workdir;

beforeAll(() => {
  w = makeWorkdir();
  selfSigned(w, 'Vigie');
});

afterAll(() => w.remove());

const read = async (bytes: Uint8Array): Promise<ReaderOutput> => {
  const res = await readFile(bytes);
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value;
};

const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('format detection by content', () => {
  it('reads a PEM mixing a certificate, its key and a CRL, whatever the file is called', async () => {
    w.openssl('x509', '-in', 'cert.pem', '-outform', 'DER', '-out', 'cert.der');
    const bundle = [w.read('cert.pem'), w.read('key.pem'), loadVector(PYCA, 'x509/custom/crl_empty.pem')]
      .map((b) => Buffer.from(b).toString())
      .join('\n');
    const out = await read(text(`Comment line\r\n${bundle.replace(/\n/g, '\r\n')}`));
    expect(out.format).toBe('pem');
    expect(out.objects.map((o) => o.type)).toEqual(['certificate', 'private-key', 'crl']);
    const [cert] = out.objects;
    expect(cert?.type === 'certificate' ? sha(cert.der) : null).toBe(sha(w.read('cert.der')));
  });

  it('trusts the content over the PEM label', async () => {
    const crl = Buffer.from(loadVector(PYCA, 'x509/custom/crl_empty.pem'))
      .toString()
      .replaceAll('X509 CRL', 'CERTIFICATE');
    expect((await read(text(crl))).objects.map((o) => o.type)).toEqual(['crl']);
  });

  it('reads OpenSSL TRUSTED CERTIFICATE blocks, dropping the trust settings after the certificate', async () => {
    w.openssl('x509', '-in', 'cert.pem', '-trustout', '-addtrust', 'clientAuth', '-out', 'trusted.pem');
    const out = await read(w.read('trusted.pem'));
    expect(out.warnings).toEqual([]);
    const [cert] = out.objects;
    expect(cert?.type === 'certificate' ? sha(cert.der) : null).toBe(sha(w.read('cert.der')));
  });

  it('reports PKCS#7 for PEM and DER bundles, DER for a bare certificate', async () => {
    w.openssl('crl2pkcs7', '-nocrl', '-certfile', 'cert.pem', '-outform', 'DER', '-out', 'bundle.p7b');
    expect((await read(w.read('bundle.p7b'))).format).toBe('pkcs7');
    expect((await read(loadVector(PYCA, 'pkcs7/isrg.pem'))).format).toBe('pkcs7');
    expect((await read(loadVector(IGC, 'prod/ACR_FORT_20130625.cer'))).format).toBe('der');
  });

  it('says why a text file without PEM armour is refused', async () => {
    const res = await readFile(text('just some notes about certificates\n'));
    expect(res.ok ? null : res.error.code).toBe('unrecognized-format');
    const ssh = await readFile(
      text('-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n'),
    );
    expect(ssh.ok ? null : ssh.error.message).toMatch(/OPENSSH PRIVATE KEY/);
  });

  it('warns about bytes after a DER object instead of failing', async () => {
    const der = loadVector(IGC, 'prod/ACR_FORT_20130625.cer');
    const out = await read(new Uint8Array([...der, 0x0a, 0x00]));
    expect(out.objects).toHaveLength(1);
    expect(out.warnings.map((x) => x.code)).toEqual(['trailing-data']);
  });

  it('refuses PKCS#7 envelopedData as not a certificate bundle', async () => {
    const res = await readFile(loadVector(PYCA, 'pkcs7/enveloped.pem'));
    expect(res.ok ? null : res.error).toMatchObject({
      code: 'unrecognized-format',
      message: expect.stringContaining('not a certificate bundle'),
    });
  });
});

describe('returned objects', () => {
  it('own exactly their bytes (no view into the whole file)', async () => {
    const out = await read(loadVector(IGC, 'prod/Chaine_de_certification-IGC-Sante.p7b'));
    for (const o of out.objects) {
      if (o.type !== 'certificate') continue;
      expect(o.der.byteOffset).toBe(0);
      expect(o.der.buffer.byteLength).toBe(o.der.byteLength);
    }
  });
});
