import { EARTH_BOX_MARGIN } from '../geo/distance';

/**
 * Stock SQL. The hold rule: a bid holds its order's quantities at the location it ships from while the bid
 * is open and its order is on the board, or the bid won and the order is not shipped yet (the order's live
 * award is this bid). Held stock is derived from bids, never stored, so whatever ends a bid (lost to a nearer
 * bidder, withdrawn, declined, the order cancelled or shipped) releases it without a second write to forget.
 * A pick-up-in-store order the store accepted holds its lines there the same way, from the acceptance until it
 * is picked up (which takes the units off the count) or cancelled; one the manufacturer ships to the store
 * (ship-to-store) comes from the manufacturer's stock and holds nothing.
 * Available = on hand − held. Shipping subtracts the shipped lines from on hand (consumeShippedStock).
 */

/** Bid `b` on order `o` holds stock (see above). */
export const holdsStock = (b = 'b', o = 'o') => `${b}.status = 'open' AND (${o}.status = 'posted' OR (${o}.status = 'awarded_retailer' AND EXISTS (
    SELECT 1 FROM awards live WHERE live.order_id = ${o}.id AND live.bid_id = ${b}.id AND live.superseded_at IS NULL)))`;

/** Pickup `p` of order `o` holds stock at its store: accepted there (from its own stock), not yet picked up or cancelled. */
export const pickupHoldsStock = (p = 'p', o = 'o') => `${p}.accepted_at IS NOT NULL AND ${o}.status IN ('pickup_accepted', 'ready_for_pickup')`;

/**
 * The order lines (product_id, quantity) held at location `location` by bids and accepted pickups, except
 * those of order `except` (may be NULL); only product `product`'s when given.
 */
export const heldLines = (location: string, product: string | null = null, except = 'NULL::uuid') => {
  const ofProduct = product ? `AND hl.product_id = ${product}` : '';
  return `
  SELECT hl.product_id, hl.quantity
    FROM bids hb JOIN orders ho ON ho.id = hb.order_id JOIN order_lines hl ON hl.order_id = hb.order_id ${ofProduct}
   WHERE hb.location_id = ${location} AND ${holdsStock('hb', 'ho')} AND hb.order_id IS DISTINCT FROM ${except}
  UNION ALL
  SELECT hl.product_id, hl.quantity
    FROM pickups hp JOIN orders ho ON ho.id = hp.order_id JOIN order_lines hl ON hl.order_id = hp.order_id ${ofProduct}
   WHERE hp.location_id = ${location} AND ${pickupHoldsStock('hp', 'ho')} AND hp.order_id IS DISTINCT FROM ${except}`;
};

/** Units of product `product` held at location `location` by bids and accepted pickups other than those of order `except` (may be NULL). */
export const heldAt = (location: string, product: string, except = 'NULL::uuid') => `(
  SELECT coalesce(sum(held.quantity), 0)::int FROM (${heldLines(location, product, except)}) held)`;

/**
 * The lines of order $1 a location `location` cannot cover from what is available there (bids on the same
 * order excluded, so re-placing a bid does not count against itself): product, sku, needed, on hand, held.
 */
export const shortLines = (location: string) => `
  SELECT ol.product_id AS "productId", ol.sku, ol.quantity AS needed, coalesce(i.on_hand, 0) AS "onHand",
         ${heldAt(location, 'ol.product_id', '$1')} AS held
    FROM order_lines ol
    LEFT JOIN inventory_items i ON i.location_id = ${location} AND i.product_id = ol.product_id
   WHERE ol.order_id = $1`;

/**
 * A retailer's bid `mine` that keeps automatic bidding off the order: any bid, except one the system withdrew
 * (stale feed, recount: it has a withdrawn_reason), which a fresh count may place again. One the retailer
 * withdrew or declined stays withdrawn.
 */
const BID_STANDS = `(mine.status = 'open' OR mine.withdrawn_reason IS NULL)`;

