import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFile, type ReaderOutput } from '../../../../src/main/pki/reader/index.js';
import { IGC, listFiles, loadVector } from './vectors.js';

const P12 = path.join(IGC, 'end-entity/INSI-AUTO-certificate.p12');
const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex').toUpperCase();

const read = async (file: string, password?: string): Promise<ReaderOutput> => {
  const res = await readFile(loadVector(file), password === undefined ? {} : { password });
  if (!res.ok) throw new Error(`${file}: ${res.error.code} ${res.error.message}`);
  return res.value;
};

/** "| file.cer | CN | FINGERPRINT |" rows of SOURCES.md: the pinned production CA fingerprints. */
const pinned = (): Map<string, string> => {
  const text = readFileSync(path.join(IGC, 'SOURCES.md'), 'utf8');
  return new Map(
    [...text.matchAll(/^\| (\S+\.cer) \| [^|]+ \| ([0-9A-F]{64}) \|$/gm)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
};

describe('IGC-Santé vectors', () => {
  const files = listFiles(IGC).filter((f) => !f.endsWith('.md'));

  it.each(files.map((f) => [path.relative(IGC, f), f]))('%s reads', async (_name, file) => {
    const out = await read(file);
    expect(out.objects.length).toBeGreaterThanOrEqual(1);
  });

  it('reads the nine production CA certificates with their pinned fingerprints', async () => {
    const pins = pinned();
    expect(pins.size).toBe(9);
    for (const [name, fingerprint] of pins) {
      const out = await read(path.join(IGC, 'prod', name));
      expect(out.format).toBe('der');
      const [cert] = out.objects;
      expect(cert?.type === 'certificate' ? sha256(cert.der) : null).toBe(fingerprint);
    }
  });

  it('reads the PEM PKCS#7 chain bundle: 8 certificates', async () => {
    const out = await read(path.join(IGC, 'prod/Chaine_de_certification-IGC-Sante.p7b'));
    expect(out.format).toBe('pkcs7');
    expect(out.objects.filter((o) => o.type === 'certificate')).toHaveLength(8);
  });

  it('shows the TEST platform PKCS#12 without its password: 3 unverified certificates, key locked', async () => {
    const out = await read(P12);
    const certs = out.objects.flatMap((o) => (o.type === 'certificate' ? [o] : []));
    expect(certs).toHaveLength(3);
    expect(certs.every((c) => !c.verified)).toBe(true);
    expect(out.pkcs12).toEqual({
      integrity: 'not-verified',
      passwordRequired: true,
      encryption: ['3DES (PKCS#12 PBE, SHA-1)'],
      macAlgorithm: 'HMAC-SHA1',
      macIterations: 2048,
    });
    const key = out.objects.find((o) => o.type === 'private-key');
    expect(key?.type === 'private-key' && key.key.encrypted).toBe(true);
    // The leaf and its key carry the same localKeyId: the UI pairs them before unlocking.
    expect(key?.type === 'private-key' ? key.localKeyId : null).toBe(certs[0]?.localKeyId);
  });

  it.each(['wrong', '', ' '])('refuses the TEST PKCS#12 with the wrong password %j', async (password) => {
    const res = await readFile(loadVector(P12), { password });
    expect(res.ok ? 'ok' : res.error.code).toBe('wrong-password');
  });
});
