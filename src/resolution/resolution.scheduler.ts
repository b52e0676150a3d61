import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../queue/job-queue';
import { slotKeyFor } from '../queue/slot-job';
import { Clock } from './clock';
import { nextRunAfter } from './run-schedule';

const TIMEOUT_NAME = 'daily-resolution';
// setTimeout cannot wait longer than 2^31-1 ms; a longer wait is taken in steps.
const LONGEST_WAIT_MS = 86_400_000;

/**
 * The daily resolver's timer. It fires at the instants nextRunAfter gives (the function every order's
 * resolvesAt comes from), re-arming after each firing, and only enqueues, with a job id naming the slot;
 * the run row's unique slot key keeps it to one run per slot however many instances fire.
 */
@Injectable()
export class ResolutionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ResolutionScheduler.name);
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.arm(this.nextAfter(this.clock.now()));
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.registry.doesExist('timeout', TIMEOUT_NAME)) this.registry.deleteTimeout(TIMEOUT_NAME);
  }

  /** Enqueues the run of the slot due at `due`; its cutoff is that instant, so it takes every order resolving by then. */
  async tick(due: Date): Promise<void> {
    const slotKey = slotKeyFor(due);
    await this.jobs.add('resolution.schedule', { slotKey, cutoff: due.toISOString() }, { jobId: `resolution-${slotKey.replaceAll(':', '')}` });
  }

  private nextAfter(t: Date): Date {
    return nextRunAfter(t, this.config.RESOLVE_CRON, this.config.RESOLVE_TZ);
  }

  private arm(due: Date): void {
    if (this.stopped) return;
    const wait = Math.min(Math.max(0, due.getTime() - this.clock.now().getTime()), LONGEST_WAIT_MS);
    if (this.registry.doesExist('timeout', TIMEOUT_NAME)) this.registry.deleteTimeout(TIMEOUT_NAME);
    this.registry.addTimeout(TIMEOUT_NAME, setTimeout(() => void this.wake(due), wait));
  }

  private async wake(due: Date): Promise<void> {
    if (this.clock.now() < due) return this.arm(due);
    // Re-armed first, so a failed enqueue costs this slot at most, never the schedule.
    this.arm(this.nextAfter(due));
    try {
      await this.tick(due);
    } catch (error) {
      this.logger.error(`The scheduled run of ${due.toISOString()} could not be enqueued: ${(error as Error).message}`);
    }
  }
}
