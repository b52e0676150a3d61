/**
 * The resolver's SQL. The award is set-based: one statement decides and writes a whole batch, because a
 * round trip per order would make a million-order night take hours. Posted orders are read from
 * board_orders (alias \`p\`), which holds exactly those (kept by triggers on orders).
 */

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Splits the due orders of a run into parts of at most $3 orders per manufacturer, as id ranges that
 * together cover every id, so an order is in exactly one part of the run.
 * $1 cutoff, $2 manufacturer or null, $3 part size, $4 run id.
 */
export const PLAN_PARTS = `
  WITH due AS (
    SELECT manufacturer_id, order_id AS id,
           row_number() OVER (PARTITION BY manufacturer_id ORDER BY order_id) AS rn,
           count(*) OVER (PARTITION BY manufacturer_id) AS total
      FROM board_orders
     WHERE resolves_at <= $1 AND ($2::uuid IS NULL OR manufacturer_id = $2)
  ), starts AS (
    SELECT manufacturer_id, id, rn, total FROM due WHERE (rn - 1) % $3 = 0
  )
  INSERT INTO resolution_parts (run_id, manufacturer_id, from_id, to_id, planned)
  SELECT $4, manufacturer_id,
         CASE WHEN rn = 1 THEN '${FIRST_UUID}'::uuid ELSE id END,
         lead(id) OVER (PARTITION BY manufacturer_id ORDER BY id),
         least($3, total - rn + 1)
    FROM starts
  RETURNING id, planned`;

/** The part's due orders after the cursor. $1 manufacturer, $2 cutoff, $3 from, $4 to or null, $5 cursor or null. */
const DUE_IN_PART = `
  p.manufacturer_id = $1 AND p.resolves_at <= $2
  AND p.order_id >= $3 AND ($4::uuid IS NULL OR p.order_id < $4) AND ($5::uuid IS NULL OR p.order_id > $5)`;

/**
 * Locks the next batch ($6 orders). The first pass skips orders another transaction holds (a bid being
 * placed, another run's batch) so parallel runs share the work; the second pass waits for them. The
 * status is checked again on the locked row, in case another run awarded it meanwhile.
 * One row: the last id locked (null when none was), and the locked ids with their shipping latitudes and
 * longitudes as three array literals in ascending id order, which AWARD_BATCH takes back as they are.
 * As text, the app passes them on without building an object and a string per order (a few thousand
 * per batch, a million a night; bench/resolver's peak RSS).
 */
export const lockBatch = (skipLocked: boolean) => `
  WITH locked AS (
    SELECT o.id, o.ship_lat, o.ship_lng FROM board_orders p JOIN orders o ON o.id = p.order_id
     WHERE ${DUE_IN_PART} AND o.status = 'posted'
     ORDER BY p.order_id LIMIT $6 FOR UPDATE OF o${skipLocked ? ' SKIP LOCKED' : ''}
  )
  SELECT ids[cardinality(ids)] AS last_id, ids::text AS ids, lats::text AS ship_lats, lngs::text AS ship_lngs
    FROM (SELECT array_agg(id ORDER BY id) AS ids, array_agg(ship_lat ORDER BY id) AS lats,
                 array_agg(ship_lng ORDER BY id) AS lngs
            FROM locked) batch`;

/** The order of preference between the bids on one order, `distance` being the location's distance to it. */
export const BID_PREFERENCE = (distance: string) => `${distance}, b.placed_at, b.retailer_id`;

/**
 * The decision for the orders in \`batch\` (all of manufacturer \`maker\`, ids from \`first\` to \`last\`): the
 * open bid whose location is nearest the shipping point, ties to the earlier bid, then the lower retailer
 * id; no bid means the manufacturer ships it. The batch's bids are one range of bids_open_by_manufacturer,
 * which holds all the decision reads: one index scan for the batch, not a lookup per order.
 * The range's bids meet their locations on their own (bid_points, materialized) because there the planner
 * knows how many bids the range holds: joined with the batch first, it guessed a few hundred rows and
 * looked each location up in its index (three lookups an order), where one pass over the locations in a
 * hash does the same for a fraction of the work (bench/resolver).
 */
const decide = (maker: string, first: string, last: string) => `
  bid_points AS MATERIALIZED (
    SELECT b.order_id, b.id, b.retailer_id, b.location_id, b.placed_at, l.lat, l.lng
      FROM bids b
      JOIN retailer_locations l ON l.id = b.location_id
     WHERE b.manufacturer_id = ${maker} AND b.order_id BETWEEN ${first} AND ${last} AND b.status = 'open'
  ), winner AS (
    SELECT DISTINCT ON (b.order_id) b.order_id, b.id AS bid_id, b.retailer_id, b.location_id,
           nearfill_distance_km(o.ship_lat, o.ship_lng, b.lat, b.lng) AS distance_km
      FROM bid_points b
      JOIN batch o ON o.id = b.order_id
     ORDER BY b.order_id, ${BID_PREFERENCE('distance_km')}
  ), decided AS (
    SELECT o.id AS order_id, w.bid_id, w.retailer_id, w.location_id, w.distance_km,
           (CASE WHEN w.bid_id IS NULL THEN 'manufacturer' ELSE 'retailer' END)::award_kind AS kind,
           CASE WHEN w.bid_id IS NULL THEN 'No retailer bid on it, so ' || m.name || ' ships it itself'
                ELSE 'The nearest dealer who confirmed they had it in stock, ' || round(w.distance_km::numeric, 1) || ' km away'
           END AS reason
      FROM batch o
      JOIN manufacturers m ON m.id = o.manufacturer_id
      LEFT JOIN winner w ON w.order_id = o.id
  )`;

