/**
 * Lower edges of the distance bins, in km: 1 km wide up to 10 km, then wider as distances grow (a median of 4 km
 * wants finer bins than one of 800 km). Bin n (1-based, as SQL width_bucket numbers them) holds [EDGES[n-1], EDGES[n]);
 * the last one is open-ended. Changing them needs a full refresh of every store.
 */
export const DISTANCE_BIN_EDGES_KM: readonly number[] = [
  ...range(0, 10, 1),
  ...range(10, 50, 2),
  ...range(50, 100, 5),
  ...range(100, 300, 10),
  ...range(300, 1000, 25),
  ...range(1000, 3000, 100),
  ...range(3000, 5000, 250),
  5000,
];

function range(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) }, (_, i) => from + i * step);
}

/** The summary tables that also keep whole months, summed from their day rows (their key columns, then their counts). */
const MONTHLY_COLUMNS = {
  insight_distance_bins: { keys: ['bin'], counts: ['fulfiller_orders', 'warehouse_orders'] },
  insight_dealer_days: {
    keys: ['retailer_id'],
    counts: ['awards', 'bids', 'bids_won', 'chosen', 'shipped', 'ship_seconds', 'due', 'late', 'declines', 'returns', 'ratings', 'stars'],
  },
} as const;
const MONTHLY = Object.keys(MONTHLY_COLUMNS) as (keyof typeof MONTHLY_COLUMNS)[];

/** Writes the month rows of store $1 from the month of day $2 on, from its day rows (all of them already written). */
export const WRITE_MONTHS = MONTHLY.map((table) => {
  const { keys, counts } = MONTHLY_COLUMNS[table];
  const columns = [...keys, ...counts].join(', ');
  return `INSERT INTO ${table} (store_id, span, currency, day, ${columns})
    SELECT store_id, 'month', currency, date_trunc('month', day)::date, ${keys.join(', ')}, ${counts.map((c) => `sum(${c})`).join(', ')}
      FROM ${table} WHERE store_id = $1 AND span = 'day' AND day >= date_trunc('month', $2::date)
     GROUP BY store_id, currency, date_trunc('month', day), ${keys.join(', ')}`;
});

/**
 * The summary rows a read of [from, to) takes: the whole months inside it from month rows, the days before and after
 * them from day rows, so each day counts once and a year reads 12 rows per key instead of 365. Returns the SQL
 * condition on `span` and `day` with the four dates it needs as parameters $n…$n+3 (from, to, and the whole months'
 * [start, end), empty when there is none), and those dates.
 */
export function coverage(from: string, to: string, n: number): { sql: string; params: string[] } {
  const first = new Date(`${from.slice(0, 10)}T00:00:00Z`);
  if (first.getUTCDate() !== 1) first.setUTCMonth(first.getUTCMonth() + 1, 1);
  const end = new Date(`${to.slice(0, 10)}T00:00:00Z`);
  end.setUTCDate(1);
  const [monthsFrom, monthsTo] = first < end ? [first, end].map((at) => at.toISOString().slice(0, 10)) : [to, to];
  const [f, t, a, b] = [0, 1, 2, 3].map((i) => `$${n + i}::date`);
  return {
    sql: `((span = 'month' AND day >= ${a} AND day < ${b}) OR (span = 'day' AND ((day >= ${f} AND day < LEAST(${a}, ${t})) OR (day >= ${b} AND day < ${t}))))`,
    params: [from, to, monthsFrom, monthsTo],
  };
}

/**
 * One row per order of store $1 placed on or after $2 (UTC): who fulfils it now, the fulfiller's and the
 * warehouse's great-circle distance to the customer, and its clocks. Left out: orders never paid (awaiting payment,
 * expired) and orders cancelled before anyone was assigned (no sale to fulfil).
 * - the fulfiller: a pickup order is "pickup" (or "ship_to_store" once the manufacturer ships it to the store),
 *   otherwise the live award's kind; no live award yet is "unassigned";
 * - the fulfiller's point: the pickup store, the dealer's location, or the warehouse; no distance for military mail
 *   or while the store has no warehouse coordinates.
 */
