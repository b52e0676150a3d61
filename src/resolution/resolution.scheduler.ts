import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config';
import { CronScheduler } from '../queue/cron-scheduler';
import { JobQueue } from '../queue/job-queue';
import { slotKeyFor } from '../queue/slot-job';
import { Clock } from './clock';
import { nextRunAfter } from './run-schedule';

/**
 * The daily resolver's timer. It fires at the instants nextRunAfter gives (the function every order's
 * resolvesAt comes from), re-arming after each firing, and only enqueues, with a job id naming the slot;
 * the run row's unique slot key keeps it to one run per slot however many instances fire.
 */
@Injectable()
export class ResolutionScheduler extends CronScheduler {
  constructor(
    private readonly config: AppConfig,
    registry: SchedulerRegistry,
    private readonly jobs: JobQueue,
    clock: Clock,
  ) {
    super('daily-resolution', registry, clock);
  }

  protected next(t: Date): Date {
    return nextRunAfter(t, this.config.RESOLVE_CRON, this.config.RESOLVE_TZ);
  }

  /** Enqueues the run of the slot due at `due`; its cutoff is that instant, so it takes every order resolving by then. */
  async tick(due: Date): Promise<void> {
    const slotKey = slotKeyFor(due);
    await this.jobs.add('resolution.schedule', { slotKey, cutoff: due.toISOString() }, { jobId: `resolution-${slotKey.replaceAll(':', '')}` });
  }
}
