import path from 'node:path';
import { readFile, type ReaderOutput } from '../../../../src/main/pki/reader/index.js';
import { loadVector, PYCA, pycaManifest, type ManifestEntry } from './vectors.js';

/**
 * Every pyca/cryptography vector against its manifest expectation. Scopes deeper than the
 * reader's (extensions, attributes, signature, key-check) must still read: describe/ and
 * the chain service are the ones that reject them.
 */

const CASE_TIMEOUT = 10_000;
const manifest = pycaManifest();
const entries = Object.entries(manifest);

const isPublicKeyOnly = (entry: ManifestEntry): boolean => entry.kind.startsWith('public-key');

const expectReadable = (out: ReaderOutput, entry: ManifestEntry): void => {
  if (isPublicKeyOnly(entry)) {
    // No object type for a bare public key: the reader says so in a warning.
    expect(out.objects).toHaveLength(0);
    expect(out.warnings.map((w) => w.code)).toContain('public-key-only');
  } else {
    expect(out.objects.length).toBeGreaterThanOrEqual(1);
  }
};

const expectOpened = (out: ReaderOutput): void => {
  expect(out.objects.length).toBeGreaterThanOrEqual(1);
  for (const o of out.objects) if (o.type === 'private-key') expect(o.key.encrypted).toBe(false);
  if (out.pkcs12 !== null) {
    expect(out.pkcs12.passwordRequired).toBe(false);
    expect(
      out.objects
        .filter((o) => o.type === 'certificate')
        .every((o) => o.type === 'certificate' && o.verified),
    ).toBe(true);
  }
};

describe('pyca vectors', () => {
  it('has a manifest to sweep', () => {
    expect(entries.length).toBeGreaterThan(150);
  });

  for (const [file, entry] of entries) {
    const bytes = () => loadVector(PYCA, file);
    const label = `${file} [${entry.kind}, ${entry.expect ?? 'null'}/${entry.expect_scope}]`;

    it(
      label,
      async () => {
        const scope = entry.expect_scope;
        if (entry.expect === 'valid' && scope === 'decrypt') {
          const password = entry.password ?? undefined;
          const opened = await readFile(bytes(), password === undefined ? {} : { password });
          if (!opened.ok) throw new Error(`${file}: ${opened.error.code} ${opened.error.message}`);
          expectOpened(opened.value);
          const wrong = await readFile(bytes(), { password: 'definitely-not-the-password' });
          expect(wrong.ok ? 'ok' : wrong.error.code).toBe('wrong-password');
          return;
        }
        if (entry.expect === 'parse-error' && (scope === 'parse' || scope === 'decrypt')) {
          const password = entry.password ?? undefined;
          const res = await readFile(bytes(), password === undefined ? {} : { password });
          expect(res.ok).toBe(false);
          if (!res.ok) expect(res.error.message.length).toBeGreaterThan(10);
          return;
        }
        const res = await readFile(bytes());
        if (entry.expect === null) return; // either outcome, as long as it did not throw
        if (!res.ok) throw new Error(`${file}: ${res.error.code} ${res.error.message}`);
        expectReadable(res.value, entry);
      },
      CASE_TIMEOUT,
    );
  }
});

describe('pyca PKCS#12 without a password', () => {
  const withPassword = entries.filter(([f, e]) => f.startsWith('pkcs12/') && typeof e.password === 'string');
  for (const [file] of withPassword) {
    it(
      `${path.basename(file)} shows what is not encrypted and asks for the password`,
      async () => {
        const res = await readFile(loadVector(PYCA, file));
        // No certificate outside the encrypted parts: nothing to show, the password is asked.
        if (!res.ok) return expect(res.error.code).toBe('password-required');
        expect(res.value.objects.some((o) => o.type === 'certificate')).toBe(true);
        expect(res.value.format).toBe('pkcs12');
        expect(res.value.pkcs12?.passwordRequired).toBe(true);
        expect(res.value.pkcs12?.integrity).toBe('not-verified');
        for (const o of res.value.objects) if (o.type === 'certificate') expect(o.verified).toBe(false);
      },
      CASE_TIMEOUT,
    );
  }
});
