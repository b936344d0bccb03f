import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CrlReason } from '../../../helpers/fixture-pki-server.js';
import { startWorld, type World } from './setup.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w.dispose());
afterEach(() => {
  for (const k of Object.keys(w.pki.ocsp)) delete w.pki.ocsp[k as keyof typeof w.pki.ocsp];
  w.pki.crlMode = 'normal';
});

const ocspOnly = { crl: false };

describe('revocation over OCSP (fixture responder on 127.0.0.1)', () => {
  it('good, signed by the issuer, nonce echoed; no CRL download', async () => {
    const leaf = await w.pki.issueLeaf();
    const before = w.pki.count('/crl/ca.crl');
    const r = await w.service().checkCertificate(leaf.der, w.pki.ca.der);
    expect(r).toMatchObject({ status: 'good', source: 'ocsp' });
    expect(r.detail).toContain('signed by the issuer');
    expect(r.detail).not.toContain('no nonce');
    expect(w.pki.count('/crl/ca.crl')).toBe(before);
    expect(w.pki.count('/ocsp')).toBeGreaterThan(0);
  });

  it('revoked with date and reason, the same as the CRL says', async () => {
    const leaf = await w.pki.issueLeaf();
    const date = new Date('2025-11-12T13:14:15Z');
    w.pki.revoke(leaf, { date, reason: CrlReason.keyCompromise });
    const expected = { status: 'revoked', revokedAt: date.toISOString(), reason: 'keyCompromise' };
    const svc = w.service();
    expect(await svc.checkCertificate(leaf.der, w.pki.ca.der, ocspOnly)).toMatchObject({
      ...expected,
      source: 'ocsp',
    });
    w.clock.advance(2 * 3_600_000); // any cached CRL is stale by now
    expect(await svc.checkCertificate(leaf.der, w.pki.ca.der, { ocsp: false })).toMatchObject({
      ...expected,
      source: 'crl',
    });
  });

  it('accepts a delegated responder certificate issued by the CA with id-kp-OCSPSigning', async () => {
    const leaf = await w.pki.issueLeaf();
    w.pki.ocsp.signer = 'delegated';
    const r = await w.service().checkCertificate(leaf.der, w.pki.ca.der, ocspOnly);
    expect(r).toMatchObject({ status: 'good', source: 'ocsp' });
    expect(r.detail).toContain('delegated responder');
  });

  it.each([
    ['stranger', { signer: 'stranger' }, 'not signed by the issuer'],
    ['another serial', { answerSerial: '0BADC0FFEE' }, 'does not cover this certificate'],
    ['stale', { stale: true }, 'stale answer'],
    ['wrong nonce', { nonce: 'wrong' }, 'another nonce'],
  ] as const)('rejects an answer from a %s, never good', async (_label, knobs, why) => {
    const leaf = await w.pki.issueLeaf();
    Object.assign(w.pki.ocsp, knobs);
    const r = await w.service().checkCertificate(leaf.der, w.pki.ca.der, ocspOnly);
    expect(r.status).toBe('unknown');
    expect(r.detail).toContain(why);
  });

  it('a missing nonce is accepted and said, or refused when required', async () => {
    const leaf = await w.pki.issueLeaf();
    w.pki.ocsp.nonce = 'omit';
    const relaxed = await w.service().checkCertificate(leaf.der, w.pki.ca.der, ocspOnly);
    expect(relaxed.status).toBe('good');
    expect(relaxed.detail).toContain('no nonce echoed');
    const strict = await w
      .service()
      .checkCertificate(leaf.der, w.pki.ca.der, { ...ocspOnly, requireNonce: true });
    expect(strict.status).toBe('unknown');
    expect(strict.detail).toContain('does not echo our nonce');
  });

  it('falls back to the CRL when OCSP is rejected or says unknown', async () => {
    const leaf = await w.pki.issueLeaf();
    w.pki.revoke(leaf, { reason: CrlReason.affiliationChanged });
    w.clock.advance(2 * 3_600_000);
    w.pki.ocsp.stale = true;
    const r = await w.service().checkCertificate(leaf.der, w.pki.ca.der);
    expect(r).toMatchObject({ status: 'revoked', source: 'crl', reason: 'affiliationChanged' });
    expect(r.notes.some((n) => n.includes('falling back to CRLs'))).toBe(true);
    w.pki.ocsp.stale = false;
    w.pki.ocsp.forceStatus = 'unknown';
    const other = await w.pki.issueLeaf();
    const fallback = await w.service().checkCertificate(other.der, w.pki.ca.der);
    expect(fallback).toMatchObject({ status: 'good', source: 'crl' });
  });

  it('server down: unknown with the reason from both sources', async () => {
    const leaf = await w.pki.issueLeaf();
    w.clock.advance(2 * 3_600_000);
    w.pki.crlMode = 'down';
    const r = await w.service().checkCertificate(leaf.der, w.pki.ca.der);
    expect(r.status).toBe('unknown');
    expect(r.detail).toContain('network');
    expect(r.notes.some((n) => n.startsWith('OCSP') && n.includes('network'))).toBe(true);
  });

  it('no OCSP URL: straight to the CRL; with CRLs off, unknown says why', async () => {
    const leaf = await w.pki.issueLeaf({ ocsp: false });
    const before = w.pki.count('/ocsp');
    expect((await w.service().checkCertificate(leaf.der, w.pki.ca.der)).source).toBe('crl');
    expect(w.pki.count('/ocsp')).toBe(before);
    const none = await w.service().checkCertificate(leaf.der, w.pki.ca.der, ocspOnly);
    expect(none.status).toBe('unknown');
    expect(none.detail).toContain('no OCSP URL');
  });
});
