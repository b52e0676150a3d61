import { minorUnitsSql } from '../common/money';
import { PREFERENCE_ROW } from '../resolution/award-rule';

/** The dealer_approvals rows (alias `da`) that make `retailerId` an approved dealer of their manufacturer. */
const APPROVED = (retailerId: string) => `da.retailer_id = ${retailerId} AND da.status = 'approved'`;

/**
 * Who may see and bid on an order (alias `o`): a retailer that is an approved dealer of its manufacturer
 * (this fragment) with an active location whose service radius covers the shipping point (`withinReach`).
 */
export const approvedDealer = (retailerId: string, order = 'o') =>
  `EXISTS (SELECT 1 FROM dealer_approvals da WHERE ${APPROVED(retailerId)} AND da.manufacturer_id = ${order}.manufacturer_id)`;

/**
 * Km from location `l` to order `o`'s area (the centre of the ~5.6 km grid cell holding its shipping point,
 * migration CoarseBoardDistances): what a retailer is told, and what decides reach, before the award.
 * Only the resolver measures to the exact point.
 */
export const AREA_KM = `nearfill_area_km(l.lat, l.lng, o.ship_lat, o.ship_lng)`;

/** A distance as a retailer reads it before the award: whole km. */
export const SHOWN_KM = (km: string) => `round(${km})::int`;

/** Location `l` is within `reach` km (by default its service radius) of order `o`'s area. */
export const withinReach = (reach = 'l.service_radius_km') => `${AREA_KM} <= ${reach}`;

/**
 * A bid's status as its retailer reads it (bid `b` on order `o`). Only the retailer's own actions are
 * stored (open, withdrawn); whether an open bid won or lost follows from its order and the order's live
 * award, so deciding a million orders writes no bid at all.
 */
export const BID_STATUS = `(CASE WHEN b.status = 'withdrawn' THEN 'withdrawn'
       WHEN o.status = 'posted' THEN 'open'
       WHEN EXISTS (SELECT 1 FROM awards won WHERE won.order_id = b.order_id AND won.bid_id = b.id AND won.superseded_at IS NULL) THEN 'won'
       ELSE 'lost' END)::bid_status`;

/** Bid `bid` (at location `location`)'s place in its order `order`'s preference (PREFERENCE_ROW), as a row to compare. */
const PREFERENCE_KEY = (bid: string, location: string, order: string) =>
  PREFERENCE_ROW(bid, `nearfill_distance_km(${order}.ship_lat, ${order}.ship_lng, ${location}.lat, ${location}.lng)`, order);

/**
 * Why open bid \`b\` on order \`o\` lost (null unless BID_STATUS reads lost), as JSON: \`code\` and a \`message\`,
 * and for a nearer dealer the winner's whole km to the order's area and this bid's rank among the order's
 * bids (those open at the close, declined ones included). Read from the live award, so it needs no write:
 * - the order was cancelled → order_cancelled;
 * - the customer's chosen dealer won → chosen_dealer;
 * - operations passed the order to the manufacturer after its award: the remaining bids were never weighed, so
 *   not "no capacity" → passed_to_manufacturer (a decline or a missed ship-by date re-routes by the rule, below);
 * - the winner comes after this bid in the order's preference, or nobody had capacity (the manufacturer
 *   ships it): the rule passed this bid by for want of capacity on its location's day → no_capacity;
 * - otherwise the winner was preferred, being nearer → nearer_dealer.
 * Never the winner's name or the customer's location: the distance is to the area, rounded (board.sql).
 */
export const LOST_REASON = `(CASE WHEN ${BID_STATUS} <> 'lost' THEN NULL
  WHEN o.status = 'cancelled' THEN json_build_object('code', 'order_cancelled', 'message', 'The order was cancelled before it was decided')
  ELSE (
    SELECT CASE
      WHEN w.kind = 'retailer' AND w.retailer_id = o.chosen_retailer_id
        THEN json_build_object('code', 'chosen_dealer', 'message', 'The customer had chosen another dealer, who bid')
      WHEN w.kind = 'manufacturer' AND w.run_id IS NULL
           AND EXISTS (SELECT 1 FROM awards byops WHERE byops.order_id = o.id AND byops.superseded_by = 'ops')
        THEN json_build_object('code', 'passed_to_manufacturer', 'message', 'After its award the order was passed to the manufacturer, which ships it itself')
      WHEN w.kind = 'manufacturer' OR ${PREFERENCE_KEY('b', 'mine', 'o')} < ${PREFERENCE_KEY('wb', 'wl', 'o')}
        THEN json_build_object('code', 'no_capacity', 'message', 'Your location had no capacity left that day')
      ELSE json_build_object('code', 'nearer_dealer', 'winnerDistanceKm', ${SHOWN_KM('nearfill_area_km(wl.lat, wl.lng, o.ship_lat, o.ship_lng)')},
             'rank', rk.rank, 'bids', rk.bids,
             'message', 'A dealer about ' || ${SHOWN_KM('nearfill_area_km(wl.lat, wl.lng, o.ship_lat, o.ship_lng)')} || ' km from the order''s area won it; your bid ranked ' || rk.rank || ' of ' || rk.bids)
    END
      FROM awards w
      JOIN retailer_locations mine ON mine.id = b.location_id
      LEFT JOIN bids wb ON wb.id = w.bid_id
      LEFT JOIN retailer_locations wl ON wl.id = w.location_id
     CROSS JOIN LATERAL (
       SELECT count(*) FILTER (WHERE ${PREFERENCE_KEY('x', 'xl', 'o')} < ${PREFERENCE_KEY('b', 'mine', 'o')})::int + 1 AS rank, count(*)::int AS bids
         FROM bids x JOIN retailer_locations xl ON xl.id = x.location_id
        WHERE x.order_id = o.id AND (x.status = 'open' OR EXISTS (SELECT 1 FROM awards xa WHERE xa.order_id = o.id AND xa.bid_id = x.id))) rk
     WHERE w.order_id = o.id AND w.superseded_at IS NULL)
  END)`;

