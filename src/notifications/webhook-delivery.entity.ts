import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Retailer } from '../retailers/retailer.entity';

/** One attempt to deliver a webhook (or a test ping), as the retailer reads it in its delivery log. */
@Entity('webhook_deliveries')
@Index(['retailerId', 'createdAt'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  // The event id; a ping has its own, never stored as a notification.
  @Index()
  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  event: string;

  @Column({ type: 'integer' })
  attempt: number;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ type: 'boolean' })
  ok: boolean;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'integer' })
  durationMs: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
