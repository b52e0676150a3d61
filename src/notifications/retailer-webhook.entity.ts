import { Column, CreateDateColumn, DataSource, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Retailer } from '../retailers/retailer.entity';

/** Where a retailer's systems receive order events, and the secret they are signed with. */
@Entity('retailer_webhooks')
export class RetailerWebhook {
  @PrimaryColumn({ type: 'uuid' })
  retailerId: string;

  @OneToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  @Column({ type: 'text' })
  url: string;

  // Kept as given: signing needs the secret itself, not a hash of it.
  @Column({ type: 'text', select: false })
  secret: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The webhook with its secret (left out of ordinary reads), for signing; null when none is set. */
export function webhookWithSecret(db: DataSource, retailerId: string): Promise<RetailerWebhook | null> {
  return db
    .getRepository(RetailerWebhook)
    .createQueryBuilder('w')
    .addSelect('w.secret')
    .where('w.retailer_id = :retailerId', { retailerId })
    .getOne();
}
