import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Manufacturer } from '../manufacturers/manufacturer.entity';

/**
 * One resized copy of an uploaded product picture, kept in the database so every instance of the app serves it
 * without shared disks. Its key is the hash of its bytes, so its address never changes meaning (cacheable forever).
 */
@Entity('product_images')
export class ProductImage {
  // "<sha-256 of the bytes, 32 hex>.webp": the last part of its address.
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Index()
  @Column({ type: 'uuid' })
  manufacturerId: string;

  @ManyToOne(() => Manufacturer, { onDelete: 'CASCADE' })
  @JoinColumn()
  manufacturer?: Relation<Manufacturer>;

  // Width in pixels of this copy (at most the original's).
  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'bytea' })
  content: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