export const ORDER_FACTS = `
  CREATE TEMP TABLE insight_order_facts ON COMMIT DROP AS
  SELECT o.id, o.currency, (o.created_at AT TIME ZONE 'UTC')::date AS day, o.chosen_retailer_id,
         CASE WHEN p.order_id IS NOT NULL AND p.ship_to_store_at IS NOT NULL THEN 'ship_to_store'
              WHEN p.order_id IS NOT NULL THEN 'pickup'
              WHEN a.kind = 'retailer' THEN 'dealer'
              WHEN a.kind = 'manufacturer' THEN 'manufacturer'
              ELSE 'unassigned' END AS fulfiller,
         CASE WHEN o.ship_lat IS NULL OR s.warehouse_lat IS NULL OR a.id IS NULL THEN NULL
              WHEN p.order_id IS NOT NULL THEN nearfill_distance_km(pl.lat, pl.lng, o.ship_lat, o.ship_lng)
              WHEN a.kind = 'retailer' THEN nearfill_distance_km(l.lat, l.lng, o.ship_lat, o.ship_lng)
              ELSE nearfill_distance_km(s.warehouse_lat, s.warehouse_lng, o.ship_lat, o.ship_lng) END AS fulfiller_km,
         nearfill_distance_km(s.warehouse_lat, s.warehouse_lng, o.ship_lat, o.ship_lng) AS warehouse_km,
         EXTRACT(EPOCH FROM sh.shipped_at - o.created_at)::float8 AS ship_seconds,
         EXTRACT(EPOCH FROM COALESCE(sh.delivered_at, p.picked_up_at) - o.created_at)::float8 AS deliver_seconds,
         (SELECT count(*) FROM awards d WHERE d.order_id = o.id AND d.superseded_by = 'declined')::int AS declines,
         EXISTS (SELECT 1 FROM awards d WHERE d.order_id = o.id AND d.superseded_at IS NOT NULL) AS rerouted,
         r.stars
    FROM orders o
    JOIN stores s ON s.id = o.store_id
    LEFT JOIN awards a ON a.order_id = o.id AND a.superseded_at IS NULL
    LEFT JOIN retailer_locations l ON l.id = a.location_id
    LEFT JOIN pickups p ON p.order_id = o.id
    LEFT JOIN retailer_locations pl ON pl.id = p.location_id
    LEFT JOIN shipments sh ON sh.order_id = o.id
    LEFT JOIN ratings r ON r.order_id = o.id
   WHERE o.store_id = $1 AND o.created_at >= $2
     AND o.status NOT IN ('awaiting_payment', 'expired')
     AND NOT (o.status = 'cancelled' AND a.id IS NULL)`;

/** Deletes the store's ($1) summary rows from day $2 on (month rows from its month on), before they are written again. */
export const CLEAR_SUMMARY = [
  `DELETE FROM insight_days WHERE store_id = $1 AND day >= $2::date`,
  ...MONTHLY.flatMap((table) => [
    `DELETE FROM ${table} WHERE store_id = $1 AND span = 'day' AND day >= $2::date`,
    `DELETE FROM ${table} WHERE store_id = $1 AND span = 'month' AND day >= date_trunc('month', $2::date)`,
  ]),
];

/** Orders per day, currency and fulfiller, with sums the report divides (distances only for measured orders). */
export const WRITE_DAYS = `
  INSERT INTO insight_days (store_id, currency, day, fulfiller, orders, measured, fulfiller_km, warehouse_km, shipped, ship_seconds,
                            delivered, deliver_seconds, declines, rerouted, ratings, stars)
  SELECT $1, currency, day, fulfiller, count(*), count(fulfiller_km), COALESCE(sum(fulfiller_km), 0),
         COALESCE(sum(warehouse_km) FILTER (WHERE fulfiller_km IS NOT NULL), 0),
         count(ship_seconds), COALESCE(sum(ship_seconds), 0), count(deliver_seconds), COALESCE(sum(deliver_seconds), 0),
         sum(declines), count(*) FILTER (WHERE rerouted), count(stars), COALESCE(sum(stars), 0)
    FROM insight_order_facts
   GROUP BY currency, day, fulfiller`;