/** An order's lines as the board shows them: what to have in stock, no prices but the payout. */
export const LINES = `(SELECT coalesce(json_agg(json_build_object('sku', ol.sku, 'name', ol.name, 'quantity', ol.quantity) ORDER BY ol.sku, ol.id), '[]')
  FROM order_lines ol WHERE ol.order_id = o.id)`;

/** Where an order ships to, by area only. */
export const SHIP_AREA = `json_build_object('city', o.ship_city, 'region', o.ship_region, 'postalCode', o.ship_postal_code, 'country', o.ship_country)`;

/** Km from location `l` (a row of the board's `loc`) to board row `o`'s area: the board's distance. */
const LOCATION_KM = `nearfill_distance_km(l.lat, l.lng, o.area_lat, o.area_lng)`;

/**
 * Board row `o` is on the retailer's board wherever it is in reach: window open, an approved dealer's
 * manufacturer, and past the filters; checked before the distance, which costs more. The manufacturers are
 * `dealer` (the rows approvedDealer reads) as one array, so a row costs no join; array_position, because the
 * planner would answer `= ANY` from board_orders_by_manufacturer (every order of 30 manufacturers).
 */
const ORDER_ON_BOARD = `o.resolves_at > now()
     AND array_position((SELECT makers FROM dealer), o.manufacturer_id) IS NOT NULL
     AND ($3::uuid IS NULL OR o.manufacturer_id = $3::uuid)
     AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM order_lines ol WHERE ol.order_id = o.order_id AND ol.sku = $4::text))`;

/** No farther than this from any location, an order may still be on the page: the bound's km (rounding up to it), if any. */
const PAGE_KM = `coalesce((SELECT km FROM bound) + 0.5, 'Infinity')`;

/**
 * The board in one statement, shared by the service and bench/board.
 *
 * An order is on the board at the distance (shown in whole km) from the nearest of the retailer's active
 * locations whose reach (service radius, or the max distance asked if nearer) holds its area (cell centre),
 * and the page is the next `$7` orders in the order shown: whole km, then order id, so the cursor holds
 * nothing finer than the page itself. `o` is always an order's board_orders row, found through the SP-GiST
 * index board_orders_area in a box of degrees around a location (`area`, nearfill_area_box of migration
 * NearestFirstBoard) holding every area within the km; the haversine distance then decides.
 *
 * Why three steps: reading every order in reach of every location (~9,000 index entries, bench/board at
 * 1,000,000 orders) to show 50 of them made the first page slow.
 *  1. `nearest`: from each location, the index's nearest-first scan (by degrees, which only orders the scan)
 *     stops at `$7` orders on the board, skipping those whose km from there is before the cursor's (an order
 *     past the cursor is that far from all its locations).
 *  2. `bound`: those orders' own distances (from their nearest location in reach) bound the page's last km:
 *     `$7` real entries past the cursor lie within it. Fewer than `$7` leave it open (NULL).
 *  3. `near`: as before, every order in reach of a location, but now only within the bound (PAGE_KM), and
 *     DISTINCT ON keeps each order's nearest location. An order found is found with its nearest location
 *     (nearer still), and no order left out could be on the page, so the page is the one over the whole board.
 * Only the page is joined to names, lines and the retailer's own bid.
 * Personal fields of the customer (name, street, e-mail, phone) are never selected.
 *
 * $1 retailer id, $2 max distance km | null, $3 manufacturer id | null, $4 sku | null,
 * $5 cursor's whole km | null, $6 cursor order id | null, $7 page size.
 */
