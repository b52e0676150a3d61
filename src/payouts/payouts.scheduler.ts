import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config';
import { CronScheduler } from '../queue/cron-scheduler';
import { JobQueue } from '../queue/job-queue';
import { Clock } from '../resolution/clock';
import { slotKeyFor } from '../queue/slot-job';
import { nextRunAfter } from '../resolution/run-schedule';
import { runJobId } from './payout-transfers.service';

/**
 * The payout schedule: PAYOUT_CRON in RESOLVE_TZ (weekly by default), read by the resolver's schedule function
 * (daylight saving decided there once). It only enqueues a `payouts.run` whose job id and run row name the slot,
 * so instances firing together make one run; its cutoff is the slot's instant.
 */
@Injectable()
export class PayoutsScheduler extends CronScheduler {
  constructor(
    private readonly config: AppConfig,
    registry: SchedulerRegistry,
    private readonly jobs: JobQueue,
    clock: Clock,
  ) {
    super('payout-run', registry, clock);
  }

  protected next(t: Date): Date {
    return nextRunAfter(t, this.config.PAYOUT_CRON, this.config.RESOLVE_TZ);
  }

  /** Enqueues the payout run of the slot due at `due`. */
  async tick(due: Date): Promise<void> {
    const slotKey = `payouts:${slotKeyFor(due)}`;
    await this.jobs.add('payouts.run', { slotKey, cutoff: due.toISOString(), trigger: 'schedule' }, { jobId: runJobId(slotKey) });
  }
}
