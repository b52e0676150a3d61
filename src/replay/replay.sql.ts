import { AREA_KM } from '../board/board.sql';
import { BID_PREFERENCE, CHOSEN, PAIR_ORDER } from '../resolution/award-rule';
import { LOCAL_DAY } from '../resolution/capacity.sql';

/**
 * The replay's SQL: read-only, run in a READ ONLY transaction (on the replica when one is configured).
 * Shared parameters: $1 period from, $2 period to, $3 manufacturer or null.
 */

/**
 * The period's orders: those a real (not dry) run whose cut-off falls in the period decided, with that award
 * (a run awards an order once; later re-routes have no run) and the run's cut-off.
 */
const PERIOD = `
  period AS MATERIALIZED (
    SELECT a.order_id, a.kind, a.bid_id, a.retailer_id, a.distance_km, r.cutoff
      FROM resolution_runs r
      JOIN awards a ON a.run_id = r.id
      JOIN orders o ON o.id = a.order_id
     WHERE r.cutoff >= $1 AND r.cutoff < $2 AND NOT r.dry_run AND ($3::uuid IS NULL OR o.manufacturer_id = $3)
  )`;

/** How many orders the period holds, and when the earliest and latest of them were posted. */
export const PERIOD_SIZE = `
  WITH ${PERIOD}
  SELECT count(*)::int AS orders, min(o.posted_at) AS first_posted, max(o.posted_at) AS last_posted
    FROM period p JOIN orders o ON o.id = p.order_id`;

/**
 * What location `location` took on local day `day` in the period's runs for other manufacturers' orders, when the
 * replay is of one manufacturer ($3): they shared its capacity. Counting them first gives each of the
 * manufacturer's pairs the capacity the run's walk gave it (a pair that won had room beside them; one refused for
 * capacity found the location full).
 */
const TAKEN_BY_OTHERS = (location: string, day: string) => `
  CASE WHEN $3::uuid IS NULL THEN 0 ELSE (
    SELECT count(*) FROM awards x JOIN resolution_runs xr ON xr.id = x.run_id JOIN orders xo ON xo.id = x.order_id
     WHERE x.location_id = ${location} AND x.local_day = ${day} AND xr.cutoff >= $1 AND xr.cutoff < $2 AND NOT xr.dry_run
       AND xo.manufacturer_id <> $3::uuid)::int END`;

/**
 * The candidate (order, bid) pairs of the period under a policy, in the order the award rule takes them: by
 * the instant the order's window closes (`closes`: the run's cut-off, or with $8 minimum board hours the first
 * of the scheduled runs $9 at least that long after posting), then PAIR_ORDER. A bid counts when it was placed
 * by then and still open: a bid withdrawn after the close was open at it, whether the window is shorter or the
 * run's own (a re-route withdraws the bid of the award it takes away, after the run). Radius
 * ($4 km, or $5 times each location's own) keeps bids whose location reaches the order's area, as the board
 * measures reach; a longer radius can only keep bids that were placed. $6: whether the customer's choice goes
 * first; $7: every location's daily capacity in place of its own. Of each order only the pairs up to its first
 * at a location without a cap are returned: that one always wins if it is reached.
 * As array literals: order ids, bid ids, capacity keys (location|local day at `closes`), the capacity each key has
 * left for the replay (TAKEN_BY_OTHERS taken off; NULL: no cap).
 */
export const REPLAY_PAIRS = `
  WITH ${PERIOD}, replayed AS MATERIALIZED (
    SELECT o.id, o.number, o.ship_lat, o.ship_lng, o.chosen_retailer_id, o.resolves_at,
           CASE WHEN $8::int IS NULL THEN p.cutoff
                ELSE (SELECT min(s) FROM unnest($9::timestamptz[]) s WHERE s >= o.posted_at + make_interval(hours => $8::int)) END AS closes
      FROM period p JOIN orders o ON o.id = p.order_id
  ), ranked AS (
    SELECT o.id AS order_id, o.number, o.closes, b.id AS bid_id, b.placed_at, b.retailer_id,
           b.location_id || '|' || ${LOCAL_DAY('l.time_zone', 'o.closes')} AS capacity_key,
           CASE WHEN c.cap IS NOT NULL THEN greatest(c.cap - ${TAKEN_BY_OTHERS('b.location_id', LOCAL_DAY('l.time_zone', 'o.closes'))}, 0) END AS cap,
           ${CHOSEN('o', '$6::boolean')} AS chosen, d.km,
           row_number() OVER (PARTITION BY o.id ORDER BY ${BID_PREFERENCE('d.km', CHOSEN('o', '$6::boolean'))}) AS pref
      FROM replayed o
      JOIN bids b ON b.order_id = o.id
      JOIN retailer_locations l ON l.id = b.location_id
     CROSS JOIN LATERAL (SELECT nearfill_distance_km(o.ship_lat, o.ship_lng, l.lat, l.lng) AS km) d
     CROSS JOIN LATERAL (SELECT coalesce($7::int, l.daily_capacity) AS cap) c
     WHERE b.placed_at <= o.closes
       AND (b.status <> 'withdrawn' OR b.updated_at > o.closes)
       AND (($4::float8 IS NULL AND $5::float8 IS NULL) OR ${AREA_KM} <= coalesce($4::float8, l.service_radius_km * $5::float8))
  ), cut AS (
    SELECT *, min(pref) FILTER (WHERE cap IS NULL) OVER (PARTITION BY order_id) AS first_uncapped FROM ranked
  )
  SELECT coalesce(array_agg(order_id ORDER BY closes, ${PAIR_ORDER}), '{}')::text AS order_ids,
         coalesce(array_agg(bid_id ORDER BY closes, ${PAIR_ORDER}), '{}')::text AS bid_ids,
         coalesce(array_agg(capacity_key ORDER BY closes, ${PAIR_ORDER}), '{}')::text AS capacity_keys,
         coalesce(array_agg(cap ORDER BY closes, ${PAIR_ORDER}), '{}')::text AS caps
    FROM cut
   WHERE pref <= coalesce(first_uncapped, 'Infinity'::float8)`;

