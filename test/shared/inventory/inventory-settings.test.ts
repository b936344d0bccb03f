import { DEFAULT_RENEW_NOW_DAYS, DEFAULT_THRESHOLDS } from '../../../src/shared/inventory/deadlines.js';
import { readInventorySettings } from '../../../src/shared/inventory/inventory-settings.js';

/** Regression found by fuzzing (test/fuzz): a settings document that is not a JSON object reads as the defaults. */
describe('readInventorySettings', () => {
  const defaults = {
    thresholds: [...DEFAULT_THRESHOLDS],
    renewNowDays: DEFAULT_RENEW_NOW_DAYS,
    folders: [],
    endpoints: [],
  };

  it.each([[[]], [[{ thresholds: [1] }]], [42], ['text'], [null], [undefined]])(
    'reads %j as the defaults',
    (stored) => {
      expect(readInventorySettings(stored)).toEqual(defaults);
    },
  );

  it('keeps the fields that parse and defaults the others', () => {
    expect(readInventorySettings({ thresholds: [30, 7], renewNowDays: 'x' })).toEqual({
      ...defaults,
      thresholds: [30, 7],
    });
  });
});
