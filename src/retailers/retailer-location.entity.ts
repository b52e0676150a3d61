import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Retailer } from './retailer.entity';

/** A shop or warehouse a retailer ships from; it sees orders whose shipping point lies within its radius. */
@Entity('retailer_locations')
// Spatial index on ll_to_earth(lat, lng) for active locations: created in a migration.
@Index('retailer_locations_geo', { synchronize: false })
export class RetailerLocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  line1: string;

  @Column({ type: 'text', nullable: true })
  line2: string | null;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text' })
  region: string;

  @Column({ type: 'text' })
  postalCode: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @Column({ type: 'double precision', default: 80 })
  serviceRadiusKm: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  // Awards it takes per local day (the resolver's capacity rule, README "The daily resolver"); null: no cap.
  @Column({ type: 'integer', nullable: true })
  dailyCapacity: number | null;

  // IANA zone at its coordinates (timeZoneAt), kept so SQL can tell which local day an award falls on.
  @Column({ type: 'text', default: 'UTC' })
  timeZone: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
