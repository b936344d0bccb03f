/**
 * PEM armour damage: real PEM files (or DER files armoured here, with the right label or a
 * wrong one, their DER mutated or not) with their text broken — BEGIN/END lines cut, labels
 * mismatched or absurdly long, END missing, base64 with foreign characters or bad padding,
 * RFC 1421 headers (Proc-Type, DEK-Info) made up, line ends changed, text around the blocks,
 * blocks repeated by the thousand, and BEGIN lines repeated with no END (up to the file cap).
 */
import fc from 'fast-check';
import { MAX_FILE_BYTES } from '../../src/shared/limits.js';
import { derMutation, mutateDer, warmTrees, type Sample } from './mutate-der.js';
import type { Seed, SeedKind } from './seeds.js';
import { HOSTILE_PIECES } from './strings.js';

const LABELS: Record<SeedKind, string> = {
  certificate: 'CERTIFICATE',
  csr: 'CERTIFICATE REQUEST',
  crl: 'X509 CRL',
  pkcs7: 'PKCS7',
  pkcs12: 'PKCS12',
  key: 'PRIVATE KEY',
  'encrypted-key': 'ENCRYPTED PRIVATE KEY',
  'public-key': 'PUBLIC KEY',
};

const OTHER_LABELS = [
  'X509 CERTIFICATE',
  'TRUSTED CERTIFICATE',
  'NEW CERTIFICATE REQUEST',
  'CMS',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'DSA PRIVATE KEY',
  'RSA PUBLIC KEY',
  'ENCRYPTED PRIVATE KEY',
  'FOO',
  '',
  ' CERTIFICATE ',
  'CERTIFICATE-----',
  'certificate',
  'X'.repeat(200),
  'CERTIFICATE\u0000',
  'CÉRTIFICATE',
];

const armour = (label: string, der: Uint8Array, width: number): string => {
  const b64 = Buffer.from(der).toString('base64');
  const lines = width > 0 ? (b64.match(new RegExp(`.{1,${width}}`, 'g')) ?? []) : [b64];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
};

type TextOp =
  | { k: 'cut'; at: number }
  | { k: 'delete'; at: number; len: number }
  | { k: 'insert'; at: number; piece: string }
  | { k: 'line-ends'; form: number }
  | { k: 'indent'; pad: string }
  | { k: 'relabel-end'; label: string }
  | { k: 'headers'; text: string }
  | { k: 'around'; before: string; after: string }
  | { k: 'dup'; times: number }
  | { k: 'begin-bomb'; count: number; closed: boolean; label: string }
  | { k: 'join-lines' };

const PEM_PIECES = [
  '-----BEGIN CERTIFICATE-----\n',
  '-----END CERTIFICATE-----\n',
  '-----BEGIN ',
  '-----END ',
  '-----',
  '----',
  '=',
  '==',
  '===',
  '\r',
  '\n\n',
  '@',
  '*',
  '-',
  '_',
  'Zm9v',
  'A',
  'é',
  '\u0000',
  ':',
  'Proc-Type: 4,ENCRYPTED\n',
];

const HEADERS = [
  'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF\n\n',
  'Proc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,zz\n\n',
  'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC\n\n',
  'Proc-Type: 4,ENCRYPTED\nDEK-Info: RC4,\n',
  'DEK-Info: ' + 'A'.repeat(5000) + '\n\n',
  'Comment: hello\n continued\n\n',
  ':\n\n',
  'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,' + '00'.repeat(4000) + '\n\n',
];

const AROUND = [
  'Bag Attributes\n    localKeyID: 01 02 03\n    friendlyName: x\nsubject=/CN=x\nissuer=/CN=y\n',
  'Certificate:\n    Data:\n        Version: 3 (0x2)\n',
  '\ufeff',
  '\u0000\u0000',
  '-----BEGIN',
  'text -----BEGIN CERTIFICATE----- in a sentence\n',
  '',
];

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  { arbitrary: fc.record({ k: fc.constant('cut' as const), at: fc.nat() }), weight: 3 },
  {
    arbitrary: fc.record({
      k: fc.constant('delete' as const),
      at: fc.nat(),
      len: fc.integer({ min: 1, max: 80 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('insert' as const),
      at: fc.nat(),
      piece: fc.constantFrom(...PEM_PIECES, ...HOSTILE_PIECES),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ k: fc.constant('line-ends' as const), form: fc.nat(3) }), weight: 1 },
  {
    arbitrary: fc.record({
      k: fc.constant('indent' as const),
      pad: fc.constantFrom(' ', '\t', '   ', '\u00a0', '\v'),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ k: fc.constant('relabel-end' as const), label: fc.constantFrom(...OTHER_LABELS) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ k: fc.constant('headers' as const), text: fc.constantFrom(...HEADERS) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('around' as const),
      before: fc.constantFrom(...AROUND),
      after: fc.constantFrom(...AROUND),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('dup' as const),
      times: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom(1_000, 30_000)),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('begin-bomb' as const),
      count: fc.constantFrom(3, 1_000, 50_000, 600_000),
      closed: fc.boolean(),
      label: fc.constantFrom('CERTIFICATE', 'X', 'PKCS7'),
    }),
    weight: 1,
  },
  { arbitrary: fc.constant({ k: 'join-lines' as const }), weight: 1 },
);

