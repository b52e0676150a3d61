import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Retailer } from '../retailers/retailer.entity';
import { User } from './user.entity';

/**
 * A retailer's key for its own systems; only a SHA-256 of the secret is kept. The organisation owns it: its
 * admins create and revoke it. Its creator saw the secret, so disabling the creator revokes the key.
 */
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  @Column({ type: 'text' })
  name: string;

  // The first characters of the key, shown in listings so people can tell their keys apart.
  @Column({ type: 'text' })
  prefix: string;

  @Index({ unique: true })
  @Column({ type: 'text', select: false })
  secretHash: string;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => User)
  @JoinColumn()
  createdByUser?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  // The admin who revoked it, directly or by disabling its creator.
  @Column({ type: 'uuid', nullable: true })
  revokedByUserId: string | null;

  @ManyToOne(() => User)
  @JoinColumn()
  revokedByUser?: Relation<User>;

  @Column({ type: 'text', nullable: true })
  revokedReason: string | null;
}
