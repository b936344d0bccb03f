import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChainReport } from '../../../../src/shared/model/chain.js';
import type { InspectionReport } from '../../../../src/shared/model/inspection.js';
import type { InventoryEntry } from '../../../../src/shared/model/inventory.js';
import type { RendererApi } from '../../../../src/shared/ipc/types.js';
import { insiReportLocked } from '../../helpers/insi-report.js';
import { renderApp } from '../../helpers/render-app.js';
import { detailOf, igcEntry, listing, makeEntry } from './inventory-fixtures.js';

type Inspect = RendererApi['inspector']['inspect'];

const ACI = 'TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS';
const ACR = 'TEST AC RACINE IGC-SANTE ELEMENTAIRE';
const caDn = (cn: string) => `CN=${cn},OU=IGC-SANTE TEST,OU=0002 187512751,O=ASIP-SANTE,C=FR`;
const LEAF_DN = 'CN=INSI-AUTO,OU=10B0221636,O=CENTRE DE SANTE RPPS22163,ST=Rhône (69),C=FR';
const ACI_SHA = 'A'.repeat(64);
const ACR_SHA = 'B'.repeat(64);

const leafLink = (entry: InventoryEntry) => ({
  subject: LEAF_DN,
  sha256: entry.sha256,
  source: 'file' as const,
});

const validChain = (entry: InventoryEntry): ChainReport => ({
  status: 'valid',
  anchor: { name: ACR, sha256: ACR_SHA, environment: 'test' },
  reason: null,
  path: [
    leafLink(entry),
    { subject: caDn(ACI), sha256: ACI_SHA, source: 'trust-store' },
    { subject: caDn(ACR), sha256: ACR_SHA, source: 'trust-store' },
  ],
});

/**
 * What main answers for the stored PEM. Another certificate comes first, with another
 * chain: the drawer must show the chain of its own certificate, found by its hash.
 */
const reportFor = (entry: InventoryEntry, chain: ChainReport | null): InspectionReport => {
  const base = insiReportLocked();
  const cert = base.items.find((i) => i.kind === 'certificate');
  if (cert?.kind !== 'certificate') throw new Error('fixture without a certificate');
  const other = { ...cert, certificate: { ...cert.certificate, sha256: 'C'.repeat(64) }, chain: null };
  const own = { ...cert, certificate: { ...cert.certificate, sha256: entry.sha256 }, chain };
  return { ...base, fileName: `${entry.sha256}.pem`, format: 'pem', pkcs12: null, items: [other, own] };
};

const answering = (entry: InventoryEntry, chain: ChainReport | null) =>
  vi.fn<Inspect>(async () => ({ ok: true as const, value: reportFor(entry, chain) }));

const showChain = async (entry: InventoryEntry, inspect: Inspect) => {
  const fake = renderApp({
    inventory: {
      list: listing([entry]),
      detail: vi.fn(async () => ({ ok: true as const, value: detailOf(entry) })),
    },
    inspector: { inspect },
  });
  fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
  const drawer = within(await screen.findByTestId('certificate-drawer'));
  const region = drawer.getByRole('region', { name: 'Chaîne de certification' });
  return { fake, region, section: within(region) };
};

/** Until main answered (the region says which state it shows). */
const settled = async (region: HTMLElement) =>
  waitFor(() => expect(region.getAttribute('data-state')).not.toBe('loading'));

