import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Order } from '../orders/order.entity';
import { RetailerLocation } from '../retailers/retailer-location.entity';
import { Retailer } from '../retailers/retailer.entity';

export enum AutoBidOutcome {
  /** Bid from the nearest in-range location with every line available. */
  Bid = 'bid',
  /** In range, with a fresh feed, but no location had every line available. */
  OutOfStock = 'out_of_stock',
  /** Every in-range location's feed is older than the manufacturer's maximum age. */
  Stale = 'stale',
  /** No in-range location has an inventory feed. */
  NoFeed = 'no_feed',
}

/** Why an order was or was not bid on automatically for a retailer: the latest decision per order and retailer. */
@Entity('auto_bid_decisions')
export class AutoBidDecision {
  @PrimaryColumn({ type: 'uuid' })
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  @PrimaryColumn({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<Order>;

  @Column({ type: 'enum', enum: AutoBidOutcome, enumName: 'auto_bid_outcome' })
  outcome: AutoBidOutcome;

  // The location it bid from, when it did.
  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne(() => RetailerLocation, { onDelete: 'CASCADE' })
  @JoinColumn()
  location?: Relation<RetailerLocation>;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt: Date;
}