export const BOARD_SQL = `
WITH loc AS (
  SELECT id, name, lat, lng, reach, point(lng, lat) AS at, nearfill_area_box(lat, lng, reach) AS area
    FROM (SELECT *, least(service_radius_km, coalesce($2::float8, service_radius_km)) AS reach
            FROM retailer_locations
           WHERE retailer_id = $1 AND active) l
),
dealer AS (
  SELECT array_agg(da.manufacturer_id) AS makers FROM dealer_approvals da WHERE ${APPROVED('$1')}
),
nearest AS (
  SELECT DISTINCT o.order_id, o.area_lat, o.area_lng
    FROM loc l
   CROSS JOIN LATERAL (
     SELECT o.order_id, o.area_lat, o.area_lng FROM board_orders o
      WHERE point(o.area_lng, o.area_lat) <@ l.area
        AND ${ORDER_ON_BOARD}
        AND ${LOCATION_KM} <= l.reach
        AND ($5::int IS NULL OR ${SHOWN_KM(LOCATION_KM)} >= $5::int)
      ORDER BY point(o.area_lng, o.area_lat) <-> l.at
      LIMIT $7) o
),
bound AS (
  SELECT max(km) AS km FROM (
    SELECT km FROM (
      SELECT o.order_id, ${SHOWN_KM(`min(${LOCATION_KM})`)} AS km
        FROM nearest o
        JOIN loc l ON point(o.area_lng, o.area_lat) <@ l.area AND ${LOCATION_KM} <= l.reach
       GROUP BY o.order_id) candidate
     WHERE $5::int IS NULL OR (km, order_id) > ($5::int, $6::uuid)
     ORDER BY km
     LIMIT $7) page
  HAVING count(*) = $7
),
near AS (
  SELECT DISTINCT ON (o.order_id) o.order_id AS id, l.id AS location_id, l.name AS location_name, ${LOCATION_KM} AS distance_km
    FROM loc l
    JOIN board_orders o ON point(o.area_lng, o.area_lat) <@ nearfill_area_box(l.lat, l.lng, least(l.reach, ${PAGE_KM}))
   WHERE ${ORDER_ON_BOARD}
     AND ${LOCATION_KM} <= least(l.reach, ${PAGE_KM})
   ORDER BY o.order_id, distance_km, l.id
),
page AS (
  SELECT id, location_id, location_name, ${SHOWN_KM('distance_km')} AS km FROM near
   WHERE $5::int IS NULL OR (${SHOWN_KM('distance_km')}, id) > ($5::int, $6::uuid)
   ORDER BY km, id
   LIMIT $7
)
SELECT o.id AS "orderId", o.number,
       json_build_object('id', m.id, 'name', m.name) AS manufacturer,
       s.name AS "storeName",
       ${LINES} AS lines,
       ${minorUnitsSql('o.payout_minor')} AS "payoutMinor", o.currency,
       ${SHIP_AREA} AS "shipTo",
       p.km AS "distanceKm",
       json_build_object('id', p.location_id, 'name', p.location_name) AS location,
       o.posted_at AS "postedAt", o.resolves_at AS "resolvesAt",
       CASE WHEN b.id IS NULL THEN NULL
            ELSE json_build_object('status', b.status, 'locationId', b.location_id, 'placedAt', b.placed_at) END AS "myBid",
       coalesce(o.chosen_retailer_id = $1, false) AS "chosenByCustomer"
  FROM page p
  JOIN orders o ON o.id = p.id
  JOIN manufacturers m ON m.id = o.manufacturer_id
  JOIN stores s ON s.id = o.store_id
  LEFT JOIN bids b ON b.order_id = o.id AND b.retailer_id = $1
 ORDER BY p.km, p.id`;

/**
 * How the board's statement is planned, for the transaction it runs in (SET LOCAL, so no other statement of the
 * pooled session is touched). It runs as a named prepared statement (database/prepared-query) and keeps one
 * generic plan per connection: planning this text took about a third of its CPU (bench/board, 1,000,000 orders:
 * ~4.5 ms a call planned every time, ~2.9 ms on the generic plan). Its shape does not depend on the parameters
 * (nearest-first scans of board_orders_area from each location), so one plan serves every retailer and filter.
 * PostgreSQL's own choice would never pick it: with `LIMIT $7` unknown, the generic plan's estimate (~86,000)
 * is far above the custom plans' (~2,200) though it runs as fast. That estimate is also close to jit_above_cost
 * (100,000) and grows with the board; JIT compiling on each call would cost more than the query, hence jit off.
 */
export const BOARD_PLANNING = 'SET LOCAL plan_cache_mode = force_generic_plan; SET LOCAL jit = off';

export interface BoardParams {
  retailerId: string;
  maxDistanceKm?: number;
  manufacturerId?: string;
  sku?: string;
  /** The last entry of the previous page: its distance as shown (whole km) and its id. */
  after?: { distanceKm: number; orderId: string };
  limit: number;
}

export function boardQuery(params: BoardParams): [string, unknown[]] {
  return [
    BOARD_SQL,
    [
      params.retailerId,
      params.maxDistanceKm ?? null,
      params.manufacturerId ?? null,
      params.sku ?? null,
      params.after?.distanceKm ?? null,
      params.after?.orderId ?? null,
      params.limit,
    ],
  ];
}
