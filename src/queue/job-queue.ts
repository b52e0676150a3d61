import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { JobRegistry } from './job-registry';
import { JOB_QUEUE, JobName, JobPayloads } from './jobs';

export interface EnqueueOptions {
  /** Same id, same job: BullMQ ignores a second add while the first is kept. */
  jobId?: string;
  attempts?: number;
}

const DEFAULT_ATTEMPTS = 5;
const BACKOFF_MS = 1000;

/**
 * Adds jobs to BullMQ when Redis is configured; otherwise runs them in this process through the same
 * handlers, with the same retries, so the embedded default behaves like production.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly config: AppConfig,
    private readonly registry: JobRegistry,
    private readonly moduleRef: ModuleRef,
  ) {}

  async add<N extends JobName>(name: N, data: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
    if (this.config.inProcessJobs) {
      const key = options.jobId ?? `${name}:${Date.now()}:${Math.random()}`;
      if (this.running.has(key)) return;
      const run = this.runInProcess(name, data, attempts).finally(() => this.running.delete(key));
      this.running.set(key, run);
      return;
    }
    const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[name]), { strict: false });
    await queue.add(name, data, {
      jobId: options.jobId,
      attempts,
      backoff: { type: 'exponential', delay: BACKOFF_MS },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    });
  }

  /** Waits for in-process jobs (tests, graceful shutdown). */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running.values()]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.drain();
  }

  private async runInProcess<N extends JobName>(name: N, data: JobPayloads[N], attempts: number): Promise<void> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await this.registry.run(name, data);
        return;
      } catch (error) {
        this.logger.warn({ err: error, job: name, attempt }, `Job ${name} failed (attempt ${attempt} of ${attempts})`);
        if (attempt < attempts) await new Promise((r) => setTimeout(r, BACKOFF_MS * 2 ** (attempt - 1)));
      }
    }
  }
}
