import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InstallTarget } from '../../../../src/shared/model/install.js';
import type { InspectionReport } from '../../../../src/shared/model/inspection.js';
import type { Order } from '../../../../src/shared/model/order.js';
import type { FakeOverrides } from '../../helpers/fake-api.js';
import { FAKE_CSR_PEM, makeOrder, NOW } from '../../helpers/fake-orders.js';
import { insiReportLocked } from '../../helpers/insi-report.js';
import { renderApp } from '../../helpers/render-app.js';

const report = insiReportLocked();
const leafItem = report.items.find((i) => i.kind === 'certificate' && !i.certificate.isCa);
if (leafItem?.kind !== 'certificate') throw new Error('no leaf in the INSI report');

const order: Order = makeOrder({
  state: 'issued',
  csrPem: FAKE_CSR_PEM,
  keyRef: { store: 'vault', keyId: 'k1' },
  certificate: {
    pem: leafItem.certificate.pem,
    sha256: leafItem.certificate.sha256,
    notAfter: leafItem.certificate.notAfter,
    retrievedAt: NOW,
  },
});

const chromium: InstallTarget = {
  id: 'nss:chromium',
  kind: 'nss',
  label: 'Chromium / Chrome (~/.pki/nssdb)',
  location: '/home/anne/.pki/nssdb',
  exists: true,
  isDefault: true,
  inUse: false,
  needsAdmin: false,
};

/** What main's inspector says about the order's certificate. */
const asInspected = (genuine: boolean): InspectionReport => ({
  ...report,
  items: [
    {
      ...leafItem,
      igcSante: leafItem.igcSante && {
        ...leafItem.igcSante,
        genuine,
        issuingCa: genuine ? leafItem.igcSante.issuingCa : null,
      },
      chain: genuine
        ? leafItem.chain
        : { status: 'unknown-anchor', anchor: null, reason: 'untrusted-root', path: [] },
    },
  ],
});

const overrides = (inspect: FakeOverrides['inspector'], run = vi.fn()): FakeOverrides => ({
  inspector: inspect,
  install: {
    targets: vi.fn(async () => ({ targets: [chromium] })),
    keyLocations: vi.fn(async () => ({
      ok: true as const,
      value: { vault: true, stores: [], unreadable: [] },
    })),
    run,
  },
});

const okRun = () =>
  vi.fn(async () => ({
    ok: true as const,
    value: {
      order: { ...order, state: 'installed' as const },
      results: [
        {
          targetId: chromium.id,
          label: chromium.label,
          ok: true,
          certificatePresent: true,
          keyPresent: true,
          trust: 'verified' as const,
          warnings: [],
        },
      ],
    },
  }));

const openInstall = async (o: FakeOverrides) => {
  const fake = renderApp(o);
  fake.backend.state.orders = [order];
  fireEvent.click(screen.getByTestId('nav-orders'));
  fireEvent.click(within(await screen.findByTestId('order-row')).getByTestId('order-install'));
  const dialog = within(
    await screen.findByRole('dialog', { name: 'Installer le certificat sur cet ordinateur' }),
  );
  await dialog.findByTestId('install-target-0');
  fireEvent.click(dialog.getByTestId('install-target-0'));
  return { ...fake, dialog };
};

describe('install: a look-alike needs an explicit confirmation', () => {
  it('warns, keeps "Installer" disabled until the box is ticked, then sends acceptLookAlike', async () => {
    const run = okRun();
    const inspect = vi.fn(async () => ({ ok: true as const, value: asInspected(false) }));
    const { dialog } = await openInstall(overrides({ inspect }, run));
    expect((await dialog.findByTestId('look-alike')).textContent).toContain(
      'n’a pas été émis par l’IGC-Santé',
    );
    // The certificate main knows for this order, not a file the renderer picked.
    expect(inspect).toHaveBeenCalledWith({ fileName: 'certificate.pem', data: btoa(order.certificate!.pem) });
    const button = dialog.getByTestId('install-run') as HTMLButtonElement;
    expect(button.disabled).toBe(true);

    fireEvent.click(dialog.getByLabelText(/je veux quand même l’installer/));
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    await dialog.findByTestId('install-result');
    expect(run).toHaveBeenCalledWith({ orderId: order.id, targetIds: [chromium.id], acceptLookAlike: true });
  });

  it('asks nothing more for a genuine certificate', async () => {
    const run = okRun();
    const inspect = vi.fn(async () => ({ ok: true as const, value: asInspected(true) }));
    const { dialog } = await openInstall(overrides({ inspect }, run));
    await waitFor(() => expect(inspect).toHaveBeenCalled());
    expect(dialog.queryByTestId('look-alike')).toBeNull();
    fireEvent.click(dialog.getByTestId('install-run'));
    await dialog.findByTestId('install-result');
    expect(run).toHaveBeenCalledWith({ orderId: order.id, targetIds: [chromium.id] });
  });

  it('when main refuses a look-alike the inspection missed, shows the error and the box', async () => {
    const run = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'look-alike-unconfirmed' as const, message: 'not shown to be issued by the IGC-Santé' },
    }));
    const { dialog } = await openInstall(overrides(undefined, run));
    fireEvent.click(dialog.getByTestId('install-run'));
    expect(await dialog.findByText(/confirmez explicitement pour l’installer quand même/)).toBeTruthy();
    expect(dialog.getByTestId('look-alike')).toBeTruthy();
    expect((dialog.getByTestId('install-run') as HTMLButtonElement).disabled).toBe(true);
    expect(dialog.getByTestId('accept-look-alike')).toBeTruthy();
  });
});
