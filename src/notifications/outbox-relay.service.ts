import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../queue/job-queue';

const RELAY_BATCH = 500;
// Relay rounds between two sweeps for lost jobs (a minute at the default interval).
const SWEEP_EVERY_ROUNDS = 60;
// A job not heard of this long after its next retry was due is taken as lost with the Redis it was in.
const LOST_AFTER = `interval '10 minutes'`;
// While Redis is away an add waits (the client queues commands until it reconnects): say so after this long.
const SLOW_HANDOVER_MS = 5000;
// How often deliveries abandoned by a dead process are looked for (and at the first round after a start).
const ABANDONED_SWEEP_MS = 10_000;

/**
 * Hands notifications from the outbox to the queue. The outbox row is written with the change it reports;
 * this relay, polling, is the only way it reaches Redis, so an outage only delays it. Handing one over
 * twice (two instances reading the same rows) is harmless: delivery leases the row and skips a sent one.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private relaying: Promise<void> | null = null;
  private stopped = false;
  private failing = false;
  private roundsSinceSweep = SWEEP_EVERY_ROUNDS;
  private lastAbandonedSweep = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    schedulers: SchedulerRegistry,
  ) {
    schedulers.addInterval(
      'outbox-relay',
      setInterval(() => this.relay(), config.OUTBOX_RELAY_INTERVAL_MS),
    );
  }

  /**
   * Jobs run in-process (no Redis) live only in this process's memory: whatever was handed over and not
   * finished before the last stop is handed over again. Should another instance be delivering one right
   * now, its lease keeps this one from sending it too.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.inProcessJobs) return;
    await this.dataSource.query(`UPDATE notifications SET relayed_at = NULL, lease_until = NULL WHERE state = 'pending' AND relayed_at IS NOT NULL`);
  }

  /** One round at a time: a round waiting out a Redis outage blocks the next. */
  private relay(): void {
    if (this.stopped) return;
    this.relaying ??= this.handOver().finally(() => (this.relaying = null));
  }

  /** Stops before the queue drains and the database closes, so no round starts jobs on a closing pool. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    // Rows not handed over stay in the outbox for the next start; do not wait out an outage.
    await Promise.race([this.relaying, new Promise((resolve) => setTimeout(resolve, SLOW_HANDOVER_MS).unref())]);
  }

  private async handOver(): Promise<void> {
    try {
      await this.recoverAbandoned();
      await this.sweepLostJobs();
      // In-process jobs all run at once: hand over no more until most of the last batch is done.
      while (this.jobs.inProcessBacklog < RELAY_BATCH) {
        const rows: { id: string }[] = await this.dataSource.query(
          `SELECT id FROM notifications WHERE relayed_at IS NULL ORDER BY created_at LIMIT ${RELAY_BATCH}`,
        );
        if (!rows.length) break;
        await this.warnIfSlow(
          this.jobs.addMany(
            'notification.deliver',
            rows.map(({ id }) => ({
              data: { notificationId: id },
              options: { attempts: this.config.NOTIFICATION_ATTEMPTS, backoffMs: this.config.NOTIFICATION_RETRY_MS },
            })),
          ),
        );
        await this.dataSource.query(`UPDATE notifications SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
        if (rows.length < RELAY_BATCH) break;
      }
      if (this.failing) this.logger.log('The queue takes notifications again');
      this.failing = false;
    } catch (error) {
      // Logged once per outage, not every round; the rows stay in the outbox for the next one.
      if (!this.failing) this.logger.warn({ err: error }, 'Cannot hand notifications to the queue; they wait in the outbox');
      this.failing = true;
    }
  }

  /**
   * A delivery whose lease ran out while its notification is still pending was abandoned: a live delivery
   * renews its lease (NotificationDelivery), so its process died mid-send. The queue's own retry of that job
   * may come late or find nothing to do, so the row goes back to the outbox and out as a new job now. A
   * delivery claiming the row at the same moment wins: the lease condition is checked again on the row it
   * wrote.
   */
  private async recoverAbandoned(): Promise<void> {
    if (Date.now() - this.lastAbandonedSweep < ABANDONED_SWEEP_MS) return;
    this.lastAbandonedSweep = Date.now();
    const [, recovered] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE notifications SET relayed_at = NULL, lease_until = NULL WHERE state = 'pending' AND lease_until < now()`,
    );
    if (recovered) this.logger.warn(`Handing over again ${recovered} notification(s) whose delivery stopped with its process`);
  }

  /**
   * A notification handed to a Redis that then lost its data (a restart without persistence) would wait
   * forever: once its next try is long overdue and no delivery holds it, it goes back to the outbox.
   */
  private async sweepLostJobs(): Promise<void> {
    if (++this.roundsSinceSweep < SWEEP_EVERY_ROUNDS) return;
    this.roundsSinceSweep = 0;
    await this.dataSource.query(
      `UPDATE notifications SET relayed_at = NULL
        WHERE state = 'pending' AND relayed_at < now() - ${LOST_AFTER}
          AND relayed_at < now() - ${LOST_AFTER} - make_interval(secs => $1 * power(2, least(attempts, 20)) / 1000.0)
          AND (lease_until IS NULL OR lease_until < now())`,
      [this.config.NOTIFICATION_RETRY_MS],
    );
  }

  private async warnIfSlow(handover: Promise<void>): Promise<void> {
    const timer = setTimeout(() => {
      if (!this.failing) this.logger.warn('The queue is not answering; notifications wait in the outbox until it does');
      this.failing = true;
    }, SLOW_HANDOVER_MS);
    try {
      await handover;
    } finally {
      clearTimeout(timer);
    }
  }
}
