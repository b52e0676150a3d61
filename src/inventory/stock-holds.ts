import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { MAX_CSV_ROWS } from './inventory.dto';
import { heldLines, holdsStock, pickupHoldsStock, shortLines } from './stock.sql';

/**
 * Stock checks inside the caller's transaction (a bid, a pickup acceptance, a re-route, a shipment, a feed
 * upload). Each first takes the location's feed row FOR UPDATE: one writer of a location's stock and holds at
 * a time, so two promises can never both take the last unit. A location without a feed is not checked: its
 * bids hold nothing.
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
 * Every path that promises stock at a location (a bid by hand or automatic, a pickup the store accepts, an
 * award re-routed to the next bidder) goes through here or AUTO_BID, inside its own transaction: the
 * location's stock lock first, then what is available (on hand − held by every other promise, read after the
 * lock so every promise committed before it counts), then the promise is written before the lock is released
 * at commit. Throws a 409 naming each short line when order `orderId` does not fit; `then` says what the
 * caller can do instead, e.g. "bid from another location".
 */
export async function assertAvailable(manager: EntityManager, orderId: string, location: { id: string; name: string }, then: string): Promise<void> {
  if (!(await lockFeed(manager, location.id))) return;
  const lines: ShortLine[] = await manager.query(`SELECT * FROM (${shortLines('$2::uuid')}) line WHERE "onHand" - held < needed`, [
    orderId,
    location.id,
  ]);
  if (!lines.length) return;
  throw new DomainError(ErrorCode.Conflict, `${lines.map((line) => shortLine(line, location.name)).join('; ')}. ${then}`);
}

/** "Only 3 of SKU BK-ROAD-54 are available at Pearl District (5 on hand, 2 held by ...); this order needs 5" */
function shortLine({ sku, needed, onHand, held }: ShortLine, where: string): string {
  const available = Math.max(onHand - held, 0);
  const only = available === 0 ? `No units of SKU ${sku} are` : `Only ${available} of SKU ${sku} ${available === 1 ? 'is' : 'are'}`;
  return (
    `${only} available at ${where} ` +
    `(${onHand} on hand, ${held} held by open bids, unshipped orders and accepted pickups); this order needs ${needed}`
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
 * not yet shipped and accepted pickups keep their hold first: they are promises to a customer, which the
 * retailer fills from new stock or passes on (declining a won order re-routes it). The count is taken as the
 * truth either way; until it covers those promises again no new one is made there (available ≤ 0). Returns
 * how many bids were withdrawn.
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

/** Products whose units held at the location exceed its count (after withdrawOverHeldBids: by won orders and accepted pickups only), by SKU; at most as many as a count may list. */
export function overcommitted(manager: EntityManager, locationId: string): Promise<{ sku: string; onHand: number; held: number }[]> {
  return manager.query(
    `SELECT p.sku, coalesce(i.on_hand, 0) AS "onHand", h.held
       FROM (SELECT product_id, sum(quantity)::int AS held FROM (${heldLines('$1')}) x GROUP BY product_id) h
       JOIN products p ON p.id = h.product_id
       LEFT JOIN inventory_items i ON i.location_id = $1 AND i.product_id = h.product_id
      WHERE h.held > coalesce(i.on_hand, 0)
      ORDER BY p.sku
      LIMIT ${MAX_CSV_ROWS}`,
    [locationId],
  );
}
