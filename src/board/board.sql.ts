import { EARTH_BOX_MARGIN } from '../geo/distance';
import { minorUnitsSql } from '../common/money';

/**
 * Who may see and bid on an order (alias `o`): a retailer that is an approved dealer of its manufacturer
 * (this fragment) with an active location whose service radius covers the shipping point (`withinReach`).
 */
export const approvedDealer = (retailerId: string, order = 'o') =>
  `EXISTS (SELECT 1 FROM dealer_approvals da
            WHERE da.retailer_id = ${retailerId} AND da.manufacturer_id = ${order}.manufacturer_id AND da.status = 'approved')`;

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

/** An order's lines as the board shows them: what to have in stock, no prices but the payout. */
export const LINES = `(SELECT coalesce(json_agg(json_build_object('sku', ol.sku, 'name', ol.name, 'quantity', ol.quantity) ORDER BY ol.sku, ol.id), '[]')
  FROM order_lines ol WHERE ol.order_id = o.id)`;

/** Where an order ships to, by area only. */
export const SHIP_AREA = `json_build_object('city', o.ship_city, 'region', o.ship_region, 'postalCode', o.ship_postal_code, 'country', o.ship_country)`;

/**
 * The board in one statement, shared by the service and bench/board.
 *
 * For each of the retailer's active locations, the GiST index board_orders_location finds the posted
 * orders (in \`near\`, \`o\` is an order's board_orders row) whose area (cell centre) lies inside an
 * earth_box around it (earth_box assumes a larger Earth, hence the margin); the haversine distance to the
 * area then keeps those within the service radius, DISTINCT ON keeps each order's nearest location, and only
 * the requested page is joined to names, lines and the retailer's own bid. Pages run in the order shown:
 * whole km, then order id, so the cursor holds nothing finer than the page itself.
 * Personal fields of the customer (name, street, e-mail, phone) are never selected.
 *
 * $1 retailer id, $2 max distance km | null, $3 manufacturer id | null, $4 sku | null,
 * $5 cursor's whole km | null, $6 cursor order id | null, $7 page size.
 */
export const BOARD_SQL = `
WITH loc AS (
  SELECT id, name, lat, lng, least(service_radius_km, coalesce($2::float8, service_radius_km)) AS reach
    FROM retailer_locations
   WHERE retailer_id = $1 AND active
),
near AS (
  SELECT DISTINCT ON (o.order_id) o.order_id AS id, l.id AS location_id, l.name AS location_name,
         nearfill_distance_km(l.lat, l.lng, o.area_lat, o.area_lng) AS distance_km
    FROM loc l
    JOIN board_orders o
      ON earth_box(ll_to_earth(l.lat, l.lng), l.reach * 1000 * ${EARTH_BOX_MARGIN}) @> ll_to_earth(o.area_lat, o.area_lng)
   WHERE o.resolves_at > now()
     AND nearfill_distance_km(l.lat, l.lng, o.area_lat, o.area_lng) <= l.reach
     AND ${approvedDealer('$1')}
     AND ($3::uuid IS NULL OR o.manufacturer_id = $3::uuid)
     AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM order_lines ol WHERE ol.order_id = o.order_id AND ol.sku = $4::text))
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
            ELSE json_build_object('status', b.status, 'locationId', b.location_id, 'placedAt', b.placed_at) END AS "myBid"
  FROM page p
  JOIN orders o ON o.id = p.id
  JOIN manufacturers m ON m.id = o.manufacturer_id
  JOIN stores s ON s.id = o.store_id
  LEFT JOIN bids b ON b.order_id = o.id AND b.retailer_id = $1
 ORDER BY p.km, p.id`;

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
