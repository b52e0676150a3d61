import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { User } from './user.entity';

/**
 * A signed-out session: the `jti` of its access token, refused by the auth guard until the token would have
 * expired anyway (`expiresAt`, the token's `exp`); rows past it are deleted as new ones are written.
 */
@Entity('revoked_sessions')
export class RevokedSession {
  @PrimaryColumn({ type: 'uuid' })
  tokenId: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
