/**
 * A tiny DER writer for hand-made (often hostile) test inputs. Independent of the reader's
 * own encoder on purpose: tests should not trust the code they test.
 */
const lengthBytes = (n: number): number[] => {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return [0x80 | out.length, ...out];
};

export const der = (tag: number, ...parts: Uint8Array[]): Uint8Array => {
  const body = Buffer.concat(parts);
  return new Uint8Array(Buffer.concat([Uint8Array.from([tag, ...lengthBytes(body.length)]), body]));
};

export const seq = (...parts: Uint8Array[]): Uint8Array => der(0x30, ...parts);
export const set = (...parts: Uint8Array[]): Uint8Array => der(0x31, ...parts);
export const ctx = (n: number, ...parts: Uint8Array[]): Uint8Array => der(0xa0 | n, ...parts);
export const octets = (bytes: Uint8Array): Uint8Array => der(0x04, bytes);
export const nul = (): Uint8Array => Uint8Array.of(0x05, 0x00);

export const int = (value: number | bigint): Uint8Array => {
  let hex = BigInt(value).toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return der(0x02, new Uint8Array(Buffer.from(hex, 'hex')));
};

export const oid = (dotted: string): Uint8Array => {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes: number[] = [a * 40 + b];
  for (const arc of rest) {
    const digits: number[] = [];
    for (let v = arc; ; v = Math.floor(v / 128)) {
      digits.unshift(v % 128);
      if (v < 128) break;
    }
    bytes.push(...digits.map((d, i) => (i < digits.length - 1 ? d | 0x80 : d)));
  }
  return der(0x06, Uint8Array.from(bytes));
};

export const OIDS = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  sha1: '1.3.14.3.2.26',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSha256: '1.2.840.113549.2.9',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  pbeSha1TripleDes: '1.2.840.113549.1.12.1.3',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
};

/** PBES2 / PBKDF2-SHA256 / AES-256-CBC AlgorithmIdentifier with a chosen iteration count. */
export const pbes2Algorithm = (iterations: number): Uint8Array =>
  seq(
    oid(OIDS.pbes2),
    seq(
      seq(
        oid(OIDS.pbkdf2),
        seq(octets(new Uint8Array(8)), int(iterations), seq(oid(OIDS.hmacWithSha256), nul())),
      ),
      seq(oid(OIDS.aes256Cbc), octets(new Uint8Array(16))),
    ),
  );

export const pbe3desAlgorithm = (iterations: number): Uint8Array =>
  seq(oid(OIDS.pbeSha1TripleDes), seq(octets(new Uint8Array(8)), int(iterations)));

/** PFX whose authSafe holds `contentInfos`, with an optional SHA-1 MacData. */
export const pfx = (contentInfos: Uint8Array[], macIterations: number | null): Uint8Array => {
  const authSafe = seq(oid(OIDS.data), ctx(0, octets(seq(...contentInfos))));
  const mac =
    macIterations === null
      ? []
      : [
          seq(
            seq(seq(oid(OIDS.sha1), nul()), octets(new Uint8Array(20))),
            octets(new Uint8Array(8)),
            int(macIterations),
          ),
        ];
  return pfx3(authSafe, ...mac);
};

const pfx3 = (...parts: Uint8Array[]): Uint8Array => seq(int(3), ...parts);

export const plainContentInfo = (...bags: Uint8Array[]): Uint8Array =>
  seq(oid(OIDS.data), ctx(0, octets(seq(...bags))));

export const encryptedContentInfo = (algorithm: Uint8Array): Uint8Array =>
  seq(
    oid(OIDS.encryptedData),
    ctx(0, seq(int(0), seq(oid(OIDS.data), algorithm, der(0x80, new Uint8Array(32))))),
  );

export const shroudedKeyBag = (algorithm: Uint8Array): Uint8Array =>
  seq(oid(OIDS.shroudedKeyBag), ctx(0, seq(algorithm, octets(new Uint8Array(48)))));
