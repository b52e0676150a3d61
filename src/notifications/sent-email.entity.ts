import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { Notification } from './notification.entity';

export enum EmailTransport {
  Smtp = 'smtp',
  /** No SMTP server configured: the message is kept here for ops to read. */
  Outbox = 'outbox',
}

/** Every customer e-mail as rendered and handed over; ops read it, the customer's erasure removes it. */
@Entity('sent_emails')
@Index(['createdAt'])
export class SentEmail {
  // The notification it renders: one message per notification.
  @PrimaryColumn({ type: 'uuid' })
  notificationId: string;

  @OneToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn()
  notification?: Relation<Notification>;

  // Null for e-mails to a retailer's staff (a stale inventory feed).
  @Index()
  @Column({ type: 'uuid', nullable: true })
  orderId: string | null;

  @Column({ type: 'text' })
  event: string;

  @Column({ type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  fromName: string;

  @Column({ type: 'text', nullable: true })
  replyTo: string | null;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'enum', enum: EmailTransport, enumName: 'email_transport' })
  transport: EmailTransport;

  @Column({ type: 'text', nullable: true })
  messageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
