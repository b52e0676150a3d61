import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/jobs';
import { MetricsService } from './metrics.service';

const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
// A scrape must answer even when Redis does not: the queue figures are given up after this long.
export const QUEUE_READ_TIMEOUT_MS = 2000;

type JobCounts = [queue: string, counts: Record<string, number>][];

/**
 * Jobs per queue and state, read from Redis when Prometheus scrapes. With in-process jobs (no REDIS_URL)
 * there is no queue to measure, so these metrics are absent.
 */
@Injectable()
export class QueueDepthMetrics implements OnModuleInit {
  private reading?: Promise<JobCounts | null>;

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    if (this.config.inProcessJobs) return;
    const queues = Object.values(QUEUES).map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    const read = () => this.read(queues);
    new Gauge({
      name: 'nearfill_queue_jobs',
      help: 'Jobs in each queue by state (waiting, active, delayed, failed); absent while Redis does not answer',
      labelNames: ['queue', 'state'],
      registers: [this.metrics.registry],
      async collect() {
        this.reset();
        for (const [queue, counts] of (await read()) ?? []) {
          for (const state of STATES) this.set({ queue, state }, counts[state] ?? 0);
        }
      },
    });
    new Gauge({
      name: 'nearfill_queue_up',
      help: `1 when Redis answered the queue figures within ${QUEUE_READ_TIMEOUT_MS} ms, else 0`,
      registers: [this.metrics.registry],
      async collect() {
        this.set((await read()) ? 1 : 0);
      },
    });
  }

  /** One time-boxed read shared by both gauges of a scrape (and any scrape arriving meanwhile); null when Redis failed it. */
  private read(queues: Queue[]): Promise<JobCounts | null> {
    this.reading ??= settledWithin(
      Promise.all(queues.map(async (queue): Promise<JobCounts[number]> => [queue.name, await queue.getJobCounts(...STATES)])),
      QUEUE_READ_TIMEOUT_MS,
    ).finally(() => (this.reading = undefined));
    return this.reading;
  }
}

/** The promise's value, or null when it fails or takes longer than `ms`. */
function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(resolve, () => resolve(null)).finally(() => clearTimeout(timer));
  });
}
