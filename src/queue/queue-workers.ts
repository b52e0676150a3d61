import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Type } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobRegistry } from './job-registry';
import { JobName, QUEUE_CONCURRENCY, QUEUES, QueueName } from './jobs';

/** One BullMQ worker per queue; each job is handed to its registered handler. */
function workerFor(queue: QueueName): Type<WorkerHost> {
  @Processor(queue, { concurrency: QUEUE_CONCURRENCY[queue] })
  class QueueWorker extends WorkerHost {
    constructor(private readonly registry: JobRegistry) {
      super();
    }

    process(job: Job): Promise<unknown> {
      return this.registry.run(job.name as JobName, job.data as never);
    }
  }
  Object.defineProperty(QueueWorker, 'name', { value: `${queue}Worker` });
  return QueueWorker;
}

export const QUEUE_WORKERS = Object.values(QUEUES).map(workerFor);
