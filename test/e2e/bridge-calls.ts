import { expect, type Page } from '@playwright/test';
import type { RunningBridge } from './bridge-fixture.js';

/** The contract over the bridge, as the page would call it (sets up an order quickly). */
export type BridgeIpc = <T>(channel: string, args: unknown) => Promise<T>;

export const bridgeIpc =
  (bridge: () => RunningBridge): BridgeIpc =>
  async <T>(channel: string, args: unknown): Promise<T> => {
    const { url, origin } = bridge();
    const token = new URL(url).hash.replace('#token=', '');
    const response = await fetch(`${origin}/ipc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vigie-token': token },
      body: JSON.stringify(args),
    });
    return ((await response.json()) as { result: T }).result;
  };

/**
 * A TEST order for a structure's INSI client certificate with its key, as the wizard makes
 * it (the wizard itself is covered in ordering.e2e.ts); its id.
 */
export const createTestOrder = async (ipc: BridgeIpc): Promise<string> => {
  await ipc('vault.setup', { mode: 'keyring' });
  const created = await ipc<{ ok: boolean; value: { id: string } }>('orders.create', {
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
  expect(created.ok).toBe(true);
  await ipc('orders.generateKey', { orderId: created.value.id });
  return created.value.id;
};

/** The issued certificate dropped on « Retirer un certificat », as a user would. */
export const dropRetrieved = async (page: Page, pem: string, name: string): Promise<void> => {
  await page.getByTestId('nav-retrieve').click();
  await page
    .getByTestId('retrieve-file-input')
    .setInputFiles({ name, mimeType: 'application/x-pem-file', buffer: Buffer.from(pem) });
};
