import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { minorUnitsColumn } from '../common/money';
import { Store } from '../stores/store.entity';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { OrderLine } from './order-line.entity';
import { ShipPointSource } from '../geo/locate';
import { OrderStatus } from './order-status';
import { Retailer } from '../retailers/retailer.entity';

// A shipping point is located one of these ways, and has coordinates unless it is military mail.
export const SHIP_POINT_CHECK =
  `ship_located_by IN ('coordinates', 'postal-code', 'city', 'postal-prefix', 'military-mail') ` +
  `AND (ship_lat IS NULL) = (ship_located_by = 'military-mail') AND (ship_lng IS NULL) = (ship_lat IS NULL)`;

/**
 * A customer's order. Customer fields (name, e-mail, phone, street lines) are personal data: the board
 * never selects them, only the winning fulfiller sees them, and erasure blanks them.
 */
@Entity('orders')
// No index here depends on the status (posted orders are searched in board_orders, which triggers keep), so
// a status change is a heap-only update.
@Index('orders_by_manufacturer', ['manufacturerId', 'createdAt'])
// Ops' order list, newest first (created_at DESC, id DESC), made by migration OpsOrderListIndex.
@Index('orders_newest_first', { synchronize: false })
@Check('orders_ship_point', SHIP_POINT_CHECK)
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Human-friendly order number, from a database sequence.
  @Index({ unique: true })
  @Column({ type: 'bigint', default: () => "nextval('order_number_seq')" })
  number: string;

  @Column({ type: 'uuid' })
  manufacturerId: string;

  @ManyToOne(() => Manufacturer, { onDelete: 'RESTRICT' })
  @JoinColumn()
  manufacturer?: Relation<Manufacturer>;

  @Column({ type: 'uuid' })
  storeId: string;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn()
  store?: Relation<Store>;

  @Column({ type: 'enum', enum: OrderStatus, enumName: 'order_status', default: OrderStatus.Placed })
  status: OrderStatus;

  @Column({ type: 'char', length: 3 })
  currency: string;

  // 64-bit, at most MAX_ORDER_TOTAL_MINOR.
  @Column({ type: 'bigint', transformer: minorUnitsColumn })
  totalMinor: number;

  // Sum of the lines' fulfilment prices: what the fulfiller is paid.
  @Column({ type: 'bigint', transformer: minorUnitsColumn })
  payoutMinor: number;

  @Column({ type: 'text' })
  customerName: string;

  @Column({ type: 'text' })
  customerEmail: string;

  @Column({ type: 'text', nullable: true })
  customerPhone: string | null;

  @Column({ type: 'text' })
  shipLine1: string;

  @Column({ type: 'text', nullable: true })
  shipLine2: string | null;

  @Column({ type: 'text' })
  shipCity: string;

  @Column({ type: 'text' })
  shipRegion: string;

  @Column({ type: 'text' })
  shipPostalCode: string;

  @Column({ type: 'char', length: 2 })
  shipCountry: string;

  // Null only for military mail, which has no place on the map (never 0,0).
  @Column({ type: 'double precision', nullable: true })
  shipLat: number | null;

  @Column({ type: 'double precision', nullable: true })
  shipLng: number | null;

  // How the shipping point was found (geo/locate.ts): 'city' and 'postal-prefix' are approximate.
  @Column({ type: 'text', default: 'postal-code' })
  shipLocatedBy: ShipPointSource;

  // The customer's key to follow, export and erase the order: unguessable, never listed.
  @Index({ unique: true })
  @Column({ type: 'text', select: false })
  trackingToken: string;

  @Column({ type: 'timestamptz', nullable: true })
  postedAt: Date | null;

  // The store the customer chose to pick the order up at: it is assigned there once the payment is authorised.
  @Column({ type: 'uuid', nullable: true })
  pickupLocationId: string | null;

  // The run that may resolve it: the first scheduled run at least the store's minimum board time after posting.
  @Column({ type: 'timestamptz', nullable: true })
  resolvesAt: Date | null;

  // The dealer the customer chose to support at checkout: its bid goes first (README "The daily resolver").
  @Column({ type: 'uuid', nullable: true })
  chosenRetailerId: string | null;

  @ManyToOne(() => Retailer, { onDelete: 'SET NULL' })
  @JoinColumn()
  chosenRetailer?: Relation<Retailer>;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  // Set when the customer erased their personal data; the order stays for accounting.
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => OrderLine, (line) => line.order)
  lines?: OrderLine[];
}
