import { toHex } from '../../../shared/asn1/hex.js';
import { ok, type Result } from '../../../shared/result.js';
import { readFile, type ReadObject } from '../reader/index.js';
import { exportError, type ExportError } from './export-error.js';
import type { ExportProfile } from './pbe-encrypt.js';

/**
 * Opens a PKCS#12 we just wrote with our own reader, as a user would, before it is handed
 * out: a file that does not open (or opens into something else) is never returned.
 */

export type Expected = {
  readonly profile: ExportProfile;
  readonly password: string;
  readonly certificate: Uint8Array;
  readonly chain: readonly Uint8Array[];
  readonly spkiSha256: string;
  readonly friendlyName: string;
  readonly localKeyId: Uint8Array;
};

const EXPECTED_ALGORITHMS: Record<ExportProfile, { encryption: string; mac: string }> = {
  modern: { encryption: 'PBES2 AES-256-CBC / PBKDF2-SHA256', mac: 'HMAC-SHA256' },
  compatible: { encryption: '3DES (PKCS#12 PBE, SHA-1)', mac: 'HMAC-SHA1' },
};

const hex = (der: Uint8Array): string => Buffer.from(der).toString('hex');

type Cert = Extract<ReadObject, { type: 'certificate' }>;
type Key = Extract<ReadObject, { type: 'private-key' }>;

/** Null when everything matches, else what did not. */
const mismatch = (objects: readonly ReadObject[], pkcs12Ok: string | null, e: Expected): string | null => {
  if (pkcs12Ok !== null) return pkcs12Ok;
  const keys = objects.filter((o): o is Key => o.type === 'private-key');
  const certs = objects.filter((o): o is Cert => o.type === 'certificate');
  const key = keys[0];
  if (keys.length !== 1 || key === undefined) return `${keys.length} private keys instead of one`;
  if (key.key.encrypted || key.key.spkiSha256 !== e.spkiSha256)
    return 'the key does not match the certificate';
  const wanted = [e.certificate, ...e.chain].map(hex).sort();
  const found = certs.map((c) => hex(c.der)).sort();
  if (wanted.join() !== found.join()) return 'the certificates differ from those given';
  if (certs.some((c) => !c.verified)) return 'a certificate is not covered by the MAC';
  const leaf = certs.find((c) => hex(c.der) === hex(e.certificate));
  const id = toHex(e.localKeyId);
  if (key.friendlyName !== e.friendlyName || leaf?.friendlyName !== e.friendlyName)
    return 'friendlyName lost';
  if (key.localKeyId !== id || leaf?.localKeyId !== id) return 'localKeyId lost';
  if (certs.some((c) => c !== leaf && c.localKeyId !== null)) return 'a chain certificate has a localKeyId';
  return null;
};

export const readBack = async (bytes: Uint8Array, e: Expected): Promise<Result<void, ExportError>> => {
  const read = await readFile(bytes, { password: e.password });
  if (!read.ok)
    return exportError('read-back-failed', `The file just written does not open: ${read.error.message}`);
  const { format, pkcs12, objects } = read.value;
  const algorithms = EXPECTED_ALGORITHMS[e.profile];
  const structure =
    format !== 'pkcs12' || pkcs12 === null
      ? 'not read as PKCS#12'
      : pkcs12.integrity !== 'verified'
        ? 'the MAC does not verify'
        : pkcs12.macAlgorithm !== algorithms.mac || pkcs12.encryption.some((n) => n !== algorithms.encryption)
          ? `unexpected algorithms (${[pkcs12.macAlgorithm, ...pkcs12.encryption].join(', ')})`
          : null;
  const problem = mismatch(objects, structure, e);
  if (problem !== null) return exportError('read-back-failed', `The file just written is wrong: ${problem}.`);
  return ok(undefined);
};
