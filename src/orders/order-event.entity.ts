import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Order } from './order.entity';
import { OrderStatus } from './order-status';

/**
 * The order's history: every status change with who made it and why, but a run's award, which is its own
 * record (orderHistory reads both); the customer's timeline is built from it.
 */
@Entity('order_events')
@Index(['orderId', 'id'])
export class OrderEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<Order>;

  @Column({ type: 'enum', enum: OrderStatus, enumName: 'order_status', nullable: true })
  fromStatus: OrderStatus | null;

  @Column({ type: 'enum', enum: OrderStatus, enumName: 'order_status' })
  toStatus: OrderStatus;

  // 'customer', 'manufacturer:<userId>', 'retailer:<retailerId>', 'system'
  @Column({ type: 'text' })
  actor: string;

  // Shown to the customer: says what happened in plain words.
  @Column({ type: 'text' })
  note: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
