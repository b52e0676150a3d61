import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { JobState, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { JobRegistry } from './job-registry';
import { JOB_QUEUE, JobName, JobPayloads } from './jobs';

export interface EnqueueOptions {
  /** Same id, same job: BullMQ ignores a second add while the first is kept. */
  jobId?: string;
  attempts?: number;
  /** The first wait before a retry; doubled after each failure. */
  backoffMs?: number;
}

const DEFAULT_ATTEMPTS = 5;
const BACKOFF_MS = 1000;

/**
 * Adds jobs to BullMQ when Redis is configured; otherwise runs them in this process through the same
 * handlers, with the same retries, so the embedded default behaves like production.
 */
@Injectable()
export class JobQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly running = new Map<string, Promise<void>>();
  // Shutting down: in-process jobs finish the attempt in flight but wait for no further retry.
  private closing = false;
  private readonly retryWaits = new Set<() => void>();

  constructor(
    private readonly config: AppConfig,
    private readonly registry: JobRegistry,
    private readonly moduleRef: ModuleRef,
  ) {}

  add<N extends JobName>(name: N, data: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    return this.addMany(name, [{ data, options }]);
  }

  /** Several jobs of one kind in one round trip to Redis. */
  async addMany<N extends JobName>(name: N, jobs: { data: JobPayloads[N]; options?: EnqueueOptions }[]): Promise<void> {
    if (this.config.inProcessJobs) {
      // Not started once stopping: the database closes next. (Unsent notifications are handed over again at start.)
      if (this.closing) return;
      for (const { data, options = {} } of jobs) this.startInProcess(name, data, options);
      return;
    }
    await this.queueOf(name).addBulk(
      jobs.map(({ data, options = {} }) => ({
        name,
        data,
        opts: {
          jobId: options.jobId,
          attempts: options.attempts ?? DEFAULT_ATTEMPTS,
          backoff: { type: 'exponential', delay: options.backoffMs ?? BACKOFF_MS },
          removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      })),
    );
  }

  /**
   * Adds jobs again under ids Redis still keeps as finished (completed or failed), which a plain add would
   * ignore: the finished ones are removed first. Redis only.
   */
  async addAgain<N extends JobName>(name: N, jobs: { data: JobPayloads[N]; options: EnqueueOptions }[]): Promise<void> {
    const queue = this.queueOf(name);
    for (const { jobId } of jobs.map((job) => job.options)) {
      if (!jobId) continue;
      const state = await queue.getJobState(jobId);
      if (state === 'completed' || state === 'failed') await queue.remove(jobId);
    }
    await this.addMany(name, jobs);
  }

  /**
   * Where each of these jobs is in Redis ('unknown' for one the queue does not have, e.g. lost with a Redis
   * restarted empty), or null when Redis is not connected right now and nothing can be said. Redis only.
   */
  async states<N extends JobName>(name: N, jobIds: string[]): Promise<Map<string, JobState | 'unknown'> | null> {
    const queue = this.queueOf(name);
    // A command sent while disconnected would wait for the reconnection: ask only a connected client.
    if ((await queue.getBackend().client).status !== 'ready') return null;
    const states = await Promise.all(jobIds.map((id) => queue.getJobState(id)));
    return new Map(jobIds.map((id, i) => [id, states[i]]));
  }

  /** In-process jobs started and not finished (always 0 with Redis, where workers take them). */
  get inProcessBacklog(): number {
    return this.running.size;
  }

  /** Waits for in-process jobs (tests, graceful shutdown). */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running.values()]);
  }

  /** Before any connection closes (the database pool closes in the shutdown step after this one). */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    for (const wakeUp of this.retryWaits) wakeUp();
    await this.drain();
  }

  private queueOf(name: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[name]), { strict: false });
  }

  private startInProcess<N extends JobName>(name: N, data: JobPayloads[N], options: EnqueueOptions): void {
    const key = options.jobId ?? `${name}:${Date.now()}:${Math.random()}`;
    if (this.running.has(key)) return;
    const run = this.runInProcess(name, data, options.attempts ?? DEFAULT_ATTEMPTS, options.backoffMs ?? BACKOFF_MS).finally(() =>
      this.running.delete(key),
    );
    this.running.set(key, run);
  }

  private async runInProcess<N extends JobName>(name: N, data: JobPayloads[N], attempts: number, backoffMs: number): Promise<void> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await this.registry.run(name, data);
        return;
      } catch (error) {
        this.logger.warn({ err: error, job: name, attempt }, `Job ${name} failed (attempt ${attempt} of ${attempts})`);
        if (attempt < attempts) await this.waitBeforeRetry(backoffMs * 2 ** (attempt - 1));
        if (this.closing) return;
      }
    }
  }

  private waitBeforeRetry(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wakeUp = () => {
        clearTimeout(timer);
        this.retryWaits.delete(wakeUp);
        resolve();
      };
      const timer = setTimeout(wakeUp, ms);
      this.retryWaits.add(wakeUp);
    });
  }
}
