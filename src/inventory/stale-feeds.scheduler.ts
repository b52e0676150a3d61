import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { DataSource } from 'typeorm';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobQueue } from '../queue/job-queue';
import { slotKeyFor } from '../resolution/resolution.scheduler';
import { withdrawStaleAutomaticBids } from './stale-feeds';

const CRON_NAME = 'stale-inventory-feeds';

/** Hourly, so a feed that goes stale is withdrawn from and reported within the hour, not only at the nightly run. */
@Injectable()
export class StaleFeedsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: SchedulerRegistry,
    private readonly jobs: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    const job = CronJob.from({ cronTime: '17 * * * *', timeZone: 'UTC', onTick: () => this.tick() });
    this.registry.addCronJob(CRON_NAME, job);
    job.start();
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('cron', CRON_NAME)) this.registry.deleteCronJob(CRON_NAME);
  }

  async tick(): Promise<void> {
    const slotKey = slotKeyFor(new Date());
    await this.jobs.add('inventory.stale-feeds', { slotKey }, { jobId: `stale-feeds-${slotKey.replaceAll(':', '')}` });
  }

  /** Idempotent: a bid is withdrawn once, a stale spell reported once. */
  @HandlesJob('inventory.stale-feeds')
  async sweep(): Promise<number> {
    return this.dataSource.transaction((manager) => withdrawStaleAutomaticBids(manager, null));
  }
}
