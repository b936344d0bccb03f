import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RevocationReport } from '../../../../src/shared/model/revocation.js';
import { makeOrder, FAKE_CSR_PEM } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';
import { analysisOf, leaf, pickRetrieveFile } from './retrieve-fixtures.js';

const showCard = async (revocation: RevocationReport, language: 'fr' | 'en' = 'fr') => {
  const order = makeOrder({ state: 'submitted', csrPem: FAKE_CSR_PEM });
  const analyze = vi.fn(async () => ({
    ok: true as const,
    value: analysisOf([leaf({ matchedOrderId: order.id, revocation })]),
  }));
  const { backend } = renderApp({ retrieve: { analyze } }, language);
  backend.state.orders = [order];
  fireEvent.click(screen.getByTestId('nav-retrieve'));
  pickRetrieveFile();
  const card = await screen.findByTestId('retrieved-card');
  return within(card).getByTestId('revocation-status');
};

const REVOKED: RevocationReport = {
  status: 'revoked',
  revokedAt: '2026-03-05T10:00:00.000Z',
  reason: 'keyCompromise',
  source: 'crl',
  cause: null,
  detail: 'serial 01 revoked',
};

describe('retrieved certificate: revocation status in plain words', () => {
  it('says "valide" when the authority answered good', async () => {
    const status = await showCard({
      status: 'good',
      revokedAt: null,
      reason: null,
      source: 'ocsp',
      cause: null,
      detail: 'good',
    });
    expect(status.getAttribute('data-status')).toBe('good');
    expect(status.textContent).toBe('valide — vérifié auprès de l’autorité (OCSP)');
    expect(screen.getByTestId('retrieve-confirm').hasAttribute('disabled')).toBe(false);
  });

  it('says "révoqué le <date> (<raison>)" and blocks keeping it', async () => {
    const status = await showCard(REVOKED);
    expect(status.getAttribute('data-status')).toBe('revoked');
    expect(status.textContent).toBe('révoqué le 5 mars 2026 (clé compromise)');
    expect(screen.getByText('Ce certificat est révoqué : il ne peut pas être conservé.')).toBeTruthy();
    expect(screen.getByTestId('retrieve-confirm').hasAttribute('disabled')).toBe(true);
  });

  it('translates the RFC 5280 reason code in English too', async () => {
    const status = await showCard({ ...REVOKED, reason: 'superseded' }, 'en');
    expect(status.textContent).toMatch(/^revoked on .*2026 \(superseded\)$/);
  });

  it('says "statut de révocation inconnu : <pourquoi>"', async () => {
    const status = await showCard({
      status: 'unknown',
      revokedAt: null,
      reason: null,
      source: null,
      cause: 'offline',
      detail: 'network access is turned off',
    });
    expect(status.getAttribute('data-status')).toBe('unknown');
    expect(status.textContent).toBe('statut de révocation inconnu : l’accès au réseau est désactivé');
    // Unknown is not a refusal: offline is normal.
    expect(screen.getByTestId('retrieve-confirm').hasAttribute('disabled')).toBe(false);
  });
});
