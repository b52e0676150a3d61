import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { ResolutionRun } from './resolution-run.entity';

/**
 * A dry run's capacity award: the bid at a capped location the run would award the order to. A real run
 * writes the award itself; a dry run keeps it here for its batches to count. Deleted when the run completes.
 */
@Entity('resolution_planned_awards')
export class PlannedAward {
  @PrimaryColumn({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => ResolutionRun, { onDelete: 'CASCADE' })
  @JoinColumn()
  run?: Relation<ResolutionRun>;

  @PrimaryColumn({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'uuid' })
  bidId: string;
}