/** A fulfiller as ReplayFulfiller, from kind `kind`, retailer `retailer` and km `km`. */
const FULFILLER = (kind: string, retailer: string, km: string) =>
  `jsonb_build_object('kind', ${kind}, 'retailerName', (SELECT name FROM retailers WHERE id = ${retailer}), 'distanceKm', round(${km}::numeric, 1)::float8)`;

/** AwardFigures over `compared` for one side (`side`: actual or replayed). */
const FIGURES = (side: string) => `jsonb_build_object(
    'toRetailers', count(*) FILTER (WHERE ${side}_retailer IS NOT NULL),
    'toChosenDealers', count(*) FILTER (WHERE ${side}_retailer = chosen_retailer_id),
    'toManufacturer', count(*) FILTER (WHERE ${side}_retailer IS NULL),
    'meanKm', round(avg(${side}_km)::numeric, 1)::float8,
    'maxKm', round(max(${side}_km)::numeric, 1)::float8,
    'kmSaved', round(coalesce(sum(warehouse_km - ${side}_km), 0)::numeric, 1)::float8)`;

// nearfill_distance_km is not strict (a missing point is not null to it): the CASEs keep absent places null.

/**
 * The replay's figures: the period's awards as they were against the policy's winners (orders $4, bids $5: the
 * rule's choice; an order not among them goes to its manufacturer), with up to $6 changed orders as examples,
 * lowest order number first. One row: orders, changed, actual, replayed, examples (ReplayResult's shape).
 */
export const REPLAY_FIGURES = `
  WITH ${PERIOD}, won AS (
    SELECT * FROM unnest($4::uuid[], $5::uuid[]) AS w (order_id, bid_id)
  ), compared AS MATERIALIZED (
    SELECT o.number, o.chosen_retailer_id, p.bid_id AS actual_bid, p.retailer_id AS actual_retailer,
           CASE WHEN p.kind = 'retailer' THEN p.distance_km END AS actual_km,
           w.bid_id AS replayed_bid, b.retailer_id AS replayed_retailer,
           CASE WHEN l.id IS NOT NULL THEN nearfill_distance_km(o.ship_lat, o.ship_lng, l.lat, l.lng) END AS replayed_km,
           CASE WHEN s.warehouse_lat IS NOT NULL AND s.warehouse_lng IS NOT NULL
                THEN nearfill_distance_km(s.warehouse_lat, s.warehouse_lng, o.ship_lat, o.ship_lng) END AS warehouse_km
      FROM period p
      JOIN orders o ON o.id = p.order_id
      JOIN stores s ON s.id = o.store_id
      LEFT JOIN won w ON w.order_id = p.order_id
      LEFT JOIN bids b ON b.id = w.bid_id
      LEFT JOIN retailer_locations l ON l.id = b.location_id
  )
  SELECT count(*)::int AS orders,
         count(*) FILTER (WHERE actual_bid IS DISTINCT FROM replayed_bid)::int AS changed,
         ${FIGURES('actual')} AS actual,
         ${FIGURES('replayed')} AS replayed,
         (SELECT coalesce(jsonb_agg(e), '[]'::jsonb) FROM (
            SELECT c.number::text AS "orderNumber",
                   ${FULFILLER("CASE WHEN c.actual_retailer IS NULL THEN 'manufacturer' ELSE 'retailer' END", 'c.actual_retailer', 'c.actual_km')} AS actual,
                   ${FULFILLER("CASE WHEN c.replayed_retailer IS NULL THEN 'manufacturer' ELSE 'retailer' END", 'c.replayed_retailer', 'c.replayed_km')} AS replayed
              FROM compared c WHERE c.actual_bid IS DISTINCT FROM c.replayed_bid ORDER BY c.number LIMIT $6) e) AS examples
    FROM compared`;
