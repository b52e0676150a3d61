import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Store } from '../stores/store.entity';
import { CartLine } from './cart-line.entity';

/**
 * A shopper's cart in one store, kept on the server and found by the random id in the shopper's cookie
 * (the id is the only key to it, so it is generated with a CSPRNG, never by the database's sequence).
 */
@Entity('carts')
export class Cart {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  storeId: string;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Relation<Store>;

  @OneToMany(() => CartLine, (line) => line.cart)
  lines?: Relation<CartLine[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
