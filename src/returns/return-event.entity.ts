import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ReturnStatus } from './return-status';
import { Return } from './return.entity';

/** One step of a return, as the customer and the fulfiller read it. */
@Entity('return_events')
export class ReturnEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  returnId: string;

  @ManyToOne(() => Return, { onDelete: 'CASCADE' })
  @JoinColumn()
  return?: Relation<Return>;

  @Column({ type: 'enum', enum: ReturnStatus, enumName: 'return_status', nullable: true })
  fromStatus: ReturnStatus | null;

  @Column({ type: 'enum', enum: ReturnStatus, enumName: 'return_status' })
  toStatus: ReturnStatus;

  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text' })
  note: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
