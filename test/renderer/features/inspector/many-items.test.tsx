import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InspectionReport } from '../../../../src/shared/model/inspection.js';
import { ITEMS_PAGE } from '../../../../src/renderer/features/inspector/item-list.js';
import { insiReportLocked } from '../../helpers/insi-report.js';
import { fileOf, renderApp } from '../../helpers/render-app.js';

/** A bundle of `count` certificates, built from the INSI report's first certificate. */
const bundleOf = (count: number): InspectionReport => {
  const base = insiReportLocked();
  const cert = base.items.find((i) => i.kind === 'certificate');
  if (!cert) throw new Error('no certificate in the fixture report');
  return {
    ...base,
    format: 'pem',
    pkcs12: null,
    warnings: [],
    items: Array.from({ length: count }, () => cert),
  };
};

describe('inspector: a file with thousands of certificates', () => {
  it('shows a page of cards, says how many there are, and shows more on request', async () => {
    const total = 2 * ITEMS_PAGE + 7;
    renderApp({ inspector: { inspect: async () => ({ ok: true as const, value: bundleOf(total) }) } });
    fireEvent.drop(screen.getByTestId('drop-zone'), {
      dataTransfer: { files: [fileOf('bundle.pem')], types: ['Files'] },
    });
    expect((await screen.findByTestId('item-count')).textContent).toBe(`${total} objets dans ce fichier.`);
    expect(screen.getAllByTestId('cert-card')).toHaveLength(ITEMS_PAGE);

    fireEvent.click(screen.getByTestId('show-more-items'));
    expect(screen.getAllByTestId('cert-card')).toHaveLength(2 * ITEMS_PAGE);
    expect(screen.getByTestId('show-more-items').textContent).toBe('Afficher les 7 suivants (7 restants)');

    fireEvent.click(screen.getByTestId('show-more-items'));
    expect(screen.getAllByTestId('cert-card')).toHaveLength(total);
    expect(screen.queryByTestId('show-more-items')).toBeNull();
  });

  it('shows no count and no button for an ordinary file', async () => {
    renderApp({ inspector: { inspect: async () => ({ ok: true as const, value: bundleOf(3) }) } });
    fireEvent.drop(screen.getByTestId('drop-zone'), {
      dataTransfer: { files: [fileOf('chain.pem')], types: ['Files'] },
    });
    expect(await screen.findAllByTestId('cert-card')).toHaveLength(3);
    expect(screen.queryByTestId('item-count')).toBeNull();
    expect(screen.queryByTestId('show-more-items')).toBeNull();
  });
});
