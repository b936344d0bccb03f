import { createHash } from 'node:crypto';
import { ok, type Result } from '../../../shared/result.js';
import { spkiSha256OfCertificate } from '../describe/index.js';
import { createBudget } from '../crypto/work-budget.js';
import { exportError, type ExportError } from './export-error.js';
import { encryptFor, macData, type ExportProfile } from './pbe-encrypt.js';
import { readBack } from './pkcs12-read-back.js';
import {
  certBag,
  dataContentInfo,
  encryptedContentInfo,
  pfx,
  safeContents,
  shroudedKeyBag,
} from './pkcs12-structure.js';
import {
  checkIterationCount,
  checkKeyAndCertificates,
  checkPassword,
  distinctChain,
} from './validate-export.js';

export type Pkcs12Input = {
  /** PKCS#8 PrivateKeyInfo DER; stays in memory, the caller wipes it. */
  readonly key: Uint8Array;
  readonly certificate: Uint8Array;
  /** Intermediates (and the root if wanted); the leaf and repeats are dropped. */
  readonly chain: readonly Uint8Array[];
  readonly friendlyName: string;
  readonly password: string;
  readonly profile: ExportProfile;
  readonly iterations?: number;
};

/**
 * Defaults. 'compatible' keeps 2,048, what the IGC-Santé platform, OpenSSL and Windows write
 * and what old stacks are tested with. 'modern' uses 100,000 (50× OpenSSL 3's 2,048): the
 * MAC, key and certificates each run one KDF, so a file costs 300,000 iterations to open,
 * within .NET's default Pkcs12LoaderLimits (300,000 per KDF, 1,000,000 in total) and Java's
 * 5,000,000 cap, while every guess at the password costs an attacker 100,000 hashes.
 */
export const DEFAULT_ITERATIONS: Record<ExportProfile, number> = { modern: 100_000, compatible: 2048 };

/**
 * Password-hashing work our reader charges to open the file (its units: one PKCS#12-KDF
 * step = 1, one PBKDF2 iteration = 0.2). 3DES needs 3 KDF blocks (24-byte key + IV) per
 * container; PBES2-AES-256 one PBKDF2 block; the MAC one block.
 */
const readCost = (profile: ExportProfile, iterations: number): number =>
  iterations * (profile === 'compatible' ? 1 + 2 * 3 : 1 + 2 * 0.2);

const MAX_FRIENDLY_NAME = 256;

/**
 * Writes a PKCS#12 (PFX) file: AuthenticatedSafe = [ encryptedData(certificates),
 * data(shrouded key bag) ], the layout OpenSSL writes, so every importer that opens an
 * OpenSSL file opens ours. One scheme for every part of a file (see ExportProfile).
 */
export const writePkcs12 = async (input: Pkcs12Input): Promise<Result<Uint8Array, ExportError>> => {
  const iterations = input.iterations ?? DEFAULT_ITERATIONS[input.profile];
  const checks = [
    checkPassword(input.password, 'The password'),
    checkIterationCount(iterations),
    checkKeyAndCertificates(input.key, input.certificate, input.chain),
  ];
  for (const c of checks) if (!c.ok) return c;
  if (readCost(input.profile, iterations) > createBudget().remaining)
    return exportError(
      'iteration-limit',
      `With 3DES, ${iterations.toLocaleString('en-US')} iterations make the file too slow to open; choose fewer.`,
    );
  if (input.friendlyName.trim().length === 0 || input.friendlyName.length > MAX_FRIENDLY_NAME)
    return exportError('invalid-input', `The friendly name must have 1 to ${MAX_FRIENDLY_NAME} characters.`);

  const chain = distinctChain(input.certificate, input.chain);
  // OpenSSL's choice: SHA-1 of the leaf certificate, on the key bag and the leaf bag only.
  const localKeyId = new Uint8Array(createHash('sha1').update(input.certificate).digest());
  const leafAttrs = { friendlyName: input.friendlyName, localKeyId };
  const certificates = safeContents([
    certBag(input.certificate, leafAttrs),
    ...chain.map((der) => certBag(der, {})),
  ]);
  const { profile, password } = input;
  const encryptedCerts = await encryptFor(profile, password, certificates, iterations);
  const encryptedKey = await encryptFor(profile, password, input.key, iterations);
  const authSafe = safeContents([
    encryptedContentInfo(encryptedCerts),
    dataContentInfo(safeContents([shroudedKeyBag(encryptedKey, leafAttrs)])),
  ]);
  const bytes = pfx(authSafe, await macData(profile, password, authSafe, iterations));

  const checked = await readBack(bytes, {
    profile,
    password,
    certificate: input.certificate,
    chain,
    spkiSha256: spkiSha256OfCertificate(input.certificate),
    friendlyName: input.friendlyName,
    localKeyId,
  });
  return checked.ok ? ok(bytes) : checked;
};
