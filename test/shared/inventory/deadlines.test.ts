import {
  watchedCertificate,
  crossedThresholds,
  DAY_MS,
  daysLeft,
  nextCrossing,
  statusAt,
} from '../../../src/shared/inventory/deadlines.js';

const notAfter = new Date('2027-06-30T12:00:00Z');
const cert = { notAfter };
const before = (days: number, extraMs = 0) => new Date(notAfter.getTime() - days * DAY_MS + extraMs);

describe('deadlines', () => {
  it('gives the status from the days left to the end of validity', () => {
    expect(statusAt(cert, before(120))).toBe('valid');
    expect(statusAt(cert, before(90))).toBe('renew-soon');
    expect(statusAt(cert, before(30, -1))).toBe('renew-soon');
    expect(statusAt(cert, before(30))).toBe('renew-now');
    expect(statusAt(cert, before(0, -1))).toBe('renew-now');
    expect(statusAt(cert, notAfter)).toBe('expired');
    expect(statusAt({ notAfter, revoked: true }, before(120))).toBe('revoked');
    expect(statusAt({ notAfter, unrecognised: true }, before(10))).toBe('unrecognised');
    expect(statusAt({ notAfter, unrecognised: true }, notAfter)).toBe('expired');
  });

  it('follows the settings: thresholds and the "now" limit', () => {
    const settings = { thresholds: [45, 10], renewNowDays: 10 };
    expect(statusAt(cert, before(60), settings)).toBe('valid');
    expect(statusAt(cert, before(45), settings)).toBe('renew-soon');
    expect(statusAt(cert, before(10), settings)).toBe('renew-now');
  });

  it('lists the crossed thresholds and the next one; 0 is the end of validity', () => {
    expect(crossedThresholds(cert, before(100))).toEqual([]);
    expect(nextCrossing(cert, before(100))).toEqual(before(90));
    expect(crossedThresholds(cert, before(20))).toEqual([90, 60, 30]);
    expect(nextCrossing(cert, before(20))).toEqual(before(14));
    expect(crossedThresholds(cert, before(0, 1))).toEqual([90, 60, 30, 14, 7, 1, 0]);
    expect(nextCrossing(cert, notAfter)).toBeNull();
    expect(crossedThresholds({ notAfter, revoked: true }, notAfter)).toEqual([]);
    expect(nextCrossing({ notAfter, revoked: true }, before(100))).toBeNull();
    // Unsorted, repeated or negative thresholds are cleaned up.
    expect(crossedThresholds(cert, before(5), [7, 30, 7, -3])).toEqual([30, 7]);
  });

  it('counts whole days left, negative after expiry', () => {
    expect(daysLeft(cert, before(10))).toBe(10);
    expect(daysLeft(cert, before(10, 1))).toBe(9);
    expect(daysLeft(cert, new Date(notAfter.getTime() + DAY_MS))).toBe(-1);
  });
});

describe('what an inventory certificate is watched on', () => {
  const NOW = new Date('2027-01-15T09:00:00Z');
  const notAfter = new Date('2027-06-01T00:00:00Z');
  const igc = (lookAlike: boolean | undefined) => (lookAlike === undefined ? {} : { lookAlike });

  it('calls an IGC-Santé look-alike "non reconnu", any other by its dates', () => {
    expect(statusAt(watchedCertificate({ notAfter, igc: igc(true) }, false), NOW)).toBe('unrecognised');
    expect(statusAt(watchedCertificate({ notAfter, igc: igc(false) }, false), NOW)).toBe('valid');
    // Kept before look-alikes were told apart: by its dates.
    expect(statusAt(watchedCertificate({ notAfter, igc: igc(undefined) }, false), NOW)).toBe('valid');
    expect(statusAt(watchedCertificate({ notAfter, igc: null }, false), NOW)).toBe('valid');
  });

  it('puts revoked before everything, and expired before "non reconnu"', () => {
    expect(statusAt(watchedCertificate({ notAfter, igc: igc(true) }, true), NOW)).toBe('revoked');
    const ended = new Date('2026-12-01T00:00:00Z');
    expect(statusAt(watchedCertificate({ notAfter: ended, igc: igc(true) }, false), NOW)).toBe('expired');
    expect(crossedThresholds(watchedCertificate({ notAfter, igc: null }, true), NOW)).toEqual([]);
  });
});
