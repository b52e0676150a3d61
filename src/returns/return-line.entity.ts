import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { OrderLine } from '../orders/order-line.entity';
import { Return } from './return.entity';

/** A quantity of one order line in a return, with the customer's reason. */
@Entity('return_lines')
export class ReturnLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  returnId: string;

  @ManyToOne(() => Return, (r) => r.lines, { onDelete: 'CASCADE' })
  @JoinColumn()
  return?: Relation<Return>;

  @Index()
  @Column({ type: 'uuid' })
  orderLineId: string;

  @ManyToOne(() => OrderLine, { onDelete: 'CASCADE' })
  @JoinColumn()
  orderLine?: Relation<OrderLine>;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'text' })
  reason: string;
}
