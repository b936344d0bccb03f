import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { validatePath } from '../../../../src/main/pki/validation/index.js';
import {
  bitString,
  bool,
  ctx,
  ctxPrim,
  extension,
  int,
  name,
  octet,
  oid,
  seq,
  utcTime,
  utf8,
} from '../describe/helpers/der-builder.js';

/**
 * Hostile inputs must be answered, not explored: path building and name-constraint checks
 * have bounds past which the answer is a typed refusal, within a second (issue 9).
 */
const ED25519 = seq(oid('1.3.101.112'));
const DAY = 86_400_000;
const now = new Date();

type Ca = { key: KeyObject; spki: Uint8Array; keyId: Uint8Array; subject: Uint8Array };

const newCa = (cn: string): Ca => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  return {
    key: privateKey,
    spki,
    keyId: new Uint8Array(createHash('sha1').update(spki).digest()),
    subject: name([['2.5.4.3', utf8(cn)]]),
  };
};

/** A certificate for `subject` (its key `spki`), issued and signed by `issuer`. */
const certificate = (
  serial: number,
  issuer: Ca,
  subject: { subject: Uint8Array; spki: Uint8Array; keyId?: Uint8Array },
  extensions: Uint8Array[],
): Uint8Array => {
  const tbs = seq(
    ctx(0, int(2)),
    int(serial),
    ED25519,
    issuer.subject,
    seq(utcTime(new Date(now.getTime() - DAY)), utcTime(new Date(now.getTime() + 365 * DAY))),
    subject.subject,
    subject.spki,
    ctx(3, seq(...extensions, extension('2.5.29.35', seq(ctxPrim(0, issuer.keyId))))),
  );
  return seq(tbs, ED25519, bitString(new Uint8Array(sign(null, tbs, issuer.key))));
};

const caExtensions = (keyId: Uint8Array, more: Uint8Array[] = []) => [
  extension('2.5.29.19', seq(bool(true)), true),
  extension('2.5.29.15', bitString(new Uint8Array([0x06]), 1), true),
  extension('2.5.29.14', octet(keyId)),
  ...more,
];

describe('bounded work on hostile inputs', () => {
  it('answers a bundle of 100 CAs with one name and distinct keys, chained to each other, quickly', async () => {
    const root = newCa('Vigie bounded root');
    const rootDer = certificate(1, root, root, caExtensions(root.keyId));
    // ICA #0 self-signed, each next one signed by the one before; none chains to the root.
    const icas: Ca[] = Array.from({ length: 100 }, () => newCa('Same Subject ICA'));
    const ders = icas.map((ica, i) => certificate(10 + i, icas[i - 1] ?? ica, ica, caExtensions(ica.keyId)));
    const leaf = newCa('leaf');
    const target = certificate(500, icas[99] as Ca, leaf, []);
    // An answer, not a search of every path (npm run bench times it).
    const r = await validatePath({
      target,
      untrusted: ders,
      anchors: [rootDer],
      crls: [],
      at: now,
      revocation: 'off',
    });
    expect(r.status).not.toBe('valid');
    expect(r.reason).toMatch(/^(path-search-exhausted|no-path): /);
    // The same bundle with the root's own certificate among them still answers the same way.
    const again = await validatePath({
      target,
      untrusted: [...ders, rootDer],
      anchors: [rootDer],
      crls: [],
      at: now,
      revocation: 'off',
    });
    expect(again.status).not.toBe('valid');
  });

  it('refuses thousands of name constraints against thousands of names as too complex, quickly', async () => {
    const root = newCa('Vigie constrained root');
    const subtrees = Array.from({ length: 2048 }, (_, i) =>
      seq(ctxPrim(2, Buffer.from(`permitted${i}.example`))),
    );
    const nc = extension('2.5.29.30', seq(ctx(0, ...subtrees)), true);
    const rootDer = certificate(1, root, root, caExtensions(root.keyId, [nc]));
    const leaf = newCa('many names');
    const sans = Array.from({ length: 1024 }, (_, i) =>
      ctxPrim(2, Buffer.from(`host${i}.permitted1.example`)),
    );
    const target = certificate(2, root, leaf, [extension('2.5.29.17', seq(...sans))]);
    const r = await validatePath({
      target,
      untrusted: [],
      anchors: [rootDer],
      crls: [],
      at: now,
      revocation: 'off',
    });
    expect(r).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/^constraints-too-complex: /),
    });
    // A few names under the same constraints are checked as usual.
    const few = certificate(3, root, leaf, [
      extension('2.5.29.17', seq(ctxPrim(2, Buffer.from('www.permitted7.example')))),
    ]);
    expect(
      (
        await validatePath({
          target: few,
          untrusted: [],
          anchors: [rootDer],
          crls: [],
          at: now,
          revocation: 'off',
        })
      ).status,
    ).toBe('valid');
    const outside = certificate(4, root, leaf, [
      extension('2.5.29.17', seq(ctxPrim(2, Buffer.from('www.elsewhere.example')))),
    ]);
    expect(
      (
        await validatePath({
          target: outside,
          untrusted: [],
          anchors: [rootDer],
          crls: [],
          at: now,
          revocation: 'off',
        })
      ).reason,
    ).toMatch(/^name-constraints: /);
  });
});
