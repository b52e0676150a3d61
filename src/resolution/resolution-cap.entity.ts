import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { ResolutionRun } from './resolution-run.entity';

/**
 * A capped location as a run found it when it started: the local day its awards count on and the awards it
 * could still take that day. Written with the run's capacity awards (resolution-capacity.ts); the run's
 * batches leave these locations' bids to that step. Deleted when the run completes.
 */
@Entity('resolution_caps')
export class ResolutionCap {
  @PrimaryColumn({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => ResolutionRun, { onDelete: 'CASCADE' })
  @JoinColumn()
  run?: Relation<ResolutionRun>;

  @PrimaryColumn({ type: 'uuid' })
  locationId: string;

  @Column({ type: 'date' })
  localDay: string;

  // Its daily capacity less the awards (and accepted pickups) already counted on that day, never below 0.
  @Column({ type: 'integer' })
  remaining: number;
}
