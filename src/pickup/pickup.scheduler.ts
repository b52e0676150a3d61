import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobQueue } from '../queue/job-queue';
import { enqueueForSlot } from '../queue/slot-job';
import { Clock } from '../resolution/clock';

/** Every quarter hour, enqueues the pickup timers (acceptance, reminder, collection deadlines). */
@Injectable()
export class PickupScheduler {
  constructor(
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  @Cron('*/15 * * * *')
  tick(): Promise<void> {
    return enqueueForSlot(this.jobs, 'pickup.timers', 'pickup-timers', this.clock.now());
  }
}
