import { timeZoneAt } from '../geo/time-zone';
import { formatDateTime, formatDistance, formatTimeLeft, startOfLocalDay, usesMiles, zoneName } from './locale-format';

describe('formatting for the reader', () => {
  it('shows miles to US readers and km elsewhere', () => {
    expect(usesMiles('us')).toBe(true);
    expect(usesMiles('PR')).toBe(true);
    expect(usesMiles('DE')).toBe(false);
    expect(formatDistance(16.09344, 'US')).toBe('10 mi');
    expect(formatDistance(3.2, 'DE')).toBe('3.2 km');
  });

  it('shows an instant in the reader’s own zone', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(formatDateTime(at, 'America/Los_Angeles')).toBe('Dec 1, 2026, 2:00 AM PST');
  });

  it('finds the time zone of a point offline', () => {
    expect(timeZoneAt(45.52, -122.68)).toBe('America/Los_Angeles');
    expect(timeZoneAt(40.71, -74.0)).toBe('America/New_York');
    expect(timeZoneAt(52.52, 13.4)).toBe('Europe/Berlin');
    expect(timeZoneAt(0, 0)).toBe('UTC');
  });

  it('says how long is left before a deadline, and how late once it passed', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(formatTimeLeft(new Date('2026-12-03T14:00:00Z'), now)).toBe('2 days 4 h left');
    expect(formatTimeLeft(new Date('2026-12-01T11:30:00Z'), now)).toBe('1 h 30 min left');
    expect(formatTimeLeft(new Date('2026-12-01T10:35:00Z'), now)).toBe('35 min left');
    expect(formatTimeLeft(new Date('2026-12-01T07:00:00Z'), now)).toBe('3 h 0 min overdue');
  });

  it('names a time zone in words a reader knows, never its IANA id', () => {
    expect(zoneName('America/Los_Angeles')).toBe('Pacific Time');
    expect(zoneName('America/New_York')).toBe('Eastern Time');
    expect(zoneName('UTC')).toBe('UTC');
  });

  it('starts a day at the reader’s own midnight, across daylight-saving changes', () => {
    expect(startOfLocalDay('2026-12-01', 'America/Los_Angeles').toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(startOfLocalDay('2026-07-01', 'America/Los_Angeles').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(startOfLocalDay('2026-03-29', 'Europe/London').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/London').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(startOfLocalDay('2026-12-01', 'Asia/Kolkata').toISOString()).toBe('2026-11-30T18:30:00.000Z');
    expect(startOfLocalDay('2026-12-01', 'UTC').toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
