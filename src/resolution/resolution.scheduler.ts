import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../queue/job-queue';
import { Clock } from './clock';

const CRON_NAME = 'daily-resolution';

/** The slot a scheduled run belongs to: its minute, the same on every instance whose clock is right. */
export function slotKeyFor(at: Date): string {
  return `schedule:${at.toISOString().slice(0, 16)}Z`;
}

/**
 * The daily resolver's cron (RESOLVE_CRON in RESOLVE_TZ). It only enqueues, with a job id naming the slot;
 * the run row's unique slot key keeps it to one run per slot however many instances tick.
 */
@Injectable()
export class ResolutionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const job = CronJob.from({ cronTime: this.config.RESOLVE_CRON, timeZone: this.config.RESOLVE_TZ, onTick: () => this.tick() });
    this.registry.addCronJob(CRON_NAME, job);
    job.start();
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('cron', CRON_NAME)) this.registry.deleteCronJob(CRON_NAME);
  }

  async tick(): Promise<void> {
    const now = this.clock.now();
    const slotKey = slotKeyFor(now);
    await this.jobs.add('resolution.schedule', { slotKey, cutoff: now.toISOString() }, { jobId: `resolution-${slotKey.replaceAll(':', '')}` });
  }
}
