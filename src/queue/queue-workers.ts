import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, Type } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobRegistry } from './job-registry';
import { JobName, QUEUE_CONCURRENCY, QUEUES, QueueName } from './jobs';

/** One BullMQ worker per queue; each job is handed to its registered handler. */
function workerFor(queue: QueueName): Type<WorkerHost> {
  @Processor(queue, { concurrency: QUEUE_CONCURRENCY[queue] })
  class QueueWorker extends WorkerHost {
    private readonly logger = new Logger(`${queue}Worker`);

    constructor(private readonly registry: JobRegistry) {
      super();
    }

    process(job: Job): Promise<unknown> {
      return this.registry.run(job.name as JobName, job.data as never);
    }

    /**
     * BullMQ reports a worker's own failures here (e.g. a job removed while it ran cannot be retried). An
     * error event nobody listens to is printed raw to stderr: it is logged like the app's other errors.
     */
    @OnWorkerEvent('error')
    onError(error: Error): void {
      this.logger.error(error.message, error.stack);
    }
  }
  Object.defineProperty(QueueWorker, 'name', { value: `${queue}Worker` });
  return QueueWorker;
}

export const QUEUE_WORKERS = Object.values(QUEUES).map(workerFor);
