import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobQueue } from '../queue/job-queue';
import { enqueueForSlot } from '../queue/slot-job';
import { Clock } from '../resolution/clock';

/** Every quarter hour, enqueues the ship-by SLA check; the job id names the slot so instances do not repeat it. */
@Injectable()
export class FulfilmentScheduler {
  constructor(
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  @Cron('*/15 * * * *')
  tick(): Promise<void> {
    return enqueueForSlot(this.jobs, 'fulfilment.reroute-overdue', 'reroute-overdue', this.clock.now());
  }
}
