import { Logger, OnModuleDestroy, Provider } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { claimQueuePrefix, DATABASE_IDENTITY, DatabaseIdentity, describeDatabase } from './queue-prefix';
import { QUEUE_WORKERS } from './queue-workers';

// While Redis cannot be asked at start, ask again this often (the workers wait for Redis too).
const RETRY_MS = 5000;

/**
 * One queue prefix, one database. Workers of a deployment on another database would take this one's jobs,
 * find none of its rows and complete them (a run would wait for ever for its parts). So the prefix records
 * whose it is: the first start writes its database's identity (PostgreSQL's system identifier and the
 * database name) under it, and a start on another database refuses with QueuePrefixTaken before any
 * worker takes a job. Instances of one deployment share the database, so they share the prefix. While
 * Redis is unreachable at start the app starts anyway (jobs wait for Redis, as they do in an outage) and
 * asks again every RETRY_MS; a conflict found then closes the workers and is logged as an error.
 */
export class QueuePrefixClaim implements OnModuleDestroy {
  private readonly logger = new Logger(QueuePrefixClaim.name);
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Claims the prefix, or throws QueuePrefixTaken; returns false when Redis could not be asked. */
  async claim(): Promise<boolean> {
    const [database] = await this.dataSource.query<DatabaseIdentity[]>(DATABASE_IDENTITY);
    return claimQueuePrefix(this.config.REDIS_URL!, this.config.QUEUE_PREFIX, describeDatabase(database));
  }

  /** Claims later, once Redis answers; on a conflict the workers stop taking jobs. */
  claimLater(): void {
    this.logger.warn(`Redis does not answer: the claim on QUEUE_PREFIX "${this.config.QUEUE_PREFIX}" is checked once it does`);
    this.retry = setInterval(() => {
      this.claim().then(
        (done) => done && this.stopRetrying(),
        (error: Error) => {
          this.stopRetrying();
          this.logger.error(error.message);
          void Promise.all(QUEUE_WORKERS.map((type) => this.moduleRef.get<WorkerHost>(type, { strict: false }).worker?.close()));
        },
      );
    }, RETRY_MS).unref();
  }

  onModuleDestroy(): void {
    this.stopRetrying();
  }

  private stopRetrying(): void {
    if (this.retry) clearInterval(this.retry);
    this.retry = null;
  }
}

/** Resolved before any module's init hook, so before BullMQ's workers are created. */
export const QUEUE_PREFIX_CLAIM: Provider = {
  provide: QueuePrefixClaim,
  inject: [AppConfig, DataSource, ModuleRef],
  useFactory: async (config: AppConfig, dataSource: DataSource, moduleRef: ModuleRef) => {
    const claim = new QueuePrefixClaim(config, dataSource, moduleRef);
    if (!(await claim.claim())) claim.claimLater();
    return claim;
  },
};
