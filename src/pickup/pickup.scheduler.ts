import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobQueue } from '../queue/job-queue';
import { Clock } from '../resolution/clock';
import { slotKeyFor } from '../resolution/resolution.scheduler';

/** Every quarter hour, enqueues the pickup timers; the job id names the slot so instances do not repeat it. */
@Injectable()
export class PickupScheduler {
  constructor(
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  @Cron('*/15 * * * *')
  async tick(): Promise<void> {
    const slotKey = slotKeyFor(this.clock.now());
    await this.jobs.add('pickup.timers', { slotKey }, { jobId: `pickup-timers-${slotKey.replaceAll(':', '')}` });
  }
}
