import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InspectionReport } from '../../../../src/shared/model/inspection.js';
import { insiReportLocked } from '../../helpers/insi-report.js';
import { fileOf, renderApp } from '../../helpers/render-app.js';

const partial = (): InspectionReport => {
  const base = insiReportLocked();
  const cert = base.items.find((i) => i.kind === 'certificate');
  if (!cert) throw new Error('no certificate in the fixture report');
  return {
    ...base,
    format: 'pem',
    pkcs12: null,
    items: [cert],
    warnings: [
      {
        code: 'pem-broken-block',
        message: 'PEM block "PRIVATE KEY" #2 (line 14) is unreadable and was skipped: truncated',
        detail: { label: 'PRIVATE KEY', ordinal: 2, line: 14, cause: 'truncated' },
      },
    ],
  };
};

describe('inspector: a PEM file with a broken block', () => {
  it('shows the good certificate and says in French which block was skipped', async () => {
    renderApp({ inspector: { inspect: async () => ({ ok: true as const, value: partial() }) } });
    fireEvent.drop(screen.getByTestId('drop-zone'), {
      dataTransfer: { files: [fileOf('cert-and-key.pem')], types: ['Files'] },
    });
    expect(await screen.findAllByTestId('cert-card')).toHaveLength(1);
    expect(
      screen.getByText(
        'Le bloc PEM « PRIVATE KEY » (n° 2, ligne 14) est illisible : il a été ignoré, les autres objets du fichier sont affichés.',
      ),
    ).toBeTruthy();
  });
});
