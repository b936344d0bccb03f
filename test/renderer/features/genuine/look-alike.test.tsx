import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChainReport } from '../../../../src/shared/model/chain.js';
import type { InspectionReport } from '../../../../src/shared/model/inspection.js';
import type { Order } from '../../../../src/shared/model/order.js';
import { insiReportLocked } from '../../helpers/insi-report.js';
import { FAKE_CSR_PEM, makeOrder } from '../../helpers/fake-orders.js';
import { fileOf, renderApp } from '../../helpers/render-app.js';
import { analysisOf, leaf, LEAF_SHA, pickRetrieveFile } from '../retrieve/retrieve-fixtures.js';

const SELF_SIGNED: ChainReport = {
  status: 'unknown-anchor',
  anchor: null,
  reason: 'untrusted-root',
  path: [],
};
const MISSING: ChainReport = { status: 'unknown-anchor', anchor: null, reason: 'issuer-missing', path: [] };

/** The INSI report, as main says it for a look-alike: same shape, not genuine, no CA named. */
const lookAlikeReport = (chain: ChainReport = SELF_SIGNED): InspectionReport => {
  const report = insiReportLocked();
  return {
    ...report,
    items: report.items.map((item) =>
      item.kind === 'certificate' && item.igcSante
        ? { ...item, igcSante: { ...item.igcSante, genuine: false, issuingCa: null }, chain }
        : item,
    ),
  };
};

const inspectFile = (report: InspectionReport) => {
  renderApp({ inspector: { inspect: vi.fn(async () => ({ ok: true as const, value: report })) } });
  fireEvent.drop(screen.getByTestId('drop-zone'), {
    dataTransfer: { files: [fileOf('look-alike.pem')], types: ['Files'] },
  });
};

/** The card whose heading (who the certificate is for) starts with `text`. */
const cardWith = async (text: string) => {
  const cards = await screen.findAllByTestId('cert-card');
  const card = cards.find((c) => c.querySelector('h3')?.textContent?.startsWith(text));
  if (!card) throw new Error(`no card with ${text}`);
  return within(card);
};

describe('inspector: genuine or look-alike', () => {
  it('says plainly that a look-alike was not issued by the IGC-Santé, keeping its shape', async () => {
    inspectFile(lookAlikeReport());
    const leafCard = await cardWith('INSI-MANU');
    const alert = leafCard.getByTestId('look-alike');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(
      'Ressemble à un certificat IGC-Santé, mais n’a pas été émis par l’IGC-Santé',
    );
    // The shape stays: it is what makes the look-alike recognisable as such.
    expect(leafCard.getByText("Authentification d'application (ORG AUTH_CLI)")).toBeTruthy();

    const caCard = await cardWith('TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS');
    expect(caCard.getByText('Autorité au nom de l’IGC-Santé, non reconnue')).toBeTruthy();
    expect(caCard.queryByText('Autorité de certification de l’IGC-Santé')).toBeNull();
    expect(caCard.getByTestId('look-alike')).toBeTruthy();
  });

  it('with a missing chain, says nothing proves it is from the IGC-Santé', async () => {
    inspectFile(lookAlikeReport(MISSING));
    const alert = (await cardWith('INSI-MANU')).getByTestId('look-alike');
    expect(alert.getAttribute('data-proven')).toBe('false');
    expect(alert.textContent).toContain('rien ne prouve qu’il a été émis par l’IGC-Santé');
  });

  it('shows no warning for the genuine file, and names the IGC-Santé CA', async () => {
    inspectFile(insiReportLocked());
    const leafCard = await cardWith('INSI-MANU');
    expect(leafCard.queryByTestId('look-alike')).toBeNull();
    const caCard = await cardWith('TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS');
    expect(caCard.getByText('Autorité de certification de l’IGC-Santé')).toBeTruthy();
  });
});

const pending = (): Order =>
  makeOrder({ state: 'submitted', csrPem: FAKE_CSR_PEM, keyRef: { store: 'vault', keyId: 'key-1' } });

const retrieveWith = async (genuine: boolean) => {
  const order = pending();
  const confirm = vi.fn(async () => ({
    ok: true as const,
    value: { ...order, state: 'issued' as const },
  }));
  const certificate = leaf({ matchedOrderId: order.id, genuine, ...(genuine ? {} : { chain: SELF_SIGNED }) });
  const { backend } = renderApp({
    retrieve: {
      analyze: vi.fn(async () => ({ ok: true as const, value: analysisOf([certificate]) })),
      confirm,
    },
  });
  backend.state.orders = [order];
  fireEvent.click(screen.getByTestId('nav-retrieve'));
  pickRetrieveFile();
  const card = within(await screen.findByTestId('retrieved-card'));
  return { card, confirm };
};

describe('retrieval: keeping a look-alike needs an explicit confirmation', () => {
  it('warns, keeps "Conserver" disabled until the box is ticked, then sends acceptLookAlike', async () => {
    const { card, confirm } = await retrieveWith(false);
    expect(card.getByTestId('look-alike').textContent).toContain('n’a pas été émis par l’IGC-Santé');
    const keep = screen.getByTestId('retrieve-confirm') as HTMLButtonElement;
    expect(keep.disabled).toBe(true);
    fireEvent.click(keep);
    expect(confirm).not.toHaveBeenCalled();

    const box = screen.getByLabelText(/je veux quand même le conserver/);
    fireEvent.click(box);
    expect(keep.disabled).toBe(false);
    fireEvent.click(keep);
    await screen.findByTestId('retrieve-done');
    expect(confirm).toHaveBeenCalledWith(
      expect.objectContaining({ certificateSha256: LEAF_SHA, acceptLookAlike: true }),
    );
  });

  it('asks nothing more for a genuine certificate', async () => {
    const { card, confirm } = await retrieveWith(true);
    expect(card.queryByTestId('look-alike')).toBeNull();
    expect(screen.queryByTestId('accept-look-alike')).toBeNull();
    fireEvent.click(screen.getByTestId('retrieve-confirm'));
    await screen.findByTestId('retrieve-done');
    expect(confirm.mock.calls[0]).toEqual([
      { fileName: 'certificat.pem', data: expect.any(String), certificateSha256: LEAF_SHA },
    ]);
  });
});