/**
 * For order $1 (if still posted with its window open): each retailer that bids automatically on its
 * manufacturer, is its approved dealer and has no standing bid on it ($2: only this retailer, or NULL for all),
 * with each of its opted-in active locations whose service radius covers the order's area, and the
 * location's feed: `stock` is 'no_feed', 'stale' (older than the store's maximum age), 'short' (even on
 * hand misses a line) or 'counted'. Reach and nearness are measured to the order's area (the centre of
 * its grid cell), as when the retailer bids by hand (board.sql.ts); the resolver still ranks bids by the exact
 * point. The spatial index on locations narrows the search to a box as wide as the largest service radius.
 */
const CANDIDATES = `
  ord AS (
    SELECT o.id, o.manufacturer_id, s.max_inventory_age_hours AS max_age,
           nearfill_area_lat(o.ship_lat) AS area_lat, nearfill_area_lng(o.ship_lat, o.ship_lng) AS area_lng
      FROM orders o JOIN stores s ON s.id = o.store_id
     WHERE o.id = $1 AND o.status = 'posted' AND o.resolves_at > now()
  ),
  cand AS MATERIALIZED (
    SELECT l.id AS location_id, l.name AS location_name, l.retailer_id, ord.max_age,
           nearfill_distance_km(l.lat, l.lng, ord.area_lat, ord.area_lng) AS distance_km,
           CASE WHEN f.location_id IS NULL THEN 'no_feed'
                WHEN f.counted_at < now() - make_interval(hours => ord.max_age) THEN 'stale'
                WHEN EXISTS (SELECT 1 FROM order_lines ol
                               LEFT JOIN inventory_items i ON i.location_id = l.id AND i.product_id = ol.product_id
                              WHERE ol.order_id = ord.id AND coalesce(i.on_hand, 0) < ol.quantity) THEN 'short'
                ELSE 'counted' END AS stock
      FROM ord
      JOIN retailer_locations l
        ON l.active
       AND earth_box(ll_to_earth(ord.area_lat, ord.area_lng),
                     (SELECT max(service_radius_km) FROM retailer_locations WHERE active) * 1000 * ${EARTH_BOX_MARGIN})
           @> ll_to_earth(l.lat, l.lng)
       AND nearfill_distance_km(l.lat, l.lng, ord.area_lat, ord.area_lng) <= l.service_radius_km
      JOIN auto_bid_settings abs ON abs.retailer_id = l.retailer_id AND abs.manufacturer_id = ord.manufacturer_id
       AND (abs.location_ids IS NULL OR l.id = ANY (abs.location_ids))
      JOIN dealer_approvals da ON da.retailer_id = l.retailer_id AND da.manufacturer_id = ord.manufacturer_id AND da.status = 'approved'
      LEFT JOIN inventory_feeds f ON f.location_id = l.id
     WHERE ($2::uuid IS NULL OR l.retailer_id = $2::uuid)
       AND NOT EXISTS (SELECT 1 FROM bids mine WHERE mine.order_id = ord.id AND mine.retailer_id = l.retailer_id AND ${BID_STANDS})
  )`;

/**
 * Takes the stock locks of every candidate location of order $1 that has a feed, in location order so
 * concurrent orders and feed uploads never deadlock, and returns their ids. All of them, whatever their count
 * in this statement's snapshot: a recount committed while we waited may make one bid-worthy, and AUTO_BID
 * bids only from locations locked here. What is available is read after this, by AUTO_BID in a new snapshot
 * that sees every hold committed before the locks were granted.
 */
export const LOCK_CANDIDATE_FEEDS = `
  WITH ${CANDIDATES}
  SELECT f.location_id FROM inventory_feeds f
   WHERE f.location_id IN (SELECT location_id FROM cand)
   ORDER BY f.location_id
     FOR UPDATE`;

/**
 * Decides order $1 for each candidate retailer (after LOCK_CANDIDATE_FEEDS, whose locked locations are $3):
 * it bids from its nearest locked location (ties: lower location id) where every line is available, and the decision with its reason is
 * recorded either way; without such a location the reason names the best there was (short, stale, no feed).
 * Returns the bids placed.
 */
