import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCertificate } from '../../../../src/main/pki/describe/index.js';
import { CrlReason as X509CrlReason } from '../../../helpers/fixture-pki-server.js';
import { startWorld, type World } from './setup.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w.dispose());

const crlOnly = { ocsp: false };
/** Tests share one cache folder: moving past nextUpdate makes any earlier copy stale. */
const outdateCache = () => w.clock.advance(2 * 3_600_000);

describe('revocation over CRLs (fixture PKI on 127.0.0.1)', () => {
  it('good: a verified CRL that does not list the serial; LDAP mirror skipped with a note', async () => {
    const leaf = await w.pki.issueLeaf();
    const r = await w.service().checkCertificate(leaf.der, w.pki.ca.der, crlOnly);
    expect(r).toMatchObject({ status: 'good', source: 'crl' });
    expect(r.detail).toContain(w.pki.crlUrl);
  });

  it('revoked: date and reason from the CRL entry', async () => {
    const leaf = await w.pki.issueLeaf();
    const date = new Date('2026-01-02T03:04:05Z');
    w.pki.revoke(leaf, { date, reason: X509CrlReason.keyCompromise });
    outdateCache();
    const r = await w.service().checkCertificate(leaf.der, w.pki.ca.der, crlOnly);
    expect(r).toMatchObject({
      status: 'revoked',
      source: 'crl',
      revokedAt: date.toISOString(),
      reason: 'keyCompromise',
    });
  });

  it('caches the CRL until nextUpdate, then downloads it again', async () => {
    const leaf = await w.pki.issueLeaf();
    const svc = w.service();
    outdateCache();
    const before = w.pki.count('/crl/ca.crl');
    const first = await svc.crlsFor(leaf.der, w.pki.ca.der);
    expect(first.base?.fromCache).toBe(false);
    expect(first.notes.some((n) => n.includes('ldap://') && n.includes('skipped'))).toBe(true);
    const view = await describeCertificate(leaf.der, w.clock.now());
    if (!view.ok) throw new Error('leaf unreadable');
    const second = await svc.crlsFor(view.value, w.pki.ca.der);
    expect(second.base?.fromCache).toBe(true);
    expect(w.pki.count('/crl/ca.crl') - before).toBe(1);
    // The cache file name is a hash of the URL, never the URL itself.
    expect((await readdir(w.cacheDir)).filter((f) => f.endsWith('.crl'))).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}\.crl$/),
    ]);
    outdateCache(); // past nextUpdate (the CRL is valid one hour)
    const third = await svc.crlsFor(leaf.der, w.pki.ca.der);
    expect(third.base?.fromCache).toBe(false);
    expect(w.pki.count('/crl/ca.crl') - before).toBe(2);
  });

  it('a revocation after caching shows once the cached CRL is stale', async () => {
    const leaf = await w.pki.issueLeaf();
    const svc = w.service();
    outdateCache();
    expect((await svc.checkCertificate(leaf.der, w.pki.ca.der, crlOnly)).status).toBe('good');
    w.pki.revoke(leaf, { reason: X509CrlReason.superseded });
    expect((await svc.checkCertificate(leaf.der, w.pki.ca.der, crlOnly)).status).toBe('good'); // cached
    outdateCache();
    expect(await svc.checkCertificate(leaf.der, w.pki.ca.der, crlOnly)).toMatchObject({
      status: 'revoked',
      reason: 'superseded',
    });
  });

  it('never says good from a tampered, stale, oversize or missing CRL', async () => {
    const leaf = await w.pki.issueLeaf();
    const cases = [
      ['tampered', 'signature does not verify'],
      ['stale', 'stale'],
      ['oversize', 'too-large'],
      ['down', 'network'],
    ] as const;
    for (const [mode, why] of cases) {
      w.pki.crlMode = mode;
      outdateCache(); // make any cached copy stale first
      const r = await w
        .service({ crlMaxBytes: 256 * 1024 })
        .checkCertificate(leaf.der, w.pki.ca.der, crlOnly);
      expect(r.status, mode).toBe('unknown');
      expect(r.detail, mode).toContain(why);
    }
    w.pki.crlMode = 'normal';
  });

  it('refuses the CRL of another CA', async () => {
    const leaf = await w.pki.issueLeaf();
    const other = await w.pki.issueLeaf({ name: 'CN=Not The Issuer' });
    // crlsFor looks at the CRL itself; checkCertificate refuses before any download.
    const set = await w.service().crlsFor(leaf.der, other.der);
    expect(set.base).toBeNull();
    expect(set.notes.join(' ')).toContain('not by CN=Not The Issuer');
    const before = w.pki.requests.length;
    const r = await w.service().checkCertificate(leaf.der, other.der);
    expect(r.status).toBe('unknown');
    expect(r.detail).toContain('not by CN=Not The Issuer');
    expect(w.pki.requests.length).toBe(before);
  });

  it('delta CRL over http: newer revocations count; LDAP-only deltas are skipped with a note', async () => {
    const leaf = await w.pki.issueLeaf({ deltaUrls: [w.pki.deltaUrl] });
    w.pki.revokeInDelta(leaf, { reason: X509CrlReason.cessationOfOperation });
    outdateCache();
    const r = await w.service().checkCertificate(leaf.der, w.pki.ca.der, crlOnly);
    expect(r).toMatchObject({ status: 'revoked', reason: 'cessationOfOperation' });
    expect(r.detail).toContain('delta CRL');

    const ldapDelta = await w.pki.issueLeaf({ deltaUrls: ['ldap://annuaire.invalid/cn=delta'] });
    const set = await w.service().crlsFor(ldapDelta.der, w.pki.ca.der);
    expect(set.base).not.toBeNull();
    expect(set.delta).toBeNull();
    expect(set.notes.some((n) => n.startsWith('delta CRL at ldap://') && n.includes('skipped'))).toBe(true);
  });

  it('no distribution point at all: unknown with the reason', async () => {
    const leaf = await w.pki.issueLeaf({ crlUrls: ['ldap://annuaire.invalid/cn=only-ldap'] });
    const r = await w.service().checkCertificate(leaf.der, w.pki.ca.der, crlOnly);
    expect(r.status).toBe('unknown');
    expect(r.detail).toContain('LDAP is not fetched');
  });
});
