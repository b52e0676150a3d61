import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { AppConfig } from '../config/app-config';
import { QUEUE_WORKERS } from './queue-workers';
import { redisAnswers } from './redis-ping';

/**
 * Workers normally finish their current job before closing; with Redis unreachable that wait never
 * ends, so they are closed at once instead (the unfinished job is retried by BullMQ later).
 */
@Injectable()
export class WorkerShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerShutdown.name);

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    const { up } = await redisAnswers(this.config.REDIS_URL!);
    if (!up) this.logger.warn('Redis is unreachable: closing queue workers without waiting for running jobs');
    await Promise.all(QUEUE_WORKERS.map((type) => this.moduleRef.get<WorkerHost>(type, { strict: false }).worker?.close(!up)));
  }
}
