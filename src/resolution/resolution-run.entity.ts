import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RunState } from './run-state';

// Defined apart so pages and other readers can use the words without importing the entity.
export { RunState };

export enum RunTrigger {
  Schedule = 'schedule',
  Ops = 'ops',
  Cli = 'cli',
}

/** A would-be award, kept on a dry run so ops can read what a real run would do. */
/** How many would-be awards a dry run keeps as examples. */
export const SAMPLE_SIZE = 20;

export interface SampleAward {
  orderNumber: string;
  kind: 'retailer' | 'manufacturer';
  retailerName: string | null;
  distanceKm: number | null;
  reason: string;
}

/**
 * One execution of the resolver. Counters are advanced in the same transaction as the awards they
 * count, so they stay exact when a part is retried; the unique slot key makes one scheduled run per slot.
 */
@Entity('resolution_runs')
@Index(['createdAt'])
export class ResolutionRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: RunTrigger, enumName: 'run_trigger' })
  trigger: RunTrigger;

  @Column({ type: 'uuid', nullable: true })
  startedByUserId: string | null;

  @Column({ type: 'boolean', default: false })
  dryRun: boolean;

  // Only this manufacturer's orders; null for all.
  @Column({ type: 'uuid', nullable: true })
  manufacturerId: string | null;

  // Scheduled runs only, e.g. 'schedule-2026-11-24T02:00Z'.
  @Index({ unique: true })
  @Column({ type: 'text', nullable: true })
  slotKey: string | null;

  @Column({ type: 'enum', enum: RunState, enumName: 'run_state', default: RunState.Queued })
  state: RunState;

  // Orders whose window closed by this moment are due.
  @Column({ type: 'timestamptz' })
  cutoff: Date;

  @Column({ type: 'integer', default: 0 })
  planned: number;

  @Column({ type: 'integer', default: 0 })
  considered: number;

  @Column({ type: 'integer', default: 0 })
  awardedRetailer: number;

  @Column({ type: 'integer', default: 0 })
  awardedManufacturer: number;

  @Column({ type: 'double precision', default: 0 })
  totalDistanceKm: number;

  @Column({ type: 'double precision', nullable: true })
  maxDistanceKm: number | null;

  @Column({ type: 'integer', default: 0 })
  partsTotal: number;

  @Column({ type: 'integer', default: 0 })
  partsDone: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sample: SampleAward[];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  // Times its lost jobs (Redis restarted without them) were handed to the queue again; see RunWatchdog.
  @Column({ type: 'integer', default: 0 })
  recoveries: number;

  @Column({ type: 'timestamptz', nullable: true })
  recoveredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
