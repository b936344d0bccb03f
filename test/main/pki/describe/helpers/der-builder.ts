/** A tiny DER encoder for building test objects (including deliberately broken ones). */

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

const lengthBytes = (n: number): number[] => {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
};

/** Array form: spreading 100,000 parts as arguments would overflow the stack. */
export const tlvOf = (tag: number, parts: Uint8Array[]): Uint8Array => {
  const body = concat(parts);
  return concat([new Uint8Array([tag, ...lengthBytes(body.length)]), body]);
};

export const tlv = (tag: number, ...parts: Uint8Array[]): Uint8Array => tlvOf(tag, parts);
export const seqOf = (parts: Uint8Array[]): Uint8Array => tlvOf(0x30, parts);
export const setOf = (parts: Uint8Array[]): Uint8Array => tlvOf(0x31, parts);

export const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
export const seq = (...parts: Uint8Array[]): Uint8Array => tlv(0x30, ...parts);
export const set = (...parts: Uint8Array[]): Uint8Array => tlv(0x31, ...parts);
export const ctx = (n: number, ...parts: Uint8Array[]): Uint8Array => tlv(0xa0 | n, ...parts);
export const ctxPrim = (n: number, body: Uint8Array): Uint8Array => tlv(0x80 | n, body);

export const oid = (dotted: string): Uint8Array => {
  const arcs = dotted.split('.').map((a) => BigInt(a));
  const [a0 = 0n, a1 = 0n, ...rest] = arcs;
  const out: number[] = [];
  for (const arc of [a0 * 40n + a1, ...rest]) {
    const group: number[] = [];
    let v = arc;
    do {
      group.unshift(Number(v & 0x7fn));
      v >>= 7n;
    } while (v > 0n);
    for (let i = 0; i < group.length - 1; i++) group[i] = (group[i] as number) | 0x80;
    out.push(...group);
  }
  return tlv(0x06, new Uint8Array(out));
};

export const int = (n: number | bigint): Uint8Array => {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    out.unshift(Number(v & 0xffn));
    v >>= 8n;
  } while (v !== 0n && v !== -1n);
  if (BigInt(n) >= 0n && ((out[0] as number) & 0x80) !== 0) out.unshift(0);
  if (BigInt(n) < 0n && ((out[0] as number) & 0x80) === 0) out.unshift(0xff);
  return tlv(0x02, new Uint8Array(out));
};

export const intBytes = (raw: Uint8Array): Uint8Array => tlv(0x02, raw);
export const bool = (b: boolean): Uint8Array => tlv(0x01, bytes(b ? 0xff : 0));
export const nul = (): Uint8Array => tlv(0x05);
export const octet = (body: Uint8Array): Uint8Array => tlv(0x04, body);
export const bitString = (body: Uint8Array, unused = 0): Uint8Array => tlv(0x03, bytes(unused), body);
export const utf8 = (s: string): Uint8Array => tlv(0x0c, Buffer.from(s, 'utf8'));
export const printable = (s: string): Uint8Array => tlv(0x13, Buffer.from(s, 'latin1'));
export const ia5 = (s: string): Uint8Array => tlv(0x16, Buffer.from(s, 'latin1'));
export const bmp = (s: string): Uint8Array => tlv(0x1e, Buffer.from(s, 'utf16le').swap16());
export const enumerated = (n: number): Uint8Array => tlv(0x0a, bytes(n));

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const utcTime = (d: Date): Uint8Array =>
  tlv(
    0x17,
    Buffer.from(
      `${pad(d.getUTCFullYear() % 100)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`,
    ),
  );
export const genTime = (d: Date): Uint8Array =>
  tlv(
    0x18,
    Buffer.from(
      `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`,
    ),
  );
export const rawTime = (tag: 0x17 | 0x18, text: string): Uint8Array => tlv(tag, Buffer.from(text, 'latin1'));

/** Name from RDNs, each a list of [attribute OID, value TLV]. */
export const name = (...rdns: [string, Uint8Array][][]): Uint8Array =>
  seqOf(rdns.map((rdn) => setOf(rdn.map(([o, v]) => seq(oid(o), v)))));

export const extension = (extOid: string, value: Uint8Array, critical?: boolean): Uint8Array =>
  seq(oid(extOid), ...(critical === undefined ? [] : [bool(critical)]), octet(value));

export { concat };
