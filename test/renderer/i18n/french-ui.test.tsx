import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PLACES } from '../../../src/renderer/shell/places.js';
import type { InspectionReport } from '../../../src/shared/model/inspection.js';
import { insiReportLocked } from '../helpers/insi-report.js';
import { fileOf, renderApp } from '../helpers/render-app.js';

/**
 * No English sentence reaches the French UI. A sentence is taken for English when it holds
 * at least two common English words that French never uses; product codes, proper nouns
 * (IGC-Santé, Cryptolib CPS) and file names do not trip it. Main's own text may show only
 * as a technical detail ("Détail technique : …"), which support reads, not the user.
 */
const ENGLISH =
  /\b(the|this|these|is|are|was|were|can|cannot|could|only|with|your|you|please|must|should|has|have|been|be|of|and|to|not|part|file|password|encrypted|read)\b/gi;

const englishSentences = (root: HTMLElement): string[] => {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text === '' || text.startsWith('Détail technique')) continue;
    const parent = node.parentElement;
    if (parent?.closest('code, pre, [data-technical]')) continue;
    const words = new Set((text.match(ENGLISH) ?? []).map((w) => w.toLowerCase()));
    if (words.size >= 2) found.push(text);
  }
  return found;
};

const withWarnings = (warnings: InspectionReport['warnings']): InspectionReport => ({
  ...insiReportLocked(),
  warnings,
});

describe('the French UI shows no English sentence', () => {
  it('on every place of the navigation', async () => {
    renderApp();
    const shown: Record<string, string[]> = {};
    for (const place of PLACES) {
      // Let the page's first answers from the fake main arrive.
      await act(async () => {
        fireEvent.click(screen.getByTestId(`nav-${place}`));
        await new Promise((r) => setTimeout(r, 20));
      });
      const english = englishSentences(document.body);
      if (english.length > 0) shown[place] = english;
    }
    expect(shown).toEqual({});
  });

  it('translates the PKCS#12 "encrypted part(s)" warning (and the other reader warnings) by code', async () => {
    const report = withWarnings([
      {
        code: 'pkcs12-encrypted-content',
        message:
          '1 encrypted part(s) of this file (usually certificates) can only be read with the password.',
      },
      {
        code: 'pkcs7-signed-content',
        message: 'This PKCS#7 file is a signed message; only its certificates and CRLs are shown.',
      },
      { code: 'some-future-code', message: 'Something new the reader noticed.' },
    ]);
    renderApp({ inspector: { inspect: async () => ({ ok: true as const, value: report }) } });
    fireEvent.click(screen.getByTestId('nav-inspect'));
    fireEvent.drop(screen.getByTestId('drop-zone'), {
      dataTransfer: { files: [fileOf('INSI-AUTO-certificate.p12')], types: ['Files'] },
    });
    await screen.findAllByTestId('cert-card');
    const notes = screen.getAllByRole('note');
    const text = notes.map((n) => n.textContent ?? '').join('\n');
    expect(text).toContain(
      'Une partie de ce fichier est chiffrée (le plus souvent les certificats) : saisissez le mot de passe pour la lire.',
    );
    expect(text).not.toContain('encrypted part(s)');
    expect(text).toContain('Ce fichier PKCS#7 est un message signé');
    // An unknown code: a French sentence, main's text only as the technical detail.
    const unknown = notes.find((n) => n.textContent?.includes('Something new'));
    if (!unknown) throw new Error('the unknown warning is not shown');
    expect(within(unknown).getByText('Détail technique : Something new the reader noticed.')).toBeTruthy();
    expect(englishSentences(document.body)).toEqual([]);
  });

  it('the detector itself flags the English warning text', () => {
    const div = document.createElement('div');
    div.textContent =
      '1 encrypted part(s) of this file (usually certificates) can only be read with the password.';
    expect(englishSentences(div)).toHaveLength(1);
  });
});
