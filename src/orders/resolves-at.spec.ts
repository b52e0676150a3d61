import { ResolutionSchedule, resolvesAtFor } from './resolves-at';

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

describe('ResolutionSchedule', () => {
  it('answers exactly as resolvesAtFor for every posting time, across run boundaries', () => {
    const schedule = new ResolutionSchedule('0 2 * * *', 'America/Chicago');
    const start = new Date('2026-03-06T00:00:00Z').getTime();
    // Every 7 minutes over four days, crossing the daylight-saving change of 8 March.
    for (let t = start; t < start + 4 * 86_400_000; t += 7 * 60_000) {
      for (const hours of [12, 24]) {
        const postedAt = new Date(t);
        expect(schedule.resolvesAt(postedAt, hours)).toEqual(resolvesAtFor(postedAt, hours, '0 2 * * *', 'America/Chicago'));
      }
    }
  });
});
