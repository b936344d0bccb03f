import { attentionLevel, countStatuses, summaryLine } from '../../../src/shared/inventory/status-summary.js';

describe('the status summary (tray, badge)', () => {
  it('counts, says what needs doing first, in French', () => {
    const none = countStatuses([]);
    expect(attentionLevel(none)).toBe('ok');
    expect(summaryLine(none)).toBe('Vigie — 0 certificats');
    const one = countStatuses(['valid']);
    expect(summaryLine(one)).toBe('Vigie — 1 certificat');
    const soon = countStatuses(['valid', 'renew-soon']);
    expect(attentionLevel(soon)).toBe('soon');
    const mixed = countStatuses(['valid', 'renew-soon', 'renew-now', 'expired', 'expired']);
    expect(attentionLevel(mixed)).toBe('urgent');
    expect(summaryLine(mixed)).toBe(
      'Vigie — 5 certificats, 1 à renouveler maintenant, 1 à renouveler bientôt, 2 expirés',
    );
    expect(attentionLevel(countStatuses(['revoked']))).toBe('urgent');
  });
});
