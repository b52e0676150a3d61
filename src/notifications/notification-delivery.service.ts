import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobPayloads, OutboxJobName } from '../queue/jobs';
import { JobRegistry } from '../queue/job-registry';
import { CustomerEmails } from './customer-emails';
import { Mailer, messageIdOf } from './mailer';
import { Notification, NotificationChannel, NotificationState } from './notification.entity';
import { announceAwards, AwardBatch } from './outbox';
import { webhookWithSecret } from './retailer-webhook.entity';
import { SentEmail } from './sent-email.entity';
import { StaffEmails } from './staff-emails';
import { WebhookSender } from './webhook-sender';

/**
 * A delivery holds its notification for LEASE_SECONDS and renews the lease every LEASE_RENEW_MS while it
 * sends, so a slow endpoint keeps it as long as the process lives. A lease that ran out on a pending row
 * means its process died mid-delivery (kill -9, a lost machine): the relay hands it over again
 * (OutboxRelay.recoverAbandoned), within LEASE_SECONDS plus one sweep of the crash.
 */
const LEASE_SECONDS = 30;
const LEASE_RENEW_MS = 10_000;
const LEASE = `make_interval(secs => ${LEASE_SECONDS})`;

/**
 * Delivers one notification. A job may run twice (a stalled-job retry, the relay handing it over again),
 * so it first takes a lease on a still-pending row: one delivery at a time, none after success.
 * What a crash can still duplicate: a message sent whose success was not recorded yet (the process died
 * between the endpoint's answer and the settle) is sent again, with the same webhook event id and the same
 * e-mail Message-ID, so the receiver can tell it is the same message.
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger(NotificationDelivery.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly webhooks: WebhookSender,
    private readonly emails: CustomerEmails,
    private readonly staffEmails: StaffEmails,
    private readonly mailer: Mailer,
    private readonly jobs: JobRegistry,
  ) {}

  @HandlesJob('notification.deliver')
  async deliver({ notificationId }: JobPayloads['notification.deliver']): Promise<void> {
    const notification = await this.claim(notificationId);
    if (!notification) return;
    const renewal = setInterval(() => this.renewLease(notificationId), LEASE_RENEW_MS).unref();
    let state: NotificationState;
    try {
      state = await this.send(notification);
    } catch (error) {
      clearInterval(renewal);
      const final = notification.attempts >= this.config.NOTIFICATION_ATTEMPTS;
      await this.settle(notificationId, final ? NotificationState.Failed : NotificationState.Pending, (error as Error).message);
      if (final) {
        this.logger.warn({ notificationId, err: error }, `Gave up on ${notification.event} after ${notification.attempts} attempts`);
        return;
      }
      throw error;
    }
    clearInterval(renewal);
    await this.settle(notificationId, state, null);
  }

  /** Still sending: keeps the lease, unless the row was settled or handed over meanwhile. A failed renewal is retried at the next tick. */
  private renewLease(id: string): void {
    this.dataSource
      .query(`UPDATE notifications SET lease_until = now() + ${LEASE} WHERE id = $1 AND state = 'pending' AND lease_until IS NOT NULL`, [id])
      .catch((error: unknown) => this.logger.warn({ notificationId: id, err: error }, 'Could not renew the delivery lease'));
  }

  private send(notification: Notification): Promise<NotificationState> {
    switch (notification.channel) {
      case NotificationChannel.Webhook:
        return this.sendWebhook(notification);
      case NotificationChannel.Email:
        return this.sendEmail(notification);
      case NotificationChannel.Batch:
        return this.expand(notification);
      case NotificationChannel.Job:
        return this.runJob(notification);
    }
  }

  /**
   * Writes the messages a batch row stands for, and settles the row in the same transaction, so a second
   * job for it (the lease having run out) finds it delivered and writes nothing twice.
   */
  private async expand(notification: Notification): Promise<NotificationState> {
    await this.dataSource.transaction(async (manager) => {
      const settled = await this.settle(notification.id, NotificationState.Delivered, null, { manager, onlyIfPending: true });
      if (settled) await announceAwards(manager, notification.payload as unknown as AwardBatch);
    });
    return NotificationState.Delivered;
  }

  /** A job written with runAfterCommit; it is idempotent, so running it again after a lost settle is harmless. */
  private async runJob(notification: Notification): Promise<NotificationState> {
    await this.jobs.run(notification.event as OutboxJobName, notification.payload as never);
    return NotificationState.Delivered;
  }

  private async claim(id: string): Promise<Notification | null> {
    const [row] = await this.dataSource.query<(Notification | undefined)[]>(
      `WITH claimed AS (
         UPDATE notifications SET attempts = attempts + 1, lease_until = now() + ${LEASE}
          WHERE id = $1 AND state = 'pending' AND (lease_until IS NULL OR lease_until < now())
         RETURNING id, channel, event, order_id AS "orderId", retailer_id AS "retailerId", payload, attempts, created_at AS "createdAt")
       SELECT * FROM claimed`,
      [id],
    );
    return row ?? null;
  }

  /** Records a delivery's outcome; with `onlyIfPending`, only if no one has settled it yet. True when it did. */
  private async settle(
    id: string,
    state: NotificationState,
    error: string | null,
    { manager = this.dataSource.manager, onlyIfPending = false }: { manager?: EntityManager; onlyIfPending?: boolean } = {},
  ): Promise<boolean> {
    const [, affected] = await manager.query<[unknown[], number]>(
      `UPDATE notifications SET state = $2::notification_state, last_error = $3, lease_until = NULL,
              delivered_at = CASE WHEN $2::notification_state = 'delivered' THEN now() ELSE delivered_at END
        WHERE id = $1${onlyIfPending ? ` AND state = 'pending'` : ''}`,
      [id, state, error],
    );
    return affected > 0;
  }

  private async sendWebhook(notification: Notification): Promise<NotificationState> {
    const target = await webhookWithSecret(this.dataSource, notification.retailerId!);
    if (!target) return NotificationState.Dropped;
    const outcome = await this.webhooks.send(
      target,
      { id: notification.id, type: notification.event, createdAt: new Date(notification.createdAt), data: notification.payload },
      notification.attempts,
    );
    if (!outcome.ok) throw new Error(outcome.error ?? 'Delivery failed');
    return NotificationState.Delivered;
  }

  private async sendEmail(notification: Notification): Promise<NotificationState> {
    // An e-mail addressed to a staff user (emailStaff) goes to them; any other is about an order, to its customer.
    const message = notification.payload.userId ? await this.staffEmails.render(notification) : await this.emails.render(notification);
    if (!message) return NotificationState.Dropped;
    const messageId = messageIdOf(notification.id, this.config.MAIL_FROM);
    await this.mailer.send(message, messageId);
    const { to: toAddress, ...content } = message;
    const copy = { notificationId: notification.id, orderId: notification.orderId, event: notification.event, toAddress, ...content };
    await this.dataSource.getRepository(SentEmail).upsert({ ...copy, transport: this.mailer.transport, messageId }, ['notificationId']);
    return NotificationState.Delivered;
  }
}
