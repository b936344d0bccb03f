import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InventoryEntry } from '../../../../src/shared/model/inventory.js';
import type { SandboxStatus } from '../../../../src/shared/model/sandbox.js';
import { renderApp } from '../../helpers/render-app.js';
import { detailOf, listing, makeEntry } from './inventory-fixtures.js';

// A sandbox certificate in "Mes certificats": no IGC-Santé names (igc null), kept on an order.
const SANDBOX_ENTRY: InventoryEntry = makeEntry({
  days: 1000,
  status: 'valid',
  subject: 'CN=LOGICIEL DMP,OU=10B0221636,O=CENTRE DE SANTE RPPS22163,C=FR',
  issuer: 'CN=AC BAC A SABLE VIGIE,O=VIGIE BAC A SABLE,C=FR',
  igc: null,
  orderId: '00000000-0000-4000-8000-000000000777',
});

const sandboxListing = (sha256s: string[]): SandboxStatus => ({
  created: true,
  serverUrl: 'http://127.0.0.1:40123',
  rootSubject: 'CN=AC RACINE BAC A SABLE VIGIE',
  issuingSubject: 'CN=AC BAC A SABLE VIGIE',
  issued: sha256s.length,
  revoked: 0,
  certificates: sha256s.map((sha256) => ({
    sha256,
    serialHex: '1234',
    subject: SANDBOX_ENTRY.subject,
    orderId: SANDBOX_ENTRY.orderId!,
    product: 'ORG_AUTH_CLI',
    issuedAt: '2026-06-01T09:30:00.000Z',
    notAfter: SANDBOX_ENTRY.notAfter,
    revokedAt: null,
    reason: null,
    pem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    sandboxCheck: 'valid' as const,
  })),
});

const render = (inSandbox: boolean) =>
  renderApp({
    inventory: {
      list: listing([SANDBOX_ENTRY]),
      detail: vi.fn(async () => ({ ok: true as const, value: detailOf(SANDBOX_ENTRY) })),
    },
    sandbox: {
      status: vi.fn(async () => sandboxListing(inSandbox ? [SANDBOX_ENTRY.sha256.toUpperCase()] : [])),
    },
  });

describe('a sandbox certificate in "Mes certificats"', () => {
  it('can be renewed, to rehearse; the drawer does not follow the user to "Mes commandes"', async () => {
    const fake = render(true);
    fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
    const drawer = within(await screen.findByTestId('certificate-drawer'));
    fireEvent.click(await drawer.findByTestId('drawer-renew'));
    fireEvent.click(within(await screen.findByTestId('renew-dialog')).getByTestId('renew-start'));
    await waitFor(() => expect(screen.getByTestId('nav-orders').getAttribute('aria-current')).toBe('page'));
    expect(fake.api.orders.renew).toHaveBeenCalledWith({ sha256: SANDBOX_ENTRY.sha256 });
    await waitFor(() => expect(screen.queryByTestId('certificate-drawer')).toBeNull());
    // Back on the list: no drawer of the replaced certificate over it.
    fireEvent.click(screen.getByTestId('nav-certificates'));
    expect(await screen.findAllByTestId('certificate-row')).toHaveLength(1);
    expect(screen.queryByTestId('certificate-drawer')).toBeNull();
  });

  it('another certificate without IGC-Santé names is not Vigie’s to renew', async () => {
    const fake = render(false);
    fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
    const drawer = within(await screen.findByTestId('certificate-drawer'));
    await waitFor(() => expect(fake.api.sandbox.status).toHaveBeenCalled());
    expect(drawer.queryByTestId('drawer-renew')).toBeNull();
  });
});
