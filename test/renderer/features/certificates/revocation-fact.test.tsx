import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EntryDetail, InventoryEntry } from '../../../../src/shared/model/inventory.js';
import { renderApp } from '../../helpers/render-app.js';
import { detailOf, igcEntry, listing } from './inventory-fixtures.js';

const showDrawer = async (entry: InventoryEntry, revocation: EntryDetail['revocation']) => {
  renderApp({
    inventory: {
      list: listing([entry]),
      detail: vi.fn(async () => ({ ok: true as const, value: { ...detailOf(entry), revocation } })),
    },
  });
  fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
  return within(await screen.findByTestId('certificate-drawer'));
};

const CHECKED = '2026-12-01T08:00:00.000Z';

describe('the revocation state in the certificate drawer', () => {
  it('says revoked, when and why, in French', async () => {
    const drawer = await showDrawer(igcEntry(200, 'revoked'), {
      status: 'revoked',
      checkedAt: CHECKED,
      revokedAt: '2026-11-02T10:00:00.000Z',
      reason: 'keyCompromise',
      cause: null,
      detail: 'serial 01 revoked',
    });
    expect(drawer.getByTestId('drawer-revocation').textContent).toMatch(
      /^révoqué le .*2026 \(clé compromise\)$/,
    );
    expect(drawer.getByText(/^Vérifié le /)).toBeTruthy();
  });

  it('says not revoked per the CRL, or why it could not be checked', async () => {
    const good = await showDrawer(igcEntry(200, 'valid'), {
      status: 'good',
      checkedAt: CHECKED,
      revokedAt: null,
      reason: null,
      cause: null,
      detail: 'serial 01 not listed',
    });
    expect(good.getByTestId('drawer-revocation').textContent).toMatch(/^valide, .*liste de révocation/);
  });

  it('says why a check could not be made', async () => {
    const unknown = await showDrawer(igcEntry(200, 'valid'), {
      status: 'unknown',
      checkedAt: CHECKED,
      revokedAt: null,
      reason: null,
      cause: 'no-issuer',
      detail: 'issuer not known: CN=X',
    });
    expect(unknown.getByTestId('drawer-revocation').textContent).toMatch(
      /inconnu : le certificat de l’autorité émettrice est introuvable/,
    );
  });

  it('says nothing before a first check', async () => {
    const drawer = await showDrawer(igcEntry(200, 'valid'), null);
    expect(drawer.queryByTestId('drawer-revocation')).toBeNull();
  });
});
