import 'reflect-metadata';
import { readIssuer, readSubject } from '../../../../src/main/pki/revocation/index.js';
import { buildOcspRequest, certIdFor } from '../../../../src/main/pki/ocsp/index.js';
import { validatePath, type ValidationInput } from '../../../../src/main/pki/validation/index.js';
import { issue, type FixtureCert } from '../../../helpers/fixture-ca.js';
import {
  answerOcsp,
  serialKey,
  type OcspKnobs,
  type ResponderState,
} from '../../../helpers/fixture-ocsp-responder.js';

/**
 * An OCSP answer the caller holds covers its certificate for revocation, as a CRL does:
 * signed by the issuer (or its delegated responder), about this serial, current.
 */
let root: FixtureCert;
let ca: FixtureCert;
let leaf: FixtureCert;
let stranger: FixtureCert;
const now = new Date();

beforeAll(async () => {
  root = await issue({ name: 'CN=OCSP Test Root, C=FR', ca: true });
  ca = await issue({ name: 'CN=OCSP Test CA, C=FR', issuer: root, ca: true });
  leaf = await issue({ name: 'CN=ocsp leaf, C=FR', issuer: ca });
  stranger = await issue({ name: 'CN=Stranger, C=FR', ca: true });
}, 60_000);

const serialOf = (c: FixtureCert) => serialKey(c.cert.serialNumber);

/** The answer `issuer` gives about `cert`, with the knobs of the fixture responder. */
const answer = async (cert: FixtureCert, issuer: FixtureCert, knobs: OcspKnobs = {}, revoked = false) => {
  const state: ResponderState = {
    ca: issuer,
    delegated: issuer,
    stranger,
    revoked: new Map(
      revoked ? [[serialOf(cert), { date: new Date(now.getTime() - 3_600_000), reason: 1 }]] : [],
    ),
    issued: new Set([serialOf(cert)]),
    now: () => now,
    knobs,
  };
  const request = buildOcspRequest(
    certIdFor(readSubject(cert.der), readIssuer(issuer.der)),
    new Uint8Array(16),
  );
  return answerOcsp(state, request);
};

const input = (ocsp: Uint8Array[]): ValidationInput => ({
  target: leaf.der,
  untrusted: [ca.der],
  anchors: [root.der],
  crls: [],
  ocsp,
  at: now,
  revocation: 'require',
});

describe('OCSP answers as revocation evidence', () => {
  it('covers each certificate its issuer answered for, and only those', async () => {
    const both = [await answer(leaf, ca), await answer(ca, root)];
    const r = await validatePath(input(both));
    expect(r).toMatchObject({ status: 'valid', revocationChecked: true });
    expect(r.revocation.map((f) => f.status)).toEqual(['good', 'good']);
    // Without the answer about the CA, it is not covered: unknown, and which one says so.
    const one = await validatePath(input([both[0] as Uint8Array]));
    expect(one).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/^revocation-unchecked: C=FR,CN=OCSP Test CA: /),
    });
  });

  it('says revoked when the issuer says so', async () => {
    const r = await validatePath(input([await answer(leaf, ca, {}, true), await answer(ca, root)]));
    expect(r).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/^revoked: C=FR,CN=ocsp leaf is revoked .*per OCSP/),
    });
  });

  it('does not take a stale answer, one about another serial, or one a stranger signed', async () => {
    for (const knobs of [
      { stale: true },
      { answerSerial: 'ABCDEF' },
      { signer: 'stranger' },
    ] as OcspKnobs[]) {
      const r = await validatePath(input([await answer(leaf, ca, knobs), await answer(ca, root)]));
      expect(r.status, JSON.stringify(knobs)).toBe('unknown');
      expect(r.revocation[0]?.status).toBe('not-covered');
    }
  });
});
