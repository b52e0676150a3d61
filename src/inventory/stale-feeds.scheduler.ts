import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Cron } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobQueue } from '../queue/job-queue';
import { slotKeyFor } from '../queue/slot-job';
import { withdrawStaleAutomaticBids } from './stale-feeds';

/** Hourly, so a feed that goes stale is withdrawn from and reported within the hour, not only at the nightly run. */
@Injectable()
export class StaleFeedsScheduler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /** Only enqueues, with a job id naming the hour, however many instances tick. */
  @Cron('17 * * * *', { name: 'stale-inventory-feeds', timeZone: 'UTC' })
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