/** Measured orders per distance bin ($2: the bin edges), for the fulfiller's distance and the warehouse's. */
export const WRITE_BINS = `
  INSERT INTO insight_distance_bins (store_id, span, currency, day, bin, fulfiller_orders, warehouse_orders)
  SELECT $1, 'day', currency, day, bin, sum(fulfiller), sum(warehouse)
    FROM (SELECT currency, day, width_bucket(fulfiller_km, $2::float8[]) AS bin, 1 AS fulfiller, 0 AS warehouse
            FROM insight_order_facts WHERE fulfiller_km IS NOT NULL
          UNION ALL
          SELECT currency, day, width_bucket(warehouse_km, $2::float8[]), 0, 1
            FROM insight_order_facts WHERE fulfiller_km IS NOT NULL) measured
   GROUP BY currency, day, bin`;

/**
 * The dealer table's counts per retailer, by the day its orders were placed:
 * - awards: every award it got (kept or later lost); declines: those it declined;
 * - bids and bids_won (a bid some award came from); chosen: orders whose customer chose it at checkout;
 * - shipped and ship_seconds: from its award to its shipment; due: its shipped awards and those taken away as
 *   overdue; late: of those, shipped after the store's ship-by days, or taken away as overdue;
 * - returns: return requests on orders it fulfilled that were not refused; ratings and stars.
 */
export const WRITE_DEALER_DAYS = `
  INSERT INTO insight_dealer_days (store_id, span, currency, day, retailer_id, awards, bids, bids_won, chosen, shipped, ship_seconds,
                                   due, late, declines, returns, ratings, stars)
  SELECT $1, 'day', currency, day, retailer_id, sum(awards), sum(bids), sum(bids_won), sum(chosen), sum(shipped), sum(ship_seconds),
         sum(due), sum(late), sum(declines), sum(returns), sum(ratings), sum(stars)
    FROM (
      SELECT f.currency, f.day, a.retailer_id, 1 AS awards, 0 AS bids, 0 AS bids_won, 0 AS chosen,
             (sh.id IS NOT NULL)::int AS shipped, COALESCE(EXTRACT(EPOCH FROM sh.shipped_at - a.created_at)::float8, 0) AS ship_seconds,
             COALESCE(sh.id IS NOT NULL OR a.superseded_by = 'overdue', false)::int AS due,
             COALESCE(a.superseded_by = 'overdue' OR sh.shipped_at > a.created_at + make_interval(days => s.ship_by_days), false)::int AS late,
             COALESCE(a.superseded_by = 'declined', false)::int AS declines, 0 AS returns, 0 AS ratings, 0 AS stars
        FROM insight_order_facts f
        JOIN awards a ON a.order_id = f.id AND a.retailer_id IS NOT NULL
        JOIN stores s ON s.id = $1
        LEFT JOIN shipments sh ON sh.award_id = a.id
      UNION ALL
      -- By the order's awards (indexed by order), not by bid id (not indexed).
      SELECT f.currency, f.day, b.retailer_id, 0, 1, EXISTS (SELECT 1 FROM awards w WHERE w.order_id = b.order_id AND w.bid_id = b.id)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0
        FROM insight_order_facts f JOIN bids b ON b.order_id = f.id
      UNION ALL
      SELECT f.currency, f.day, f.chosen_retailer_id, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0
        FROM insight_order_facts f WHERE f.chosen_retailer_id IS NOT NULL
      UNION ALL
      SELECT f.currency, f.day, rt.retailer_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0
        FROM insight_order_facts f JOIN returns rt ON rt.order_id = f.id
       WHERE rt.retailer_id IS NOT NULL AND rt.status <> 'refused'
      UNION ALL
      SELECT f.currency, f.day, r.retailer_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, r.stars
        FROM insight_order_facts f JOIN ratings r ON r.order_id = f.id
       WHERE r.retailer_id IS NOT NULL
    ) events
   GROUP BY currency, day, retailer_id`;
