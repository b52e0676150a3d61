import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { RetailerLocation } from '../retailers/retailer-location.entity';
import { Retailer } from '../retailers/retailer.entity';

/**
 * A location's stock feed: when it was last counted. Its row is also the location's stock lock: every
 * change to the location's stock or holds (a feed upload, a bid, a shipment) takes it FOR UPDATE first.
 */
@Entity('inventory_feeds')
export class InventoryFeed {
  @PrimaryColumn({ type: 'uuid' })
  locationId: string;

  @OneToOne(() => RetailerLocation, { onDelete: 'CASCADE' })
  @JoinColumn()
  location?: Relation<RetailerLocation>;

  @Index()
  @Column({ type: 'uuid' })
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  // When the stock was counted, as the sender says (default: when it arrived); the feed's age runs from here.
  @Column({ type: 'timestamptz' })
  countedAt: Date;

  // When the retailer was last told this feed went stale; cleared by the next upload.
  @Column({ type: 'timestamptz', nullable: true })
  staleNotifiedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
