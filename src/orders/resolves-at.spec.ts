import { resolvesAtFor } from './resolves-at';

describe('resolvesAt', () => {
  it('is the next 02:00 run at least 12 hours after posting', () => {
    expect(resolvesAtFor(new Date('2026-03-10T09:00:00Z'), 12, '0 2 * * *', 'UTC')).toEqual(new Date('2026-03-11T02:00:00Z'));
    // Posted at 15:00: 02:00 next day is only 11 h later, so it waits for the run after.
    expect(resolvesAtFor(new Date('2026-03-10T15:00:00Z'), 12, '0 2 * * *', 'UTC')).toEqual(new Date('2026-03-12T02:00:00Z'));
  });

  it('counts a run exactly at the end of the minimum board time', () => {
    expect(resolvesAtFor(new Date('2026-03-10T14:00:00Z'), 12, '0 2 * * *', 'UTC')).toEqual(new Date('2026-03-11T02:00:00Z'));
  });

  it('follows the resolver time zone, daylight saving included', () => {
    // 02:00 in Chicago is 08:00 UTC in winter (CST) and 07:00 UTC in summer (CDT).
    expect(resolvesAtFor(new Date('2026-01-15T12:00:00Z'), 12, '0 2 * * *', 'America/Chicago')).toEqual(new Date('2026-01-16T08:00:00Z'));
    expect(resolvesAtFor(new Date('2026-07-15T12:00:00Z'), 12, '0 2 * * *', 'America/Chicago')).toEqual(new Date('2026-07-16T07:00:00Z'));
  });

  it('honours a longer minimum board time and another schedule', () => {
    expect(resolvesAtFor(new Date('2026-03-10T09:00:00Z'), 48, '30 6 * * 1-5', 'UTC')).toEqual(new Date('2026-03-13T06:30:00Z'));
  });
});
