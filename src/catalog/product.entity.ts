import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Manufacturer } from '../manufacturers/manufacturer.entity';

/** One resized copy of a product's image: its width in CSS pixels and where it is served. */
export interface ImageVariant {
  width: number;
  url: string;
}

/** A manufacturer's product. Money is integer minor units of the store's currency. */
@Entity('products')
@Index(['manufacturerId', 'sku'], { unique: true })
@Index(['manufacturerId', 'gtin'], { unique: true, where: 'gtin IS NOT NULL' })
// The storefront's search: a GIN index over the same expression the catalogue query matches (catalogue-search.ts).
@Index('products_search', { synchronize: false })
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

  // The image as shown at its largest: an http(s) URL, or a path on this site (an upload, the demo's pictures).
  @Column({ type: 'text', nullable: true })
  imageUrl: string | null;

  // Describes the picture for people who cannot see it; empty: the product's name is used.
  @Column({ type: 'text', default: '' })
  imageAlt: string;

  // Smaller copies of the same picture (an upload resized on the server), offered to browsers as a srcset.
  @Column({ type: 'jsonb', default: () => "'[]'" })
  imageVariants: ImageVariant[];

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
