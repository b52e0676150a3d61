import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Order } from '../orders/order.entity';
import { Award } from '../resolution/award.entity';

/** An order on its way: who shipped it (the award it fulfils), how, and when it arrived. Settlement reads it. */
@Entity('shipments')
@Index(['shippedAt'])
// An award's shipments (won orders, the award's foreign key), made by migration ShipmentsByAward.
@Index('shipments_by_award', { synchronize: false })
export class Shipment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<Order>;

  @Column({ type: 'uuid' })
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'RESTRICT' })
  @JoinColumn()
  award?: Relation<Award>;

  // Null when the manufacturer shipped it itself.
  @Index()
  @Column({ type: 'uuid', nullable: true })
  retailerId: string | null;

  @Column({ type: 'text' })
  carrier: string;

  @Column({ type: 'text' })
  trackingNumber: string;

  @Column({ type: 'timestamptz' })
  shippedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
