import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { Retailer } from '../retailers/retailer.entity';

/** A retailer bids automatically on this manufacturer's orders, from all its locations or only these. */
@Entity('auto_bid_settings')
@Index(['retailerId', 'manufacturerId'], { unique: true })
@Index(['manufacturerId'])
export class AutoBidSetting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  @Column({ type: 'uuid' })
  manufacturerId: string;

  @ManyToOne(() => Manufacturer, { onDelete: 'CASCADE' })
  @JoinColumn()
  manufacturer?: Relation<Manufacturer>;

  // Null: every active location with a feed; else only these.
  @Column({ type: 'uuid', array: true, nullable: true })
  locationIds: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
