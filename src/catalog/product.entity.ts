import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Manufacturer } from '../manufacturers/manufacturer.entity';

/** A manufacturer's product. Money is integer minor units of the store's currency. */
@Entity('products')
@Index(['manufacturerId', 'sku'], { unique: true })
@Index(['manufacturerId', 'gtin'], { unique: true, where: 'gtin IS NOT NULL' })
@Check('products_prices', 'price_minor >= 0 AND fulfilment_price_minor >= 0 AND fulfilment_price_minor <= price_minor')
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  manufacturerId: string;

  @ManyToOne(() => Manufacturer, { onDelete: 'CASCADE' })
  @JoinColumn()
  manufacturer?: Relation<Manufacturer>;

  @Column({ type: 'text' })
  sku: string;

  // GTIN-8/12/13/14 (a UPC is a GTIN-12), digits only with a valid check digit; retailers' feeds may name the product by it.
  @Column({ type: 'text', nullable: true })
  gtin: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', nullable: true })
  imageUrl: string | null;

  // What the customer pays.
  @Column({ type: 'integer' })
  priceMinor: number;

  // The fixed price paid to whoever fulfils it.
  @Column({ type: 'integer' })
  fulfilmentPriceMinor: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
