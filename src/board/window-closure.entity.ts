import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Ops closing bidding windows ahead of time (an override of the schedule): who, why, for which
 * manufacturer (null: every one) and how many orders it closed. Each order closed also gets a history entry.
 */
@Entity('window_closures')
@Index(['createdAt'])
export class WindowClosure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  manufacturerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  closedByUserId: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'integer' })
  ordersClosed: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