const TOTALS = `
  count(*)::int AS decided,
  count(*) FILTER (WHERE kind = 'retailer')::int AS retailer,
  coalesce(sum(distance_km), 0)::float8 AS total_km,
  max(distance_km)::float8 AS max_km`;

const FIRST_LOCKED = '($1::uuid[])[1]';
const LAST_LOCKED = '($1::uuid[])[cardinality($1::uuid[])]';

/**
 * Awards the locked orders $1 (ascending ids, all of manufacturer $3, shipping to latitudes $4 and
 * longitudes $5, the array literals of lockBatch) for run $2 in one statement: the award and the order's
 * status (only from 'posted'; a heap-only update, after which the statement's trigger deletes the batch's
 * board_orders rows).
 * The lock and the 'posted' check leave no order with an award already; the unique index would fail the
 * batch rather than let a second live award in. Nothing more is written per order: the award is the
 * order's history entry, a bid's outcome is read from it (BID_STATUS), and the batch's e-mails and
 * webhooks go to the outbox as one row (announceAwards writes them when it is delivered).
 * It runs after the lock statement, so its snapshot sees every bid committed before the lock was taken.
 */
export const AWARD_BATCH = `
  WITH batch AS MATERIALIZED (
    SELECT id, $3::uuid AS manufacturer_id, ship_lat, ship_lng
      FROM unnest($1::uuid[], $4::float8[], $5::float8[]) AS locked (id, ship_lat, ship_lng)
  ), ${decide('$3::uuid', FIRST_LOCKED, LAST_LOCKED)},
  awarded AS (
    INSERT INTO awards (order_id, kind, retailer_id, location_id, bid_id, distance_km, run_id, reason)
    SELECT order_id, kind, retailer_id, location_id, bid_id, distance_km, $2::uuid, reason FROM decided
    RETURNING order_id, kind, distance_km
  ), moved AS (
    UPDATE orders o
       SET status = (CASE WHEN a.kind = 'retailer' THEN 'awarded_retailer' ELSE 'awarded_manufacturer' END)::order_status
      FROM awarded a
     WHERE o.id = a.order_id AND o.status = 'posted'
    RETURNING o.id
  ), announced AS (
    INSERT INTO notifications (channel, event, payload)
    SELECT 'batch', 'order.awarded', jsonb_build_object('runId', $2::uuid, 'orderIds', jsonb_agg(id)) FROM moved HAVING count(*) > 0
  )
  SELECT ${TOTALS} FROM awarded`;

const FIRST_IN_BATCH = '(SELECT id FROM batch ORDER BY id LIMIT 1)';
const LAST_IN_BATCH = '(SELECT id FROM batch ORDER BY id DESC LIMIT 1)';

/** A dry run's batch: the same decision, read without locks or writes, with a few examples. Parameters as DUE_IN_PART + $6 size, $7 sample size. */
export const PREVIEW_BATCH = `
  WITH batch AS MATERIALIZED (
    SELECT p.order_id AS id, p.manufacturer_id, p.ship_lat, p.ship_lng FROM board_orders p WHERE ${DUE_IN_PART} ORDER BY p.order_id LIMIT $6
  ), ${decide('$1', FIRST_IN_BATCH, LAST_IN_BATCH)}
  SELECT ${TOTALS},
         ${LAST_IN_BATCH} AS last_id,
         (SELECT coalesce(jsonb_agg(s), '[]'::jsonb) FROM (
            SELECT o.number::text AS "orderNumber", d.kind, r.name AS "retailerName",
                   round(d.distance_km::numeric, 1)::float8 AS "distanceKm", d.reason
              FROM decided d JOIN orders o ON o.id = d.order_id LEFT JOIN retailers r ON r.id = d.retailer_id
             ORDER BY o.number LIMIT $7) s) AS sample
    FROM decided`;

/** Adds a batch's figures to its part and run, in the batch's transaction, so they count each order once. */
export const COUNT_BATCH = `
  WITH part AS (
    UPDATE resolution_parts SET cursor = $2, considered = considered + $3 WHERE id = $1 RETURNING run_id
  )
  UPDATE resolution_runs r
     SET considered = r.considered + $3,
         awarded_retailer = r.awarded_retailer + $4,
         awarded_manufacturer = r.awarded_manufacturer + $3 - $4,
         total_distance_km = r.total_distance_km + $5,
         max_distance_km = greatest(r.max_distance_km, $6),
         sample = CASE WHEN jsonb_array_length(r.sample) = 0 THEN coalesce($7::jsonb, '[]'::jsonb) ELSE r.sample END
    FROM part WHERE r.id = part.run_id`;