const LIMIT = MAX_FILE_BYTES + 64;

const applyTextOp = (text: string, op: TextOp): { text: string; note: string } => {
  const pos = (n: number) => n % (text.length + 1);
  switch (op.k) {
    case 'cut': {
      const i = pos(op.at);
      return { text: text.slice(0, i), note: `cut@${i}` };
    }
    case 'delete': {
      const i = pos(op.at);
      return { text: text.slice(0, i) + text.slice(i + op.len), note: `delete@${i}-${op.len}` };
    }
    case 'insert': {
      const i = pos(op.at);
      return {
        text: text.slice(0, i) + op.piece + text.slice(i),
        note: `insert@${i}${JSON.stringify(op.piece)}`,
      };
    }
    case 'line-ends': {
      const to = ['\r\n', '\r', '\n\n', '\u2028'][op.form] as string;
      return { text: text.replace(/\n/g, to), note: `line-ends#${op.form}` };
    }
    case 'indent':
      return { text: text.replace(/^/gm, op.pad), note: `indent${JSON.stringify(op.pad)}` };
    case 'relabel-end':
      return {
        text: text.replace(/-----END [^-]*-----/, `-----END ${op.label}-----`),
        note: `relabel-end=${JSON.stringify(op.label.slice(0, 20))}`,
      };
    case 'headers':
      return {
        text: text.replace(/(-----BEGIN [^-]*-----\r?\n)/, `$1${op.text}`),
        note: `headers(${op.text.length})`,
      };
    case 'around':
      return { text: op.before + text + op.after, note: 'around' };
    case 'dup': {
      const times = Math.max(1, Math.min(op.times, Math.floor(LIMIT / Math.max(1, text.length))));
      return { text: text.repeat(times), note: `dup x${times}` };
    }
    case 'begin-bomb': {
      const line = `-----BEGIN ${op.label}-----\n`;
      const count = Math.min(op.count, Math.floor((LIMIT - text.length) / line.length));
      return {
        text: text + line.repeat(Math.max(0, count)) + (op.closed ? `QUJD\n-----END ${op.label}-----\n` : ''),
        note: `begin-bomb x${count}${op.closed ? ' closed' : ''}`,
      };
    }
    case 'join-lines':
      return { text: text.replace(/\r?\n/g, ''), note: 'join-lines' };
  }
};

/**
 * A seed as PEM text, damaged: its own text when it is PEM, else its DER armoured (with its
 * label or another, sometimes mutated first), then 1 to 3 text operations.
 */
export const pemMutant = (seeds: readonly Seed[]): fc.Arbitrary<Sample> => {
  warmTrees(seeds, false);
  return fc
    .record({
      index: fc.nat(),
      own: fc.boolean(),
      label: fc.option(fc.constantFrom(...OTHER_LABELS), { freq: 5 }),
      width: fc.constantFrom(64, 64, 76, 0, 1, 5),
      der: fc.option(derMutation, { freq: 2 }),
      ops: fc.array(textOp, { minLength: 0, maxLength: 3 }),
    })
    .map(({ index, own, label, width, der, ops }) => {
      const s = seeds[index % seeds.length] as Seed;
      const isPemFile = Buffer.from(s.file).includes('-----BEGIN ');
      const notes: string[] = [];
      let text: string;
      if (own && isPemFile && der === null) {
        text = Buffer.from(s.file).toString('latin1');
        notes.push('own-text');
      } else {
        const mutated = der ? mutateDer(s.der, der, seeds) : { bytes: s.der, note: '' };
        const l = label ?? LABELS[s.kind];
        text = armour(l, mutated.bytes, width);
        notes.push(
          `armour(${JSON.stringify(l.slice(0, 24))},${width})${mutated.note ? ` ${mutated.note}` : ''}`,
        );
      }
      for (const op of ops) {
        const r = applyTextOp(text, op);
        text = r.text;
        notes.push(r.note);
      }
      let bytes = new Uint8Array(Buffer.from(text, 'utf8'));
      // Armour, indentation and repetition together stay within the file cap (and just past it).
      if (bytes.length > LIMIT) {
        bytes = bytes.subarray(0, LIMIT);
        notes.push(`capped@${LIMIT}`);
      }
      return {
        bytes,
        label: `${s.name} ${notes.join(' ')}`,
        ...(s.password === undefined ? {} : { password: s.password }),
      };
    });
};
