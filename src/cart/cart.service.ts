import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Product } from '../catalog/product.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { MAX_LINES, MAX_QUANTITY } from '../orders/place-order.dto';
import { Store } from '../stores/store.entity';
import { CartLine } from './cart-line.entity';
import { Cart } from './cart.entity';

export interface CartLineView {
  sku: string;
  name: string;
  imageUrl: string | null;
  imageAlt: string;
  quantity: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
}

export interface CartView {
  /** Products on sale now, in the order they were added. */
  lines: CartLineView[];
  /** Units in the cart (what the header's count shows). */
  count: number;
  totalMinor: number;
  currency: string;
}

/** How long a cart is kept after its last change (the cookie lives as long). */
export const CART_DAYS = 30;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A shopper's cart in a store, kept in the database and found by the id in their cookie. The id is the only
 * key to a cart, so it is random (122 bits) and a cart is only ever read within the store it belongs to.
 */
@Injectable()
export class CartService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The cart behind `cartId` in `store` (empty when there is none, or it belongs to another store). */
  async view(store: Store, cartId: string | undefined): Promise<CartView> {
    const rows: { sku: string; name: string; image_url: string | null; image_alt: string; quantity: number; price_minor: number }[] = UUID.test(
      cartId ?? '',
    )
      ? await this.dataSource.query(
          `SELECT p.sku, p.name, p.image_url, p.image_alt, l.quantity, p.price_minor
               FROM cart_lines l JOIN carts c ON c.id = l.cart_id JOIN products p ON p.id = l.product_id
              WHERE c.id = $1 AND c.store_id = $2 AND p.active
              ORDER BY l.added_at, p.sku`,
          [cartId, store.id],
        )
      : [];
    const lines = rows.map((row) => ({
      sku: row.sku,
      name: row.name,
      imageUrl: row.image_url,
      imageAlt: row.image_alt || row.name,
      quantity: row.quantity,
      unitPriceMinor: row.price_minor,
      lineTotalMinor: row.price_minor * row.quantity,
    }));
    return {
      lines,
      count: lines.reduce((sum, line) => sum + line.quantity, 0),
      totalMinor: lines.reduce((sum, line) => sum + line.lineTotalMinor, 0),
      currency: store.currency,
    };
  }

  /**
   * Adds `quantity` of a product (on sale in `store`) to the cart, creating the cart when `cartId` names none
   * of this store's; returns the cart's id for the cookie. The line's total is capped at the order maximum.
   */
  add(store: Store, cartId: string | undefined, sku: string, quantity: number): Promise<string> {
    checkQuantity(quantity, 1);
    return this.dataSource.transaction(async (manager) => {
      const product = await this.productOnSale(manager, store, sku);
      const id = await this.ownCart(manager, store, cartId);
      const lines = await manager.countBy(CartLine, { cartId: id });
      const existing = await manager.findOneBy(CartLine, { cartId: id, productId: product.id });
      if (!existing && lines >= MAX_LINES) {
        throw new DomainError(ErrorCode.Unprocessable, `A cart holds at most ${MAX_LINES} different products; check out or remove one first`);
      }
      await manager.query(
        `INSERT INTO cart_lines (cart_id, product_id, quantity) VALUES ($1, $2, $3)
         ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = LEAST(cart_lines.quantity + EXCLUDED.quantity, ${MAX_QUANTITY})`,
        [id, product.id, quantity],
      );
      await manager.update(Cart, { id }, { updatedAt: new Date() });
      return id;
    });
  }

  /** Sets a line's quantity; 0 removes it. A line not in the cart is left alone (a stale page's form). */
  async setQuantity(store: Store, cartId: string | undefined, sku: string, quantity: number): Promise<void> {
    checkQuantity(quantity, 0);
    if (!UUID.test(cartId ?? '')) return;
    const params = [cartId, store.id, sku];
    const line = `cart_id = $1 AND cart_id IN (SELECT id FROM carts WHERE store_id = $2)
                  AND product_id IN (SELECT p.id FROM products p JOIN stores s ON s.manufacturer_id = p.manufacturer_id WHERE s.id = $2 AND p.sku = $3)`;
    if (quantity === 0) await this.dataSource.query(`DELETE FROM cart_lines WHERE ${line}`, params);
    else await this.dataSource.query(`UPDATE cart_lines SET quantity = $4 WHERE ${line}`, [...params, quantity]);
    await this.dataSource.query(`UPDATE carts SET updated_at = now() WHERE id = $1 AND store_id = $2`, [cartId, store.id]);
  }

  /** Deletes carts nobody changed for `days` days (their cookie has expired too); returns how many went. */
  async removeStale(days = CART_DAYS): Promise<number> {
    const [, removed] = await this.dataSource.query<[unknown[], number]>(`DELETE FROM carts WHERE updated_at < now() - make_interval(days => $1)`, [
      days,
    ]);
    return removed;
  }

  /** Empties the cart once its order is placed. */
  async clear(store: Store, cartId: string | undefined): Promise<void> {
    if (UUID.test(cartId ?? '')) await this.dataSource.query(`DELETE FROM carts WHERE id = $1 AND store_id = $2`, [cartId, store.id]);
  }

  private async productOnSale(manager: EntityManager, store: Store, sku: string): Promise<Product> {
    const product = await manager.findOneBy(Product, { manufacturerId: store.manufacturerId, sku, active: true });
    if (!product) throw new DomainError(ErrorCode.NotFound, 'This product is not available.');
    return product;
  }

  private async ownCart(manager: EntityManager, store: Store, cartId: string | undefined): Promise<string> {
    if (cartId && UUID.test(cartId) && (await manager.existsBy(Cart, { id: cartId, storeId: store.id }))) return cartId;
    const id = randomUUID();
    await manager.insert(Cart, { id, storeId: store.id });
    return id;
  }
}

function checkQuantity(quantity: number, min: number): void {
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_QUANTITY) {
    throw new DomainError(ErrorCode.BadRequest, `Quantity must be a whole number from ${min} to ${MAX_QUANTITY}`, 'quantity');
  }
}
