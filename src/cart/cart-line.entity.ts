import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Product } from '../catalog/product.entity';
import { Cart } from './cart.entity';

/** One product in a cart: one line per product, its quantity changed in place. */
@Entity('cart_lines')
@Check('cart_lines_quantity', 'quantity >= 1 AND quantity <= 999')
export class CartLine {
  @PrimaryColumn({ type: 'uuid' })
  cartId: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Cart, (cart) => cart.lines, { onDelete: 'CASCADE' })
  @JoinColumn()
  cart?: Relation<Cart>;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'integer' })
  quantity: number;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
