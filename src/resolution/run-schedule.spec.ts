import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../queue/job-queue';
import { resolvesAtFor } from '../orders/resolves-at';
import { Clock } from './clock';
import { ResolutionScheduler } from './resolution.scheduler';
import { nextRunAfter } from './run-schedule';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The real scheduler on fake timers, with a queue that records what it was given and when. */
async function fire(cron: string, timeZone: string, from: Date, to: Date) {
  jest.useFakeTimers({ now: from });
  const fired: { at: number; cutoff: string; slotKey: string }[] = [];
  const recordingQueue = {
    add: async (_name: string, payload: { slotKey: string; cutoff: string }) => {
      fired.push({ at: Date.now(), ...payload });
    },
  } as unknown as JobQueue;
  const config = { RESOLVE_CRON: cron, RESOLVE_TZ: timeZone } as AppConfig;
  const scheduler = new ResolutionScheduler(config, new SchedulerRegistry(), recordingQueue, new Clock());
  scheduler.onApplicationBootstrap();
  await jest.advanceTimersByTimeAsync(to.getTime() - from.getTime());
  scheduler.onApplicationShutdown();
  jest.useRealTimers();
  return fired;
}

const seen = new Map<string, ReturnType<typeof fire>>();
const firings = (cron: string, timeZone: string, from: Date, to: Date) => {
  const key = [cron, timeZone, from.toISOString()].join('|');
  if (!seen.has(key)) seen.set(key, fire(cron, timeZone, from, to));
  return seen.get(key)!;
};

const localDay = (timeZone: string, at: number) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(at);
const localTime = (timeZone: string, at: number) => new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'short', timeStyle: 'long' }).format(at);

const TRANSITIONS: [string, string][] = [
  ['America/Los_Angeles', '2027-03-14T12:00:00Z'],
  ['America/Los_Angeles', '2027-11-07T12:00:00Z'],
  ['Europe/Berlin', '2027-03-28T06:00:00Z'],
  ['Europe/Berlin', '2027-10-31T06:00:00Z'],
  ['UTC', '2027-03-14T12:00:00Z'],
];
const DAILY = ['30 1 * * *', '0 2 * * *', '30 2 * * *', '0 3 * * *'];

describe('one schedule across daylight saving', () => {
  describe.each(TRANSITIONS)('%s around %s', (timeZone, transition) => {
    const from = new Date(new Date(transition).getTime() - 3 * DAY);
    const to = new Date(new Date(transition).getTime() + 3 * DAY);

    it.each([...DAILY, '*/30 * * * *'])('fires "%s" exactly at every resolvesAt, with the slot and cutoff of that instant', async (cron) => {
      const fired = await firings(cron, timeZone, from, to);
      const instants = new Set(fired.map((f) => f.at));
      for (const f of fired) {
        expect(new Date(f.cutoff).getTime()).toBe(f.at);
        expect(f.slotKey).toBe(`schedule:${new Date(f.at).toISOString().slice(0, 16)}Z`);
      }
      expect(instants.size).toBe(fired.length);
      // Orders posted every 29 minutes with 0 and 12 hours of board time: each resolves at a firing, the
      // first one at or after its board time, so no run between leaves it out.
      const lastFiring = Math.max(...instants);
      for (let posted = from.getTime() + 60_000; posted < to.getTime() - 2 * DAY; posted += 29 * 60_000) {
        for (const hours of [0, 12]) {
          const resolvesAt = resolvesAtFor(new Date(posted), hours, cron, timeZone).getTime();
          if (resolvesAt > lastFiring) continue;
          expect(instants.has(resolvesAt)).toBe(true);
          expect(fired.filter((f) => f.at >= posted + hours * HOUR && f.at < resolvesAt)).toEqual([]);
        }
      }
    });

    it.each(DAILY)('runs "%s" once on every local day, the transition day included', async (cron) => {
      const fired = await firings(cron, timeZone, from, to);
      const days = fired.map((f) => localDay(timeZone, f.at));
      expect(new Set(days).size).toBe(days.length);
      expect(days.length).toBeGreaterThanOrEqual(6);
    });

    it('runs "*/30 * * * *" at each local wall time once', async () => {
      const fired = await firings('*/30 * * * *', timeZone, from, to);
      const wallTimes = fired.map((f) => localTime(timeZone, f.at).replace(/ \S+$/, ''));
      expect(new Set(wallTimes).size).toBe(wallTimes.length);
    });
  });

  it('runs a wall time the clocks skip at the moment they jump', () => {
    // Los Angeles, 14 March 2027: 02:00 PST becomes 03:00 PDT (10:00Z).
    expect(nextRunAfter(new Date('2027-03-14T08:00:00Z'), '30 2 * * *', 'America/Los_Angeles')).toEqual(new Date('2027-03-14T10:00:00Z'));
    expect(resolvesAtFor(new Date('2027-03-14T08:00:00Z'), 0, '30 2 * * *', 'America/Los_Angeles')).toEqual(new Date('2027-03-14T10:00:00Z'));
    // Berlin, 28 March 2027: 02:00 CET becomes 03:00 CEST (01:00Z).
    expect(nextRunAfter(new Date('2027-03-27T12:00:00Z'), '30 2 * * *', 'Europe/Berlin')).toEqual(new Date('2027-03-28T01:00:00Z'));
  });

  it('runs a wall time the clocks repeat at its first occurrence only', () => {
    // Los Angeles, 7 November 2027: 01:00-01:59 happens in PDT (08:00Z-) and again in PST (09:00Z-).
    expect(nextRunAfter(new Date('2027-11-07T00:00:00Z'), '30 1 * * *', 'America/Los_Angeles')).toEqual(new Date('2027-11-07T08:30:00Z'));
    expect(nextRunAfter(new Date('2027-11-07T08:30:00Z'), '30 1 * * *', 'America/Los_Angeles')).toEqual(new Date('2027-11-08T09:30:00Z'));
    expect(nextRunAfter(new Date('2027-11-07T00:00:00Z'), '0 2 * * *', 'America/Los_Angeles')).toEqual(new Date('2027-11-07T10:00:00Z'));
    expect(nextRunAfter(new Date('2027-11-07T10:00:00Z'), '0 2 * * *', 'America/Los_Angeles')).toEqual(new Date('2027-11-08T10:00:00Z'));
    // Berlin, 31 October 2027: 02:00-02:59 happens in CEST (00:00Z-) and again in CET (01:00Z-).
    expect(nextRunAfter(new Date('2027-10-30T12:00:00Z'), '30 2 * * *', 'Europe/Berlin')).toEqual(new Date('2027-10-31T00:30:00Z'));
    expect(nextRunAfter(new Date('2027-10-31T00:30:00Z'), '30 2 * * *', 'Europe/Berlin')).toEqual(new Date('2027-11-01T01:30:00Z'));
  });
});
