import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../queue/job-queue';
import { Clock } from '../resolution/clock';
import { PayoutsScheduler } from './payouts.scheduler';

describe('the payout schedule', () => {
  it('enqueues one payout run a week, at PAYOUT_CRON in RESOLVE_TZ wall-clock time, named by its slot', async () => {
    jest.useFakeTimers({ now: new Date('2027-03-01T00:00:00Z') });
    const added: { name: string; data: { slotKey: string; cutoff: string; trigger: string }; jobId?: string }[] = [];
    const queue = {
      add: async (name: string, data: never, options: { jobId?: string }) => void added.push({ name, data, jobId: options.jobId }),
    } as unknown as JobQueue;
    const config = { PAYOUT_CRON: '0 6 * * 1', RESOLVE_TZ: 'America/Chicago' } as AppConfig;
    const scheduler = new PayoutsScheduler(config, new SchedulerRegistry(), queue, new Clock());
    scheduler.onApplicationBootstrap();
    // Four weeks across the start of daylight saving in Chicago (14 March 2027).
    await jest.advanceTimersByTimeAsync(28 * 86_400_000);
    scheduler.onApplicationShutdown();
    jest.useRealTimers();
    // Mondays at 06:00 in Chicago: 12:00 UTC in winter, 11:00 UTC once clocks went forward.
    expect(added.map((a) => a.data.cutoff)).toEqual([
      '2027-03-01T12:00:00.000Z',
      '2027-03-08T12:00:00.000Z',
      '2027-03-15T11:00:00.000Z',
      '2027-03-22T11:00:00.000Z',
    ]);
    expect(added[0]).toEqual({
      name: 'payouts.run',
      data: { slotKey: 'payouts:schedule:2027-03-01T12:00Z', cutoff: '2027-03-01T12:00:00.000Z', trigger: 'schedule' },
      jobId: 'payouts-schedule-2027-03-01T12-00Z',
    });
  });
});
