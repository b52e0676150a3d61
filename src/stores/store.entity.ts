import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import type { ImageVariant } from '../catalog/product.entity';
import { Manufacturer } from '../manufacturers/manufacturer.entity';

/** A manufacturer's branded store: its look, its policies and its fallback warehouse. */
@Entity('stores')
export class Store {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  manufacturerId: string;

  @OneToOne(() => Manufacturer, { onDelete: 'CASCADE' })
  @JoinColumn()
  manufacturer?: Relation<Manufacturer>;

  @Index({ unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  logoUrl: string | null;

  // The picture at the top of the catalogue: its largest copy, and every copy (narrowest first) for a srcset.
  @Column({ type: 'text', nullable: true })
  heroImageUrl: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  heroImageVariants: ImageVariant[];

  // Null while the store is a draft: its pages and orders API are closed to the public (stores-launch.ts).
  @Column({ type: 'timestamptz', nullable: true })
  launchedAt: Date | null;

  @Column({ type: 'text', default: '#1f2937' })
  primaryColor: string;

  @Column({ type: 'text', default: '#2563eb' })
  accentColor: string;

  @Column({ type: 'text', nullable: true })
  tagline: string | null;

  @Column({ type: 'text', nullable: true })
  supportEmail: string | null;

  // ISO 4217; every amount of this store is in its minor units.
  @Column({ type: 'char', length: 3, default: 'USD' })
  currency: string;

  // An order stays on the board at least this long before a run may resolve it.
  @Column({ type: 'integer', default: 12 })
  minBoardHours: number;

  @Column({ type: 'integer', default: 3 })
  shipByDays: number;

  // A retailer location whose inventory feed is older than this makes no automatic bids on this store's orders.
  @Column({ type: 'integer', default: 24 })
  maxInventoryAgeHours: number;
  // Pick up in store: hours the chosen store has to accept, after which the manufacturer ships it there.
  @Column({ type: 'integer', default: 24 })
  pickupAcceptHours: number;

  // Days the customer has to collect a pickup once ready; then it is cancelled.
  @Column({ type: 'integer', default: 30 })
  pickupHoldDays: number;

  // The estimate the customer is given when the manufacturer ships a pickup to the store.
  @Column({ type: 'integer', default: 10 })
  shipToStoreDays: number;

  // Days after delivery or pickup within which the customer may ask to return lines.
  @Column({ type: 'integer', default: 30 })
  returnWindowDays: number;

  @Column({ type: 'text', nullable: true })
  warehouseLine1: string | null;

  @Column({ type: 'text', nullable: true })
  warehouseLine2: string | null;

  @Column({ type: 'text', nullable: true })
  warehouseCity: string | null;

  @Column({ type: 'text', nullable: true })
  warehouseRegion: string | null;

  @Column({ type: 'text', nullable: true })
  warehousePostalCode: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  warehouseCountry: string | null;

  @Column({ type: 'double precision', nullable: true })
  warehouseLat: number | null;

  @Column({ type: 'double precision', nullable: true })
  warehouseLng: number | null;

  // White label: the store's pages name the platform ("Order fulfilment by Nearfill") only when this is on.
  @Column({ type: 'boolean', default: false })
  platformCredit: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