describe('the chain in the certificate drawer', () => {
  it('checks the stored PEM with the inspector and shows the path up to the pinned anchor', async () => {
    const entry = igcEntry(200, 'valid');
    const inspect = answering(entry, validChain(entry));
    const { section } = await showChain(entry, inspect);
    await waitFor(() =>
      expect(section.getByTestId('chain-status').getAttribute('data-status')).toBe('valid'),
    );

    // The PEM's text, as bytes, is what the inspector reads: the same check as a dropped file.
    const pem = detailOf(entry).pem;
    expect(inspect).toHaveBeenCalledTimes(1);
    expect(inspect).toHaveBeenCalledWith({ fileName: `${entry.sha256}.pem`, data: btoa(pem) });

    expect(section.getByTestId('chain-status').textContent).toBe(`Chaîne valide jusqu’à « ${ACR} »`);
    expect(section.getByText(/jusqu’à une autorité IGC-Santé épinglée dans Vigie/)).toBeTruthy();
    const path = within(section.getByRole('list', { name: 'Du certificat jusqu’à l’autorité' }));
    const links = path.getAllByRole('listitem');
    expect(links.map((l) => l.querySelector('p')?.textContent)).toEqual(['INSI-AUTO', ACI, ACR]);
    expect(links[0]!.textContent).toContain('ce certificat');
    expect(links[1]!.textContent).toContain('autorités IGC-Santé du poste');
    expect(links[1]!.textContent).toContain(caDn(ACI));
    // Only the last link is the anchor.
    expect(path.getAllByTestId('drawer-chain-anchor')).toHaveLength(1);
    expect(links[2]!.textContent).toContain('autorité IGC-Santé épinglée');
  });

  it('says the authority is unknown, why, offers the chain import, and re-checks after it', async () => {
    const entry = igcEntry(200, 'valid');
    const unknown: ChainReport = {
      status: 'unknown-anchor',
      anchor: null,
      reason: 'issuer-missing',
      path: [leafLink(entry)],
    };
    const inspect = answering(entry, unknown);
    const { fake, section } = await showChain(entry, inspect);
    await waitFor(() =>
      expect(section.getByTestId('chain-status').getAttribute('data-status')).toBe('unknown-anchor'),
    );
    expect(section.getByText(/^Autorité non reconnue/)).toBeTruthy();
    expect(section.getByTestId('drawer-chain-reason').textContent).toBe(
      'Raison : l’autorité émettrice est introuvable',
    );
    expect(section.getByRole('button', { name: 'Importer la chaîne de certification…' })).toBeTruthy();
    expect(section.getAllByRole('listitem')).toHaveLength(1);
    expect(section.queryByTestId('drawer-chain-anchor')).toBeNull();

    // The chain was imported: the same drawer now shows the path, without a reload by hand.
    inspect.mockImplementation(async () => ({
      ok: true as const,
      value: reportFor(entry, validChain(entry)),
    }));
    act(() => fake.emit('trust.changed', { count: 3 }));
    await waitFor(() =>
      expect(section.getByTestId('chain-status').getAttribute('data-status')).toBe('valid'),
    );
    expect(inspect).toHaveBeenCalledTimes(2);
  });

  it('says an invalid chain is invalid, with the reason', async () => {
    const entry = igcEntry(200, 'valid');
    const expired: ChainReport = { ...validChain(entry), status: 'invalid', anchor: null, reason: 'expired' };
    const { section } = await showChain(entry, answering(entry, expired));
    await waitFor(() =>
      expect(section.getByTestId('chain-status').getAttribute('data-status')).toBe('invalid'),
    );
    expect(section.getByTestId('chain-status').textContent).toBe(
      'Chaîne invalide : un certificat de la chaîne a expiré',
    );
    expect(section.queryByTestId('drawer-chain-anchor')).toBeNull();
  });

  it('shows the wait, then a failure with its detail and a retry button that works', async () => {
    const entry = igcEntry(200, 'valid');
    let answer: (value: Awaited<ReturnType<Inspect>>) => void = () => undefined;
    const inspect = vi.fn<Inspect>(
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    );
    const { section } = await showChain(entry, inspect);
    expect(section.getByRole('status').textContent).toBe('Vérification de la chaîne…');

    await act(async () => answer({ ok: false, error: { code: 'io-error', message: 'worker stopped' } }));
    const alert = within(section.getByRole('alert'));
    expect(alert.getByText('La chaîne de ce certificat n’a pas pu être vérifiée.')).toBeTruthy();
    expect(alert.getByText('Détail technique : worker stopped')).toBeTruthy();
    expect(section.queryByTestId('chain-status')).toBeNull();

    fireEvent.click(alert.getByRole('button', { name: 'Réessayer' }));
    expect(section.getByRole('status').textContent).toBe('Vérification de la chaîne…');
    await act(async () => answer({ ok: true, value: reportFor(entry, validChain(entry)) }));
    expect(section.getByTestId('chain-status').getAttribute('data-status')).toBe('valid');
    expect(section.queryByRole('alert')).toBeNull();
  });

  it('treats a call that throws like a failure', async () => {
    const entry = igcEntry(200, 'valid');
    const { region, section } = await showChain(
      entry,
      vi.fn<Inspect>(async () => {
        throw new Error('bridge down');
      }),
    );
    await settled(region);
    expect(within(section.getByRole('alert')).getByText('Détail technique : bridge down')).toBeTruthy();
  });

  it('says plainly that a certificate outside the IGC-Santé is not checked', async () => {
    const entry = makeEntry({ days: 200, status: 'valid' });
    const unknown: ChainReport = {
      status: 'unknown-anchor',
      anchor: null,
      reason: 'untrusted-root',
      path: [{ subject: entry.subject, sha256: entry.sha256, source: 'file' }],
    };
    const { region, section } = await showChain(entry, answering(entry, unknown));
    await settled(region);
    expect(section.getByTestId('drawer-chain-scope').textContent).toBe(
      'Hors IGC-Santé : Vigie vérifie les chaînes uniquement jusqu’aux autorités IGC-Santé. La chaîne de ce certificat n’est pas contrôlée.',
    );
    // No "import the IGC-Santé chain" for a certificate that has nothing to do with it.
    expect(section.queryByTestId('chain-status')).toBeNull();
    expect(section.queryByRole('button')).toBeNull();
  });
});
