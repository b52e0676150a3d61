import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ResolutionRun, RunState } from './resolution-run.entity';

/**
 * A slice of a run that one job resolves: one manufacturer's due orders with ids in [fromId, toId).
 * Its cursor moves in the transaction that awards each batch, so a retried part resumes where it stopped.
 */
@Entity('resolution_parts')
export class ResolutionPart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => ResolutionRun, { onDelete: 'CASCADE' })
  @JoinColumn()
  run?: Relation<ResolutionRun>;

  @Column({ type: 'uuid' })
  manufacturerId: string;

  @Column({ type: 'uuid' })
  fromId: string;

  // Exclusive; null for the last slice of a manufacturer.
  @Column({ type: 'uuid', nullable: true })
  toId: string | null;

  @Column({ type: 'integer' })
  planned: number;

  @Column({ type: 'enum', enum: RunState, enumName: 'run_state', default: RunState.Queued })
  state: RunState;

  // Last order id handled by the current pass.
  @Column({ type: 'uuid', nullable: true })
  cursor: string | null;

  // Second pass: waits for orders the first pass skipped because a bid or another run held them.
  @Column({ type: 'boolean', default: false })
  sweeping: boolean;

  @Column({ type: 'integer', default: 0 })
  considered: number;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
