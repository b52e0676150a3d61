import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue';
import { JobRegistry } from './job-registry';
import { QUEUES } from './jobs';
import { QUEUE_PREFIX_CLAIM } from './queue-prefix-claim';
import { QUEUE_WORKERS } from './queue-workers';
import { WorkerShutdown } from './worker-shutdown';

@Global()
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig): DynamicModule {
    const providers = [JobRegistry, JobQueue];
    if (config.inProcessJobs) {
      return { module: QueueModule, imports: [DiscoveryModule], providers, exports: [JobQueue, JobRegistry] };
    }
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({
          prefix: config.QUEUE_PREFIX,
          // Workers block on Redis: ioredis must retry forever rather than fail their commands.
          connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        }),
        BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
      ],
      providers: [...providers, ...QUEUE_WORKERS, WorkerShutdown, QUEUE_PREFIX_CLAIM],
      exports: [JobQueue, JobRegistry, BullModule],
    };
  }
}
