import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ArgsOf, EventName, EventPayload } from '../../../../src/shared/ipc/types.js';
import type { OrdersBackend } from '../../helpers/fake-orders.js';
import { orderError } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';
import { next, reachKeysStep } from './wizard-driver.js';

type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** generateKey that stops after its first stage until the test lets it go on. */
const slowGeneration = () => {
  const live: { emit: Emit | null; backend: OrdersBackend | null } = { emit: null, backend: null };
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const generateKey = vi.fn(async (args: ArgsOf<'orders', 'generateKey'>) => {
    live.emit?.('orders.progress', { orderId: args.orderId, stage: 'generating-key' });
    await gate;
    live.emit?.('orders.progress', { orderId: args.orderId, stage: 'encrypting' });
    return live.backend!.orders.generateKey(args);
  });
  return { live, generateKey, release: () => release() };
};

describe('order wizard, step 3: keys', () => {
  it('sets up the vault, creates one order per certificate and follows main’s progress', async () => {
    const slow = slowGeneration();
    const { api, emit, backend } = renderApp({ orders: { generateKey: slow.generateKey } });
    slow.live.emit = emit;
    slow.live.backend = backend;
    backend.state.vault = { mode: 'not-set-up', locked: false, keyringAvailable: true, keyCount: 0 };

    await reachKeysStep();
    const generate = await screen.findByTestId('generate-keys');
    expect(generate.textContent).toBe('Générer les 2 clés');
    expect((generate as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('vault-setup-keyring'));
    expect(await screen.findByTestId('vault-ready')).toBeTruthy();
    expect(api.vault.setup).toHaveBeenCalledWith({ mode: 'keyring' });

    fireEvent.click(screen.getByTestId('generate-keys'));
    const first = await screen.findByTestId('order-progress-ORG_AUTH_CLI');
    await waitFor(() => expect(first.getAttribute('data-stage')).toBe('generating-key'));
    expect(within(first).getByText('Génération de la clé…')).toBeTruthy();
    expect(screen.getByTestId('order-progress-ORG_SIGN').getAttribute('data-stage')).toBe('waiting');
    // The UI does not wait for main: it can still be used while the key is made.
    expect(screen.getByTestId('wizard-next')).toBeTruthy();

    await act(async () => slow.release());
    await waitFor(() =>
      expect(screen.getByTestId('order-progress-ORG_SIGN').getAttribute('data-stage')).toBe('done'),
    );
    expect(first.getAttribute('data-stage')).toBe('done');
    expect(screen.getByText('Les 2 clés et demandes sont prêtes.')).toBeTruthy();

    expect(api.orders.create).toHaveBeenCalledTimes(2);
    expect(api.orders.create).toHaveBeenCalledWith({
      product: 'ORG_AUTH_CLI',
      environment: 'test',
      holder: {
        kind: 'structure',
        legalName: 'CENTRE DE SANTE RPPS22163',
        structureIdType: 'FINESS',
        structureId: '0B0221636',
        departement: '69',
        commonName: 'Logiciel de cabinet',
        dnsNames: [],
      },
      projects: ['DMP'],
      keyBits: 2048,
    });
    expect(backend.state.orders.map((o) => o.state)).toEqual(['key-ready', 'key-ready']);
  });

  it('a holder main refuses goes back to step 2 with main’s field errors', async () => {
    renderApp({
      orders: {
        create: vi.fn(async () =>
          orderError('invalid-holder', [{ field: 'legalName', code: 'too-long', message: 'Too long' }]),
        ),
      },
    });
    await reachKeysStep();
    fireEvent.click(await screen.findByTestId('generate-keys'));
    expect(
      (await screen.findAllByText(/Certaines informations sur le titulaire ne conviennent pas/)).length,
    ).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Corriger le titulaire' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Titulaire' })).toBeTruthy();
    expect(screen.getByText('Trop long : un certificat accepte au plus 64 caractères ici.')).toBeTruthy();
  });

  it('a locked vault reported by main is explained on the certificate', async () => {
    renderApp({ orders: { generateKey: vi.fn(async () => orderError('vault-locked')) } });
    await reachKeysStep();
    fireEvent.click(await screen.findByTestId('generate-keys'));
    const row = await screen.findByTestId('order-progress-ORG_AUTH_CLI');
    await waitFor(() => expect(row.getAttribute('data-stage')).toBe('failed'));
    expect(within(row).getByText(/Le coffre des clés est verrouillé/)).toBeTruthy();
    expect(screen.getByTestId('generate-keys').textContent).toBe('Réessayer');
    next();
    expect(screen.getByRole('heading', { level: 2, name: 'Clés' })).toBeTruthy();
  });
});
