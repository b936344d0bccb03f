import { createInlineTokenProvider } from '../../../../src/main/adapters/pkcs11/inline-token-provider.js';
import { loadPkcs11js } from '../../../../src/main/adapters/pkcs11/load-pkcs11js.js';
import {
  CKA_CLASS,
  CKA_ID,
  CKA_PRIVATE_EXPONENT,
  CKO_PRIVATE_KEY,
  CKU_USER,
  CKF_SERIAL_SESSION,
} from '../../../../src/main/adapters/pkcs11/pkcs11-constants.js';
import type { TokenProvider } from '../../../../src/main/ports/token-provider.js';
import { setUpSoftHsm, SOFTHSM_MODULE, softhsmMissing, type SoftHsm } from '../../../helpers/softhsm.js';
import { KEY_ID, PIN, providerSuite, SO_PIN, softhsmModules, type SuiteContext } from './provider-suite.js';

const missing = softhsmMissing();
if (missing !== null) console.log(`skipped: the PKCS#11 inline provider tests need SoftHSM2: ${missing}`);

/**
 * The private exponent of the key the provider generated, asked for straight through
 * pkcs11js. The inline provider has SoftHSM initialized in this process already (and never
 * re-initializes it: no watch), so this second load shares its state and must not finalize.
 */
const readPrivateExponent = (serial: string): unknown => {
  const { PKCS11 } = loadPkcs11js();
  const lib = new PKCS11();
  lib.load(SOFTHSM_MODULE);
  try {
    lib.C_Initialize();
  } catch (e) {
    if ((e as Error).message !== 'CKR_CRYPTOKI_ALREADY_INITIALIZED') throw e;
  }
  try {
    const slot = lib.C_GetSlotList(true).find((s) => lib.C_GetTokenInfo(s).serialNumber.trim() === serial);
    if (slot === undefined) throw new Error('token not found');
    const session = lib.C_OpenSession(slot, CKF_SERIAL_SESSION);
    lib.C_Login(session, CKU_USER, PIN);
    try {
      lib.C_FindObjectsInit(session, [
        { type: CKA_CLASS, value: CKO_PRIVATE_KEY },
        { type: CKA_ID, value: Buffer.from(KEY_ID, 'hex') },
      ]);
      const [key] = lib.C_FindObjects(session, 2);
      lib.C_FindObjectsFinal(session);
      if (key === undefined) throw new Error('key not found');
      try {
        return lib.C_GetAttributeValue(session, key, [{ type: CKA_PRIVATE_EXPONENT }]);
      } catch (e) {
        return e;
      }
    } finally {
      lib.C_Logout(session);
      lib.C_CloseSession(session);
    }
  } finally {
    lib.close();
  }
};

describe.skipIf(missing !== null)('inline token provider on SoftHSM2', () => {
  let hsm: SoftHsm;
  let provider: TokenProvider;
  let ctx: SuiteContext;

  beforeAll(() => {
    hsm = setUpSoftHsm();
    const serial = hsm.initToken('Vigie Inline', PIN, SO_PIN);
    provider = createInlineTokenProvider({ modules: softhsmModules });
    ctx = { hsm, provider, token: { module: SOFTHSM_MODULE, serial } };
  });
  afterAll(async () => {
    await provider?.close();
    hsm?.restore();
  });

  providerSuite(() => ctx, 'Vigie Inline');

  it('keeps the generated private key sensitive: its private exponent cannot be read', () => {
    const answer = readPrivateExponent(ctx.token.serial);
    expect(answer).toBeInstanceOf(Error);
    expect((answer as Error).message).toBe('CKR_ATTRIBUTE_SENSITIVE');
  });

  it('sees a token created after it loaded the module (SoftHSM re-read on a slot listing)', async () => {
    const serial = hsm.initToken('Vigie Later', PIN, SO_PIN);
    const slots = await provider.slots();
    expect(slots.find((s) => s.token?.label === 'Vigie Later')?.token?.serial).toBe(serial);
    expect(await provider.checkPin({ module: SOFTHSM_MODULE, serial }, PIN)).toEqual({
      ok: true,
      value: null,
    });
    hsm.deleteToken('Vigie Later');
  });

  it('never calls back on onChange (the CLI reads the slots when a command runs)', () => {
    const listener = vi.fn();
    provider.onChange(listener)();
    expect(listener).not.toHaveBeenCalled();
  });
});
