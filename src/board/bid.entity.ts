import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { RetailerLocation } from '../retailers/retailer-location.entity';
import { Retailer } from '../retailers/retailer.entity';
import { Order } from '../orders/order.entity';
import { BidStatus } from './bid-status';

// Defined apart so pages and other readers can use the words without importing the entity.
export { BidStatus };

/** "I have it in stock and will ship it at the fixed price." One row per retailer per order; a re-bid reopens it. */
@Entity('bids')
@Index(['orderId', 'retailerId'], { unique: true })
@Index(['retailerId', 'status'])
// Open bids by the location they ship from: what holds its stock. A partial index created in a migration.
@Index('bids_open_by_location', { synchronize: false })
// Open bids by manufacturer and order, covering the resolver's decision: a partial index created in a migration.
@Index('bids_open_by_manufacturer', { synchronize: false })
export class Bid {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<Order>;

  // The order's manufacturer, set from the order by a trigger: the resolver reads a batch's bids as one index range.
  @Column({ type: 'uuid' })
  manufacturerId: string;

  @Column({ type: 'uuid' })
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  // The location it ships from; its distance to the customer decides the award.
  @Column({ type: 'uuid' })
  locationId: string;

  @ManyToOne(() => RetailerLocation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  location?: Relation<RetailerLocation>;

  @Column({ type: 'enum', enum: BidStatus, enumName: 'bid_status', default: BidStatus.Open })
  status: BidStatus;

  // Placed by the retailer's automatic bidding from its stock feed rather than by a person or its own system.
  @Column({ type: 'boolean', default: false })
  automatic: boolean;

  // Why the bid was withdrawn when the retailer did not do it itself (a stale feed, a recount), for the retailer to read.
  @Column({ type: 'text', nullable: true })
  withdrawnReason: string | null;

  // When the current bid was placed: earlier wins a tie on distance.
  @Column({ type: 'timestamptz', default: () => 'now()' })
  placedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
