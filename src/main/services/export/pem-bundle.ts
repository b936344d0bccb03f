import { X509Certificate } from 'node:crypto';
import { ok, type Result } from '../../../shared/result.js';
import { spkiSha256OfCertificate } from '../../pki/describe/index.js';
import { encryptPkcs8 } from '../../pki/keys/index.js';
import { ENCRYPTED_KEY_LABEL, encodePem } from '../../pki/keys/index.js';
import { DEFAULT_KDF_ITERATIONS } from '../vault/vault.js';
import type { ExportError } from '../../pki/export/index.js';
import { serverSnippets } from '../../pki/export/index.js';
import {
  checkIterationCount,
  checkKeyAndCertificates,
  checkPassword,
  distinctChain,
} from '../../pki/export/index.js';

/**
 * PEM files for a TLS server (SERV_SSL): the key, the leaf, the chain as servers want it.
 * Contents only; write-pem-bundle.ts puts them on disk.
 */

export type PemBundleInput = {
  /** PKCS#8 PrivateKeyInfo DER, in memory only. */
  readonly key: Uint8Array;
  readonly certificate: Uint8Array;
  /** Intermediates and, if known, the root (order free; the leaf and repeats are dropped). */
  readonly chain: readonly Uint8Array[];
  /**
   * The key file's passphrase, or null for a plain key. No default on purpose: a plain key
   * on disk is a decision the caller makes explicitly (servers that start unattended).
   */
  readonly keyPassphrase: string | null;
  readonly iterations?: number;
};

export type PemFileRole = 'key' | 'certificate' | 'fullchain' | 'ca';

export type PemFile = {
  readonly role: PemFileRole;
  readonly name: string;
  readonly content: string;
  readonly mode: number;
};

export type PemBundle = {
  readonly files: readonly PemFile[];
  readonly keyEncrypted: boolean;
  /** Of the certificate, so the key file can be checked once it is back from disk. */
  readonly spkiSha256: string;
  /** Configuration text with PATH_PLACEHOLDER where the folder goes. */
  readonly nginx: string;
  readonly apache: string;
};

/** Key files are never readable by others, encrypted or not; certificates are public. */
export const KEY_MODE = 0o600;
export const CERT_MODE = 0o644;

export const FILE_NAMES: Record<PemFileRole, string> = {
  key: 'privkey.pem',
  certificate: 'cert.pem',
  fullchain: 'fullchain.pem',
  ca: 'ca.pem',
};

const certPem = (der: Uint8Array): string => encodePem('CERTIFICATE', der);

/** A root is its own issuer and verifies with its own key: it has no place in what a server sends. */
const isSelfSigned = (der: Uint8Array): boolean => {
  const c = new X509Certificate(der);
  return c.checkIssued(c) && c.verify(c.publicKey);
};

export const writePemBundle = async (input: PemBundleInput): Promise<Result<PemBundle, ExportError>> => {
  const iterations = input.iterations ?? DEFAULT_KDF_ITERATIONS;
  const checks = [
    checkKeyAndCertificates(input.key, input.certificate, input.chain),
    ...(input.keyPassphrase === null
      ? []
      : [checkPassword(input.keyPassphrase, 'The key passphrase'), checkIterationCount(iterations)]),
  ];
  for (const c of checks) if (!c.ok) return c;

  const chain = distinctChain(input.certificate, input.chain);
  const intermediates = chain.filter((der) => !isSelfSigned(der));
  const keyPem =
    input.keyPassphrase === null
      ? encodePem('PRIVATE KEY', input.key)
      : encodePem(
          ENCRYPTED_KEY_LABEL,
          await encryptPkcs8(input.key, Buffer.from(input.keyPassphrase, 'utf8'), iterations),
        );
  const file = (role: PemFileRole, content: string): PemFile => ({
    role,
    name: FILE_NAMES[role],
    content,
    mode: role === 'key' ? KEY_MODE : CERT_MODE,
  });
  const files = [
    file('key', keyPem),
    file('certificate', certPem(input.certificate)),
    // What the server sends: leaf then intermediates, issuer after subject; never the root.
    file('fullchain', [input.certificate, ...intermediates].map(certPem).join('')),
    ...(chain.length > 0 ? [file('ca', chain.map(certPem).join(''))] : []),
  ];
  const encrypted = input.keyPassphrase !== null;
  return ok({
    files,
    keyEncrypted: encrypted,
    spkiSha256: spkiSha256OfCertificate(input.certificate),
    ...serverSnippets(encrypted, chain.length > 0),
  });
};
