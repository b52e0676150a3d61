import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Retailer } from '../retailers/retailer.entity';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { DealerStatus } from './dealer-status';

// Defined apart so pages and other readers can use the words without importing the entity.
export { DealerStatus };

/** Manufacturer × retailer: only approved dealers see and bid on that manufacturer's orders. */
@Entity('dealer_approvals')
@Index(['manufacturerId', 'retailerId'], { unique: true })
@Index(['retailerId', 'status'])
export class DealerApproval {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  manufacturerId: string;

  @ManyToOne(() => Manufacturer, { onDelete: 'CASCADE' })
  @JoinColumn()
  manufacturer?: Relation<Manufacturer>;

  @Column({ type: 'uuid' })
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  @Column({ type: 'enum', enum: DealerStatus, enumName: 'dealer_status', default: DealerStatus.Requested })
  status: DealerStatus;

  // The retailer's message with its request, or the manufacturer's reason for a decision.
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
