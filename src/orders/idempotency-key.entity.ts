import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Store } from '../stores/store.entity';

/** A replayable answer to an order placement, keyed by store and the client's Idempotency-Key; kept at least 24 h. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  storeId: string;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Relation<Store>;

  @PrimaryColumn({ type: 'text' })
  key: string;

  // SHA-256 of the request body: the same key with another body is refused.
  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'integer' })
  responseStatus: number;

  @Column({ type: 'jsonb' })
  responseBody: unknown;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
