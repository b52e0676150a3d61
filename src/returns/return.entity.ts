import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { minorUnitsColumn } from '../common/money';
import { Order } from '../orders/order.entity';
import { ReturnLine } from './return-line.entity';
import { ReturnStatus } from './return-status';

/**
 * A customer's return (RMA) of some or all of an order's lines, handled by whoever fulfilled the order.
 * Payment stays "on account": the refund is a record (amount and date), and the statement reverses the
 * fulfilment payout and platform fee of the returned lines in the period the goods were received.
 */
@Entity('returns')
@Index(['manufacturerId', 'requestedAt'])
@Index(['retailerId', 'requestedAt'])
export class Return {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<Order>;

  @Column({ type: 'uuid' })
  manufacturerId: string;

  // The fulfiller that handles it; null when the manufacturer shipped the order itself.
  @Column({ type: 'uuid', nullable: true })
  retailerId: string | null;

  @Column({ type: 'enum', enum: ReturnStatus, enumName: 'return_status', default: ReturnStatus.Requested })
  status: ReturnStatus;

  @Column({ type: 'char', length: 3 })
  currency: string;

  // How to send the goods back, written by the fulfiller when approving.
  @Column({ type: 'text', nullable: true })
  instructions: string | null;

  @Column({ type: 'text', nullable: true })
  refusalReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  refundedAt: Date | null;

  // The payment provider's id of the card refund, once made.
  @Column({ type: 'text', nullable: true })
  providerRefundId: string | null;

  // What the customer gets back: the returned quantities at the prices paid (64-bit, like the order's total).
  @Column({ type: 'bigint', transformer: minorUnitsColumn })
  refundMinor: number;

  // Set when received: the fulfilment payout and platform fee this return takes back.
  @Column({ type: 'bigint', nullable: true, transformer: minorUnitsColumn })
  payoutReversedMinor: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: minorUnitsColumn })
  feeReversedMinor: number | null;

  @OneToMany(() => ReturnLine, (line) => line.return)
  lines?: ReturnLine[];
}
