import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeIssuedOnToken } from '../../../../src/main/services/tokens/store-issued.js';
import { tokenOfKeyRef } from '../../../../src/shared/orders/token-key-ref.js';
import { DEFAULT_CPS_HOLDER, writeCpsToken, type CpsToken } from '../../../helpers/cps-card.js';
import { makeCore } from '../../../helpers/core.js';
import { importSpki, issue, sha256Hex } from '../../../helpers/fixture-ca.js';
import { opensslVerifiesCsr } from '../../../helpers/openssl.js';
import { setUpSoftHsm, SOFTHSM_MODULE, softhsmMissing, type SoftHsm } from '../../../helpers/softhsm.js';

const missing = softhsmMissing();
if (missing !== null) console.log(`skipped: the cards-and-tokens service tests need SoftHSM2: ${missing}`);

const PIN = '1234';
const LABEL = 'CPS DEMO';

/**
 * The cards-and-tokens service on the real core, with SoftHSM2 standing in for a CPS card
 * (objects written by OpenSC's pkcs11-tool, as Cryptolib names them) and read inline.
 */
describe.skipIf(missing !== null)('cards and tokens through the core, on SoftHSM2', () => {
  let hsm: SoftHsm;
  let card: CpsToken;
  let serial: string;
  let core: Awaited<ReturnType<typeof makeCore>>['core'];
  const previousModules = process.env['VIGIE_PKCS11_MODULES'];
  const ref = () => ({ module: SOFTHSM_MODULE, serial });

  beforeAll(async () => {
    hsm = setUpSoftHsm();
    serial = hsm.initToken(LABEL, PIN, '12345678');
    card = await writeCpsToken(hsm.pkcs11Tool, { tokenLabel: LABEL, pin: PIN });
    process.env['VIGIE_PKCS11_MODULES'] = SOFTHSM_MODULE;
    ({ core } = await makeCore({ tokens: { kind: 'inline' } }));
  });
  afterAll(async () => {
    await core.stop();
    if (previousModules === undefined) delete process.env['VIGIE_PKCS11_MODULES'];
    else process.env['VIGIE_PKCS11_MODULES'] = previousModules;
    hsm.restore();
  });

  it('recognises the CPS card and its holder from the public objects alone', async () => {
    const view = await core.services.tokens.view();
    const slot = view.slots.find((s) => s.token?.serial === serial);
    expect(slot?.token).toMatchObject({ label: LABEL, cps: true });
    expect(view.modules.find((m) => m.path === SOFTHSM_MODULE)).toMatchObject({
      loaded: true,
      kind: 'softhsm',
    });

    const contents = await core.services.tokens.contents(ref());
    if (!contents.ok) throw new Error(contents.error.message);
    expect(contents.value.loggedIn).toBe(false);
    expect(contents.value.holder).toMatchObject({
      nationalId: { type: 'RPPS', value: DEFAULT_CPS_HOLDER.rpps },
      profession: { code: DEFAULT_CPS_HOLDER.professionCode },
      cardType: 'CPS',
    });
    expect(contents.value.holder?.name?.toUpperCase()).toBe(
      `${DEFAULT_CPS_HOLDER.givenName} ${DEFAULT_CPS_HOLDER.surname}`.toUpperCase(),
    );
    const roles = contents.value.certificates.map((c) => [c.sha256, c.role]);
    expect(roles).toEqual(
      expect.arrayContaining([
        [await sha256Hex(card.authDer), 'authentication'],
        [await sha256Hex(card.signDer), 'signature'],
      ]),
    );
    // Private keys are private objects: none listed, none paired, before the PIN.
    expect(contents.value.keys).toEqual([]);
  });

  it('a PIN that cannot be a CPS PIN never reaches the card; a wrong one is said with the tries state', async () => {
    const short = await core.services.tokens.checkPin(ref(), '123');
    expect(short).toMatchObject({ ok: false, error: { code: 'pin-invalid', ckr: null } });
    const before = (await core.services.tokens.view()).slots.find((s) => s.token?.serial === serial);
    expect(before?.token?.pin.countLow).toBe(false);

    const wrong = await core.services.tokens.checkPin(ref(), '0000');
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'pin-incorrect', ckr: 'CKR_PIN_INCORRECT', pin: { countLow: true } },
    });
    expect(JSON.stringify(wrong)).not.toContain('0000');
    const good = await core.services.tokens.checkPin(ref(), PIN);
    expect(good.ok).toBe(true);
  });

  it('with the PIN: the keys, never extractable, paired with the certificates by CKA_ID', async () => {
    const contents = await core.services.tokens.contents(ref(), PIN);
    if (!contents.ok) throw new Error(contents.error.message);
    expect(contents.value.loggedIn).toBe(true);
    expect(contents.value.keys.map((k) => [k.label, k.nonExtractable, k.paired]).sort()).toEqual([
      ['CPS_PRIV_AUT', true, true],
      ['CPS_PRIV_SIG', true, true],
    ]);
    const keyOf = Object.fromEntries(contents.value.certificates.map((c) => [c.sha256, c.keyLabel]));
    expect(keyOf[await sha256Hex(card.authDer)]).toBe('CPS_PRIV_AUT');
    expect(keyOf[await sha256Hex(card.signDer)]).toBe('CPS_PRIV_SIG');
  });

  it('"Vérifier maintenant" puts the card\'s certificates in the inventory, at the card', async () => {
    const refreshed = await core.services.inventory.refresh();
    expect(refreshed.ok).toBe(true);
    const list = await core.services.inventory.list();
    if (!list.ok) throw new Error(list.error.message);
    const onCard = list.value.entries.filter((e) =>
      e.locations.some((l) => l.source === 'token' && l.locator === `${LABEL} (${serial})`),
    );
    expect(onCard.map((e) => e.sha256).sort()).toEqual(
      [await sha256Hex(card.authDer), await sha256Hex(card.signDer)].sort(),
    );
  });

  it('an ORG order with its key on the token: CSR signed there, certificate stored back next to the key', async () => {
    const { orders } = core.services;
    const created = await orders.create({
      product: 'ORG_AUTH_CLI',
      environment: 'test',
      holder: {
        kind: 'structure',
        legalName: 'CENTRE DE SANTE RPPS22163',
        structureIdType: 'FINESS',
        structureId: '0B0221636',
        departement: '69',
        commonName: 'INSI-AUTO',
        dnsNames: [],
      },
      projects: ['INSI'],
      keyBits: 2048,
    });
    if (!created.ok) throw new Error(created.error.message);
    // A wrong PIN: no key is made, the order stays a draft, the card says why.
    const refused = await orders.generateKey(created.value.id, { token: ref(), pin: '9999' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'token-failed', token: { code: 'pin-incorrect' } },
    });
    const generated = await orders.generateKey(created.value.id, { token: ref(), pin: PIN });
    if (!generated.ok) throw new Error(generated.error.message);
    const order = generated.value;
    expect(tokenOfKeyRef(order.keyRef)).toEqual(ref());
    expect(opensslVerifiesCsr(order.csrPem ?? '')).toBe(true);
    const keys = hsm.pkcs11Tool([
      '--token-label',
      LABEL,
      '--login',
      '--pin',
      PIN,
      '--list-objects',
      '--type',
      'privkey',
    ]);
    expect(keys).toContain(`ID:         ${order.keyRef?.keyId.toLowerCase()}`);

    // The platform's certificate for that key, retrieved as the retrieve step would.
    const csr = new x509.Pkcs10CertificateRequest(order.csrPem ?? '');
    const ca = await issue({ name: 'CN=Fixture ORG CA', ca: true });
    const leaf = await issue({
      name: 'leaf',
      issuer: ca,
      publicKey: await importSpki(new Uint8Array(csr.publicKey.rawData)),
      subjectDer: new Uint8Array(csr.subjectName.toArrayBuffer()),
    });
    const pemText = `-----BEGIN CERTIFICATE-----\n${Buffer.from(leaf.der).toString('base64')}\n-----END CERTIFICATE-----\n`;
    const attached = await orders.attachCertificate(
      order.id,
      {
        pem: pemText,
        sha256: await sha256Hex(leaf.der),
        notAfter: leaf.cert.notAfter.toISOString(),
        retrievedAt: new Date().toISOString(),
      },
      'test',
    );
    expect(attached.ok).toBe(true);
    const stored = await storeIssuedOnToken({ orders, tokens: core.services.tokens }, order.id, PIN);
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value.state).toBe('installed');
    const contents = await core.services.tokens.contents(ref(), PIN);
    if (!contents.ok) throw new Error(contents.error.message);
    const leafSha = await sha256Hex(leaf.der);
    const placed = contents.value.certificates.find((c) => c.sha256 === leafSha);
    expect(placed).toMatchObject({ id: order.keyRef?.keyId, keyLabel: `ORG_AUTH_CLI ${order.id}` });
    // Storing it again is harmless: still one copy.
    expect((await storeIssuedOnToken({ orders, tokens: core.services.tokens }, order.id, PIN)).ok).toBe(true);
    const again = await core.services.tokens.contents(ref(), PIN);
    expect(again.ok && again.value.certificates.filter((c) => c.id === order.keyRef?.keyId)).toHaveLength(1);
  });
});
