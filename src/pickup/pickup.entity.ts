import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { Order } from '../orders/order.entity';
import { RetailerLocation } from '../retailers/retailer-location.entity';
import { Retailer } from '../retailers/retailer.entity';

/**
 * A pick-up-in-store order's store and clocks. The order's status says where it is; these say by when the
 * next step is due (the timers read them) and when each step happened.
 */
@Entity('pickups')
export class Pickup {
  @PrimaryColumn({ type: 'uuid' })
  orderId: string;

  @OneToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<Order>;

  // Held stock is counted per location, and a location cannot be deleted while a pickup names it.
  @Index()
  @Column({ type: 'uuid' })
  locationId: string;

  @ManyToOne(() => RetailerLocation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  location?: Relation<RetailerLocation>;

  @Index()
  @Column({ type: 'uuid' })
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'RESTRICT' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  // Shown to the customer only (tracking page, e-mail); the store checks it at the counter.
  @Column({ type: 'text', select: false })
  code: string;

  // The store must accept by then, or the manufacturer ships the order to it.
  @Index()
  @Column({ type: 'timestamptz' })
  acceptBy: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  shipToStoreAt: Date | null;

  // Told to the customer when the manufacturer ships it to the store.
  @Column({ type: 'timestamptz', nullable: true })
  estimatedReadyAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt: Date | null;

  // Not collected by then: cancelled.
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  collectBy: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  pickedUpAt: Date | null;
}
