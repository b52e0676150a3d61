import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { holdsStock, pickupHoldsStock, shortLines } from './stock.sql';

/**
 * Stock checks inside the caller's transaction (a bid, a shipment, a feed upload). Each first takes the
 * location's feed row FOR UPDATE: one writer of a location's stock and holds at a time, so two bids can
 * never both take the last unit. A location without a feed is not checked: its bids hold nothing.
 */

/** Locks the location's feed; false when it has none. */
export async function lockFeed(manager: EntityManager, locationId: string): Promise<boolean> {
  const rows = await manager.query<unknown[]>(`SELECT 1 FROM inventory_feeds WHERE location_id = $1 FOR UPDATE`, [locationId]);
  return rows.length > 0;
}

interface ShortLine {
  sku: string;
  needed: number;
  onHand: number;
  held: number;
}

/**
 * Before a bid on order `orderId` from `location` is written: every line must be available there (on hand
 * − held by other bids and unshipped awards), or the bid is refused (409) naming what is missing. The bid
 * then holds the quantities for as long as it is open (stock.sql.ts).
 */
export async function assertStockForBid(manager: EntityManager, orderId: string, location: { id: string; name: string }): Promise<void> {
  if (!(await lockFeed(manager, location.id))) return;
  const lines: ShortLine[] = await manager.query(`SELECT * FROM (${shortLines('$2::uuid')}) line WHERE "onHand" - held < needed`, [orderId, location.id]);
  if (!lines.length) return;
  const missing = lines
    .map((l) => `${l.sku}: ${Math.max(l.onHand - l.held, 0)} available (${l.onHand} on hand, ${l.held} held by open bids and unshipped orders), ${l.needed} needed`)
    .join('; ');
  throw new DomainError(
    ErrorCode.Conflict,
    `${location.name} does not have every line of this order available: ${missing}. Update its inventory feed or bid from another location`,
  );
}

/** When an award ships from a location with a feed: the shipped quantities leave its on-hand count (the hold ends with the shipment). */
export async function consumeShippedStock(manager: EntityManager, orderId: string, locationId: string): Promise<void> {
  if (!(await lockFeed(manager, locationId))) return;
  await manager.query(
    `UPDATE inventory_items i SET on_hand = greatest(i.on_hand - ol.quantity, 0)
       FROM order_lines ol
      WHERE ol.order_id = $1 AND i.location_id = $2 AND i.product_id = ol.product_id`,
    [orderId, locationId],
  );
}

/**
 * After a recount lowered on-hand quantities below what bids hold (a feed upload, with the feed locked):
 * withdraws the newest bids on orders still on the board until what remains fits, per product. Won orders
 * not yet shipped and accepted pickups keep their hold first: the retailer has to fill those. Returns how
 * many were withdrawn.
 */
export async function withdrawOverHeldBids(manager: EntityManager, locationId: string, locationName: string): Promise<number> {
  const [, withdrawn] = await manager.query<[unknown[], number]>(
    `WITH holds AS (
       SELECT b.id, o.status = 'posted' AS on_board, b.placed_at AS since, hl.product_id, hl.sku, hl.quantity
         FROM bids b JOIN orders o ON o.id = b.order_id JOIN order_lines hl ON hl.order_id = b.order_id
        WHERE b.location_id = $1 AND ${holdsStock()}
       UNION ALL
       SELECT p.order_id, false, p.accepted_at, hl.product_id, hl.sku, hl.quantity
         FROM pickups p JOIN orders o ON o.id = p.order_id JOIN order_lines hl ON hl.order_id = p.order_id
        WHERE p.location_id = $1 AND ${pickupHoldsStock()}
     ), held AS (
       SELECT h.id, h.on_board, h.sku, coalesce(i.on_hand, 0) AS on_hand,
              sum(h.quantity) OVER (PARTITION BY h.product_id ORDER BY h.on_board, h.since, h.id) AS running
         FROM holds h
         LEFT JOIN inventory_items i ON i.location_id = $1 AND i.product_id = h.product_id
     ), excess AS (
       SELECT id, min(sku) AS sku FROM held WHERE on_board AND running > on_hand GROUP BY id
     )
     UPDATE bids b SET status = 'withdrawn', updated_at = now(),
            withdrawn_reason = 'The stock count of ' || $2 || ' left too few of ' || excess.sku || ' for this bid'
       FROM excess WHERE b.id = excess.id AND b.status = 'open'`,
    [locationId, locationName],
  );
  return withdrawn;
}
