import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Product } from '../catalog/product.entity';
import { InventoryFeed } from './inventory-feed.entity';

/** On-hand quantity of one product at one location. What is available is this minus what bids hold. */
@Entity('inventory_items')
@Check('inventory_items_on_hand', 'on_hand >= 0')
export class InventoryItem {
  @PrimaryColumn({ type: 'uuid' })
  locationId: string;

  @ManyToOne(() => InventoryFeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id', referencedColumnName: 'locationId' })
  feed?: Relation<InventoryFeed>;

  // The key leads with the location: deleting a product (its counts cascade) looks them up by product.
  @Index()
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'integer' })
  onHand: number;

  @Column({ type: 'timestamptz' })
  countedAt: Date;
}
