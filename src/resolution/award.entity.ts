import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Order } from '../orders/order.entity';

export enum AwardKind {
  Retailer = 'retailer',
  Manufacturer = 'manufacturer',
}

/**
 * Who fulfils an order and why. A decline or a missed ship-by SLA supersedes the award with a new one;
 * a partial unique index (created in a migration) allows at most one live award per order.
 */
@Entity('awards')
@Index('awards_one_live_per_order', { synchronize: false })
// A run's awards, for replays of its period (created in migration Replays).
@Index('awards_by_run', { synchronize: false })
@Index(['retailerId', 'createdAt'])
@Index('awards_by_location_day', ['locationId', 'localDay'], { where: 'local_day IS NOT NULL' })
export class Award {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<Order>;

  @Column({ type: 'enum', enum: AwardKind, enumName: 'award_kind' })
  kind: AwardKind;

  @Column({ type: 'uuid', nullable: true })
  retailerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  bidId: string | null;

  // Great-circle distance from the shipping location to the customer.
  @Column({ type: 'double precision', nullable: true })
  distanceKm: number | null;

  @Column({ type: 'uuid', nullable: true })
  runId: string | null;

  // The location's local date the award counts against its daily capacity on (a run's: at its cutoff).
  @Column({ type: 'date', nullable: true })
  localDay: string | null;

  // Why this fulfiller, in words a customer can read.
  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @Column({ type: 'text', nullable: true })
  supersededReason: string | null;

  // Why the fulfiller lost it, for the dealer's record: it declined, let a deadline pass, or ops moved the order.
  @Column({ type: 'text', nullable: true })
  supersededBy: 'declined' | 'overdue' | 'ops' | null;
}

/** When the fulfiller of award `a` must have shipped, by its store `s`'s ship-by days; later, it is re-routed. */
export const SHIP_BY = 'a.created_at + make_interval(days => s.ship_by_days)';
