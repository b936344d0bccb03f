import { classifyUsage } from '../../../src/shared/igc-sante/index.js';
import { EKU } from './fixtures.js';

describe('classifyUsage', () => {
  it.each([
    ['ORG_AUTH_CLI', ['digitalSignature'], [EKU.clientAuth], 'AUTH'],
    ['ORG_SIGN', ['digitalSignature', 'nonRepudiation'], [EKU.emailProtection], 'SIGN'],
    ['ORG_CONF', ['keyEncipherment'], [EKU.emailProtection, EKU.anyEku], 'CONF'],
    ['SERV_SSL', ['digitalSignature', 'keyEncipherment'], [EKU.serverAuth, EKU.clientAuth], 'SSL'],
    ['PS signature', ['nonRepudiation'], [EKU.emailProtection], 'SIGN'],
    ['CPS card signature', ['contentCommitment'], [EKU.emailProtection], 'SIGN'],
    ['CPE card auth', ['digitalSignature'], [EKU.clientAuth, EKU.smartcardLogon], 'AUTH'],
    ['upper-case names', ['DIGITALSIGNATURE'], [EKU.clientAuth], 'AUTH'],
  ])('reads %s', (_name, ku, eku, usage) => {
    expect(classifyUsage(ku, eku)).toBe(usage);
  });

  it.each([
    ['CA', ['keyCertSign', 'cRLSign'], []],
    ['sign + encrypt mixed', ['nonRepudiation', 'keyEncipherment'], [EKU.emailProtection]],
    ['client auth with nonRepudiation', ['digitalSignature', 'nonRepudiation'], [EKU.clientAuth]],
    ['server auth with nonRepudiation', ['nonRepudiation'], [EKU.serverAuth]],
    ['digitalSignature alone', ['digitalSignature'], []],
    ['encryption with digitalSignature', ['digitalSignature', 'keyEncipherment'], []],
    ['nothing', [], []],
  ])('refuses to guess for %s', (_name, ku, eku) => {
    expect(classifyUsage(ku, eku)).toBeNull();
  });
});
