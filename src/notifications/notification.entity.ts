import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Order } from '../orders/order.entity';
import type { OutboxJobName } from '../queue/jobs';
import { Retailer } from '../retailers/retailer.entity';
import { NotificationState } from './notification-state';

// Defined apart so pages and other readers can use the words without importing the entity.
export { NotificationState };

export enum NotificationChannel {
  Email = 'email',
  Webhook = 'webhook',
  /** Stands for the e-mails and webhooks of a batch of awards; delivering it writes them, one row each. */
  Batch = 'batch',
  /** Work to do once the transaction that wrote it has committed (its event names the job, its payload the job's data). */
  Job = 'job',
}

/** What a customer e-mail or a retailer webhook is about. */
export type NotificationEvent =
  | 'order.received'
  | 'order.posted'
  | 'order.awarded'
  | 'order.lost'
  | 'order.rerouted'
  | 'order.shipped'
  | 'order.delivered'
  | 'order.cancelled'
  | 'pickup.assigned'
  | 'pickup.accepted'
  | 'pickup.ship_to_store'
  | 'pickup.ready'
  | 'pickup.reminder'
  | 'pickup.picked_up'
  | 'pickup.cancelled'
  | 'return.requested'
  | 'return.to_decide'
  | 'return.approved'
  | 'return.refused'
  | 'return.refunded'
  | 'rating.received'
  | 'inventory.stale'
  | 'payout.held';

/**
 * The outbox: one row per message to send, written in the transaction of the change it reports, then
 * relayed to the queue. Its id is the event id a webhook receiver deduplicates on. A `batch` row stands
 * for the messages of a batch of a run's awards; delivering it writes them as rows of their own.
 */
@Entity('notifications')
@Index('notifications_unrelayed', { synchronize: false })
@Index('notifications_pending_relayed', { synchronize: false })
@Index(['retailerId', 'createdAt'])
@Index(['orderId'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel: NotificationChannel;

  // A job row's event is the job to run.
  @Column({ type: 'text' })
  event: NotificationEvent | OutboxJobName;

  @Column({ type: 'uuid', nullable: true })
  orderId: string | null;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<Order>;

  // The retailer a webhook goes to; null for customer e-mails and batches.
  @Column({ type: 'uuid', nullable: true })
  retailerId: string | null;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  // Webhooks: the event's `data`, fixed when the row is written. E-mails: references the message is rendered
  // from. Batches: the run and its orders.
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Column({ type: 'enum', enum: NotificationState, enumName: 'notification_state', default: NotificationState.Pending })
  state: NotificationState;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  // Handed to the queue; until then the relay keeps trying (e.g. while Redis is down).
  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  // A delivery in progress holds the row until then, so a duplicate job cannot send it twice at once.
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