export const AUTO_BID = `
  WITH ${CANDIDATES},
  judged AS MATERIALIZED (
    SELECT c.*, CASE WHEN c.stock = 'counted' AND c.location_id = ANY ($3::uuid[]) AND NOT EXISTS (
                       SELECT 1 FROM (${shortLines('c.location_id')}) line WHERE line."onHand" - line.held < line.needed)
                     THEN 'available' WHEN c.stock = 'counted' THEN 'short' ELSE c.stock END AS verdict
      FROM cand c
  ),
  chosen AS (
    SELECT DISTINCT ON (retailer_id) retailer_id, location_id, location_name, verdict, max_age
      FROM judged
     ORDER BY retailer_id, array_position(ARRAY['available', 'short', 'stale', 'no_feed'], verdict), distance_km, location_id
  ),
  placed AS (
    INSERT INTO bids (order_id, retailer_id, location_id, automatic)
    SELECT $1, retailer_id, location_id, true FROM chosen WHERE verdict = 'available'
    ON CONFLICT (order_id, retailer_id) DO UPDATE
       SET status = 'open', location_id = excluded.location_id, automatic = true, withdrawn_reason = NULL,
           placed_at = now(), updated_at = now()
     WHERE bids.status = 'withdrawn' AND bids.withdrawn_reason IS NOT NULL
    RETURNING id, retailer_id, location_id
  ),
  decided AS (
    INSERT INTO auto_bid_decisions (retailer_id, order_id, outcome, location_id, reason, decided_at)
    SELECT retailer_id, $1,
           (CASE verdict WHEN 'available' THEN 'bid' WHEN 'short' THEN 'out_of_stock' ELSE verdict END)::auto_bid_outcome,
           CASE WHEN verdict = 'available' THEN location_id END,
           CASE verdict
             WHEN 'available' THEN 'Bid from ' || location_name || ', your nearest location in range with every line available'
             WHEN 'short' THEN 'No location in range has every line available (on hand minus what your bids and unshipped orders hold); nearest checked: ' || location_name
             WHEN 'stale' THEN 'The inventory feeds of your locations in range are older than the store''s maximum of ' || max_age || ' h; upload a fresh count'
             ELSE 'None of your locations in range has an inventory feed; upload one to bid automatically' END,
           now()
      FROM chosen
    ON CONFLICT (retailer_id, order_id) DO UPDATE
       SET outcome = excluded.outcome, location_id = excluded.location_id, reason = excluded.reason, decided_at = excluded.decided_at
  )
  SELECT id, retailer_id AS "retailerId", location_id AS "locationId" FROM placed`;

/**
 * Posted orders a location's retailer may now bid on automatically after its feed $1 changed: in the
 * location's range, from manufacturers it bids automatically on, not bid on by it yet; oldest first, as
 * they were posted.
 */
export const ORDERS_FOR_FEED = `
  SELECT p.order_id AS id
    FROM inventory_feeds f
    JOIN retailer_locations l ON l.id = f.location_id AND l.active
    JOIN board_orders p
      ON earth_box(ll_to_earth(l.lat, l.lng), l.service_radius_km * 1000 * ${EARTH_BOX_MARGIN}) @> ll_to_earth(p.area_lat, p.area_lng)
     AND nearfill_distance_km(l.lat, l.lng, p.area_lat, p.area_lng) <= l.service_radius_km
    JOIN auto_bid_settings abs ON abs.retailer_id = l.retailer_id AND abs.manufacturer_id = p.manufacturer_id
     AND (abs.location_ids IS NULL OR l.id = ANY (abs.location_ids))
    JOIN orders o ON o.id = p.order_id
   WHERE f.location_id = $1 AND p.resolves_at > now()
     AND NOT EXISTS (SELECT 1 FROM bids mine WHERE mine.order_id = p.order_id AND mine.retailer_id = l.retailer_id AND ${BID_STANDS})
   ORDER BY o.posted_at, o.id`;
