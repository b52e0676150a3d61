import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { Retailer } from '../retailers/retailer.entity';
import { Role } from './role';

@Entity('users')
@Check(
  'users_role_tenant',
  `(role = 'ops' AND manufacturer_id IS NULL AND retailer_id IS NULL)
   OR (role = 'manufacturer' AND manufacturer_id IS NOT NULL AND retailer_id IS NULL)
   OR (role = 'retailer' AND retailer_id IS NOT NULL AND manufacturer_id IS NULL)`,
)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Always stored lower-cased, so the unique index makes e-mails unique regardless of case.
  @Index({ unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  manufacturerId: string | null;

  @ManyToOne(() => Manufacturer, { onDelete: 'CASCADE' })
  @JoinColumn()
  manufacturer?: Relation<Manufacturer>;

  @Column({ type: 'uuid', nullable: true })
  retailerId: string | null;

  @ManyToOne(() => Retailer, { onDelete: 'CASCADE' })
  @JoinColumn()
  retailer?: Relation<Retailer>;

  // A tenant admin may add and disable the tenant's users.
  @Column({ type: 'boolean', default: false })
  isAdmin: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  // Written into every access token as `sv`; "sign out everywhere" and a password change raise it, so every token
  // issued before stops working at once.
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
