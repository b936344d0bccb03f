/**
 * Fuzzing the revocation codecs (pki/revocation): `checkCrl` on mutated PKITS CRLs against
 * their real issuer, and `readOcspResponse` on mutated answers of the fixture responder
 * (good, revoked, unknown, delegated signer, stale, nonce variants). Both answer a
 * Result whose error is a reason text: never a JavaScript error's message.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import * as x509 from '@peculiar/x509';
import { endOperation } from '../../../src/main/pki/certificate/index.js';
import {
  checkCrl,
  readIssuer,
  readSubject,
  type IssuerInfo,
} from '../../../src/main/pki/revocation/index.js';
import { buildOcspRequest, certIdFor, readOcspResponse } from '../../../src/main/pki/ocsp/index.js';
import type { CertIdParts } from '../../../src/main/pki/ocsp/ocsp-request.js';
import { issue } from '../../helpers/fixture-ca.js';
import {
  answerOcsp,
  serialKey,
  type OcspKnobs,
  type ResponderState,
} from '../../helpers/fixture-ocsp-responder.js';
import { checkReason } from '../../fuzz/checks.js';
import { fuzz } from '../../fuzz/harness.js';
import { derMutant, describeSample, type Sample } from '../../fuzz/mutate-der.js';
import { pkitsCases, SEEDS, type Seed } from '../../fuzz/seeds.js';

/** Each PKITS CRL with the certificate that issued it (found by checking, once). */
const crlSeeds: Seed[] = [];
const crlIssuers = new Map<string, IssuerInfo>();

/** Answers of the fixture responder about one leaf, and what reading them needs. */
const ocspSeeds: Seed[] = [];
let ocspIssuer: IssuerInfo;
let ocspId: CertIdParts;
const NONCE = new Uint8Array(16);
const NOW = new Date();
const LIMITS = {
  crlMaxBytes: 10 << 20,
  ocspMaxBytes: 1 << 20,
  timeoutMs: 1_000,
  skewMs: 300_000,
  ocspMaxAgeMs: 7 * 86_400_000,
};

beforeAll(async () => {
  for (const c of pkitsCases()) {
    for (const crl of c.crls) {
      const name = `crl#${crlSeeds.length}`;
      if (crlSeeds.some((s) => Buffer.compare(s.der, crl) === 0)) continue;
      for (const candidate of [...c.intermediates, c.anchor]) {
        const issuer = readIssuer(candidate);
        if ((await checkCrl(crl, issuer)).ok) {
          crlSeeds.push({ name, kind: 'crl', file: crl, der: crl });
          crlIssuers.set(name, issuer);
          break;
        }
      }
    }
  }
  const root = await issue({ name: 'CN=Fuzz OCSP Root, C=FR', ca: true });
  const ca = await issue({ name: 'CN=Fuzz OCSP CA, C=FR', issuer: root, ca: true });
  const leaf = await issue({ name: 'CN=fuzz leaf, C=FR', issuer: ca });
  const delegated = await issue({
    name: 'CN=Fuzz OCSP responder, C=FR',
    issuer: ca,
    extensions: [new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.9'])],
  });
  const stranger = await issue({ name: 'CN=Stranger, C=FR', ca: true });
  ocspIssuer = readIssuer(ca.der);
  ocspId = certIdFor(readSubject(leaf.der), ocspIssuer);
  const request = buildOcspRequest(ocspId, NONCE);
  const serial = serialKey(leaf.cert.serialNumber);
  const variants: [string, OcspKnobs, boolean][] = [
    ['good', {}, false],
    ['revoked', {}, true],
    ['unknown', { forceStatus: 'unknown' }, false],
    ['delegated', { signer: 'delegated' }, false],
    ['stranger', { signer: 'stranger' }, false],
    ['stale', { stale: true }, false],
    ['no-nonce', { nonce: 'omit' }, false],
    ['wrong-nonce', { nonce: 'wrong' }, false],
  ];
  for (const [name, knobs, revoked] of variants) {
    const state: ResponderState = {
      ca,
      delegated,
      stranger,
      revoked: new Map(revoked ? [[serial, { date: new Date(NOW.getTime() - 3_600_000), reason: 1 }]] : []),
      issued: new Set([serial]),
      now: () => NOW,
      knobs,
    };
    const der = await answerOcsp(state, request);
    ocspSeeds.push({ name: `ocsp:${name}`, kind: 'certificate', file: der, der });
  }
}, 60_000);

describe('fuzz: revocation codecs', () => {
  fuzz('revocation.crl-check', {
    arbitrary: derMutant(crlSeeds, { pool: SEEDS }),
    call: (s: Sample) => checkCrl(s.bytes, crlIssuers.get(s.label.split(' ')[0] as string) as IssuerInfo),
    check: checkReason,
    describe: describeSample,
    after: endOperation,
  });

  fuzz('revocation.ocsp-response', {
    arbitrary: fc.tuple(derMutant(ocspSeeds, { pool: SEEDS }), fc.boolean(), fc.boolean()),
    call: ([s, requireNonce, stored]) =>
      readOcspResponse(s.bytes, {
        issuer: ocspIssuer,
        id: ocspId,
        nonce: stored ? new Uint8Array(0) : NONCE,
        now: NOW,
        limits: LIMITS,
        requireNonce,
      }),
    check: checkReason,
    describe: ([s, requireNonce, stored]) =>
      `${describeSample(s)} requireNonce=${requireNonce} stored=${stored}`,
    after: endOperation,
  });
});
