import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { Order } from '../orders/order.entity';
import { Retailer } from '../retailers/retailer.entity';

/**
 * The customer's rating of how an order was fulfilled, one per order. It counts in the fulfilling
 * dealer's record; the comment is the customer's words and goes when they erase their data.
 */
@Entity('ratings')
@Index(['manufacturerId', 'retailerId'])
export class Rating {
  @PrimaryColumn({ type: 'uuid' })
  orderId: string;

  @OneToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<Order>;

  @Column({ type: 'uuid' })
  manufacturerId: string;

  // The retailer that fulfilled it; null when the manufacturer did.
  @Index()
  @Column({ type: 'uuid', nullable: true })
  retailerId: string | null;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  @Column({ type: 'smallint' })
  stars: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  ratedAt: Date;
}
