import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { ApiProvider } from '../../../../src/renderer/api-context.js';
import { App, Providers } from '../../../../src/renderer/app.js';
import type { Language } from '../../../../src/renderer/i18n/messages.js';
import type { RendererApi } from '../../../../src/shared/ipc/types.js';
import type {
  PinState,
  SlotSummary,
  TokenContents,
  TokenError,
  TokenSummary,
  TokensView,
} from '../../../../src/shared/model/token.js';
import { createFakeApi } from '../../helpers/fake-api.js';

export const CRYPTOLIB = '/usr/lib/libcps3_pkcs11_lnx.so';
export const SOFTHSM = '/usr/lib/softhsm/libsofthsm2.so';

export const pinState = (over: Partial<PinState> = {}): PinState => ({
  countLow: false,
  finalTry: false,
  locked: false,
  toBeChanged: false,
  initialized: true,
  pinPad: false,
  minLength: 4,
  maxLength: 8,
  ...over,
});

export const cpsCard = (over: Partial<TokenSummary> = {}): TokenSummary => ({
  label: 'CPS de MARTIN',
  manufacturer: 'ASIP-SANTE',
  model: 'CPS3 v3',
  serial: '8025000001',
  pin: pinState({ minLength: 4, maxLength: 4 }),
  writeProtected: false,
  cps: true,
  generation: 'CPS3',
  ...over,
});

export const softToken = (over: Partial<TokenSummary> = {}): TokenSummary => ({
  label: 'Jeton de test',
  manufacturer: 'SoftHSM project',
  model: 'SoftHSM v2',
  serial: '3c1f9a0b2d4e',
  pin: pinState({ minLength: 4, maxLength: 255 }),
  writeProtected: false,
  cps: false,
  generation: null,
  ...over,
});

export const readerSlot = (token: TokenSummary | null, over: Partial<SlotSummary> = {}): SlotSummary => ({
  module: CRYPTOLIB,
  slotId: '0',
  description: 'Gemalto USB Shell Token V2',
  reader: true,
  removable: true,
  token,
  ...over,
});

export const softSlot = (token: TokenSummary | null): SlotSummary => ({
  module: SOFTHSM,
  slotId: '1234',
  description: 'SoftHSM slot ID 0x4d2',
  reader: false,
  removable: false,
  token,
});

export const VIEW: TokensView = {
  modules: [
    {
      path: CRYPTOLIB,
      kind: 'cryptolib-cps',
      origin: 'known',
      loaded: true,
      library: 'ASIP Sante Cryptolib CPS 5.2',
      error: null,
    },
    { path: SOFTHSM, kind: 'softhsm', origin: 'user', loaded: true, library: 'SoftHSM 2.6', error: null },
  ],
  slots: [readerSlot(cpsCard()), softSlot(softToken())],
};

const CERT_PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

export const cardContents = (loggedIn = false): TokenContents => ({
  module: CRYPTOLIB,
  slotId: '0',
  token: cpsCard(),
  holder: {
    name: 'Jeanne MARTIN',
    nationalId: { type: 'RPPS', value: '10001234567', raw: '810001234567' },
    profession: { code: '10', label: 'Médecin' },
    cardType: 'CPS',
    dataObjects: [{ label: 'CPS_NAME_PS', text: 'MARTIN JEANNE' }],
  },
  certificates: [
    {
      id: '01',
      label: 'Certificat d’Authentification CPS',
      sha256: 'A'.repeat(64),
      subject: 'CN=810001234567,GN=JEANNE,SN=MARTIN,O=CABINET',
      issuer: 'CN=TEST AC IGC-SANTE ELEMENTAIRE PERSONNES,OU=IGC-SANTE TEST',
      notBefore: '2025-04-25T10:00:00.000Z',
      notAfter: '2028-04-25T10:00:00.000Z',
      role: 'authentication',
      keyLabel: loggedIn ? 'Clé d’authentification' : null,
      igc: {
        environment: 'test',
        family: 'card',
        product: null,
        issuingCa: 'TEST AC IGC-SANTE ELEMENTAIRE PERSONNES',
        genuine: true,
        medium: 'card',
        structureId: null,
        personId: { type: 'RPPS', value: '10001234567', raw: '810001234567', valid: true },
        profession: { code: '10', label: 'Médecin' },
        departement: null,
        cardType: 'CPS',
      },
      pem: CERT_PEM,
    },
    {
      id: '02',
      label: 'Certificat de Signature CPS',
      sha256: 'B'.repeat(64),
      subject: 'CN=810001234567 signature',
      issuer: 'CN=Other CA',
      notBefore: '2025-04-25T10:00:00.000Z',
      notAfter: '2028-04-25T10:00:00.000Z',
      role: 'signature',
      keyLabel: null,
      igc: null,
      pem: CERT_PEM,
    },
  ],
  keys: loggedIn
    ? [
        {
          id: '01',
          label: 'Clé d’authentification',
          type: 'rsa',
          bits: 2048,
          nonExtractable: true,
          canSign: true,
          paired: true,
        },
      ]
    : [],
  loggedIn,
});

export const tokenError = (code: TokenError['code'], pin: PinState | null = null): TokenError => ({
  code,
  message: `${code} (test)`,
  ckr: code === 'pin-incorrect' ? 'CKR_PIN_INCORRECT' : null,
  pin,
});

export type TokensFake = RendererApi['tokens'];

/** `tokens.*` answering per the contract from a view the test can change. */
export const tokensFake = (view: TokensView = VIEW, over: Partial<TokensFake> = {}): TokensFake => ({
  view: vi.fn(async () => view),
  contents: vi.fn(async ({ pin }: { pin?: string }) => ({
    ok: true as const,
    value: cardContents(pin !== undefined),
  })),
  checkPin: vi.fn(async () => ({ ok: true as const, value: { pin: pinState() } })),
  addModule: vi.fn(async () => ({ ok: true as const, value: view })),
  removeModule: vi.fn(async () => view),
  ...over,
});

/** The whole app on a fake main whose `tokens.*` is ours (the shared fake may lack it). */
export const renderAppWithTokens = (tokens: TokensFake, language: Language = 'fr') => {
  const fake = createFakeApi();
  const api: RendererApi = { ...fake.api, tokens };
  const view = render(<App api={api} language={language} env="test" />);
  return { ...fake, api, ...view };
};

/** One component with translations and a fake main. */
export const renderWithTokens = (
  ui: ReactNode,
  tokens: TokensFake = tokensFake(),
  language: Language = 'fr',
) => {
  const fake = createFakeApi();
  const api: RendererApi = { ...fake.api, tokens };
  const view = render(
    <Providers language={language} env="test">
      <ApiProvider api={api}>{ui}</ApiProvider>
    </Providers>,
  );
  return { ...fake, api, ...view };
};
