import { BID_PREFERENCE, CHOSEN, PAIR_ORDER } from './award-rule';
import { LOCAL_DAY, TAKEN_ON_DAY } from './capacity.sql';

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
 * One row: the last id locked (null when none was), and the locked ids with their shipping latitudes,
 * longitudes and chosen dealers as four array literals in ascending id order, which AWARD_BATCH takes back as they are.
 * As text, the app passes them on without building an object and a string per order (a few thousand
 * per batch, a million a night; bench/resolver's peak RSS).
 */
export const lockBatch = (skipLocked: boolean) => `
  WITH locked AS (
    SELECT o.id, o.ship_lat, o.ship_lng, o.chosen_retailer_id FROM board_orders p JOIN orders o ON o.id = p.order_id
     WHERE ${DUE_IN_PART} AND o.status = 'posted'
     ORDER BY p.order_id LIMIT $6 FOR UPDATE OF o${skipLocked ? ' SKIP LOCKED' : ''}
  )
  SELECT ids[cardinality(ids)] AS last_id, ids::text AS ids, lats::text AS ship_lats, lngs::text AS ship_lngs, chosen::text AS chosen
    FROM (SELECT array_agg(id ORDER BY id) AS ids, array_agg(ship_lat ORDER BY id) AS lats,
                 array_agg(ship_lng ORDER BY id) AS lngs, array_agg(chosen_retailer_id ORDER BY id) AS chosen
            FROM locked) batch`;

/**
 * Whether order `order` (shipping to `lat`, `lng`) has an open bid nearer than `km`: a winner that is not the
 * customer's choice and has one was reached past a full location, so it is not "the nearest dealer".
 */
export const NEARER_BID = (order: string, lat: string, lng: string, km: string) => `EXISTS (
  SELECT 1 FROM bids nb JOIN retailer_locations nl ON nl.id = nb.location_id
   WHERE nb.order_id = ${order} AND nb.status = 'open' AND nearfill_distance_km(${lat}, ${lng}, nl.lat, nl.lng) < ${km})`;

/**
 * Why the fulfiller got the order, in the customer's words; `chosen`, the retailer's `name`, `km` and `nearer`
 * (whether NEARER_BID holds) are SQL. Never another dealer's name nor a capacity figure: the customer reads it.
 */
const AWARD_REASON = (chosen: string, name: string, km: string, nearer: string) => `
  CASE WHEN ${chosen} THEN 'You chose ' || ${name} || '; ' || ${name} || ' confirmed it has it in stock'
       WHEN ${nearer} THEN 'The nearest dealer who confirmed they had it in stock and could take more orders that day, ' || round(${km}::numeric, 1) || ' km away'
       ELSE 'The nearest dealer who confirmed they had it in stock, ' || round(${km}::numeric, 1) || ' km away' END`;

/**
 * Why the manufacturer (SQL `maker`, its name) ships an order that dealers bid on, none with capacity left that day:
 * not "no retailer bid", which the customer would read as untrue; never who bid nor a capacity figure.
 */
export const NO_CAPACITY_REASON = (maker: string) =>
  `'The dealers who bid could take no more orders that day, so ' || ${maker} || ' ships it itself'`;

/**
 * The decision for the orders in \`batch\` (all of manufacturer \`maker\`, ids from \`first\` to \`last\`, with
 * their chosen dealer) in run \`run\`: the most preferred open bid (BID_PREFERENCE); no bid means the
 * manufacturer ships it. Bids at locations the run found capped are not this step's: the run's capacity step
 * (resolution-capacity.ts) has awarded what they win, so here they are passed over (\`planned\` adds back the
 * bids a dry run's capacity step would have awarded). The batch's bids are one range of
 * bids_open_by_manufacturer, which holds all the decision reads: one index scan for the batch, not a lookup
 * per order. The range's bids meet their locations on their own (bid_points, materialized) because there the
 * planner knows how many bids the range holds: joined with the batch first, it guessed a few hundred rows and
 * looked each location up in its index (three lookups an order), where one pass over the locations in a
 * hash does the same for a fraction of the work (bench/resolver).
 * The range holds every open bid of the batch's orders, capped or not, so whether one is nearer than the
 * winner (NEARER_BID) is read from it too: the nearest of each order's bids, a window over the rows already
 * there, where NEARER_BID looked each order's bids up again (most of the batch's work in bench/resolver).
 * An award counts on its location's local day at the run's cutoff (\`cutoff\`).
 */
const decide = (maker: string, first: string, last: string, run: string, cutoff: string, planned = false) => `
  bid_points AS MATERIALIZED (
    SELECT b.order_id, b.id, b.retailer_id, b.location_id, b.placed_at, l.lat, l.lng, l.time_zone,
           c.location_id IS NULL
           ${planned ? `OR EXISTS (SELECT 1 FROM resolution_planned_awards pa WHERE pa.run_id = ${run} AND pa.order_id = b.order_id AND pa.bid_id = b.id)` : ''}
             AS eligible
      FROM bids b
      JOIN retailer_locations l ON l.id = b.location_id
      LEFT JOIN resolution_caps c ON c.run_id = ${run} AND c.location_id = b.location_id
     WHERE b.manufacturer_id = ${maker} AND b.order_id BETWEEN ${first} AND ${last} AND b.status = 'open'
  ), scored AS (
    SELECT b.order_id, b.id, b.retailer_id, b.location_id, b.placed_at, b.time_zone, b.eligible, ${CHOSEN()} AS chosen,
           nearfill_distance_km(o.ship_lat, o.ship_lng, b.lat, b.lng) AS distance_km,
           min(nearfill_distance_km(o.ship_lat, o.ship_lng, b.lat, b.lng)) OVER (PARTITION BY b.order_id) AS nearest_km
      FROM bid_points b
      JOIN batch o ON o.id = b.order_id
  ), preferred AS (
    -- Each order's first bid: the most preferred eligible one, which wins; if none is eligible, an ineligible one,
    -- which only says that dealers bid but had no capacity left.
    SELECT DISTINCT ON (b.order_id) b.order_id, b.id AS bid_id, b.retailer_id, b.location_id, b.time_zone, b.chosen,
           b.distance_km, b.nearest_km, b.eligible
      FROM scored b
     ORDER BY b.order_id, b.eligible DESC, ${BID_PREFERENCE('b.distance_km', 'b.chosen')}
  ), winner AS (
    SELECT * FROM preferred WHERE eligible
  ), decided AS (
    SELECT o.id AS order_id, w.bid_id, w.retailer_id, w.location_id, w.distance_km,
           (CASE WHEN w.bid_id IS NULL THEN 'manufacturer' ELSE 'retailer' END)::award_kind AS kind,
           CASE WHEN w.bid_id IS NOT NULL
                  THEN ${AWARD_REASON('w.chosen', '(SELECT r.name FROM retailers r WHERE r.id = w.retailer_id)', 'w.distance_km', 'w.nearest_km < w.distance_km')}
                WHEN p.order_id IS NOT NULL THEN ${NO_CAPACITY_REASON('m.name')}
                ELSE 'No retailer bid on it, so ' || m.name || ' ships it itself'
           END AS reason,
           ${LOCAL_DAY('w.time_zone', cutoff)} AS local_day
      FROM batch o
      JOIN manufacturers m ON m.id = o.manufacturer_id
      LEFT JOIN preferred p ON p.order_id = o.id
      LEFT JOIN winner w ON w.order_id = o.id
  )`;

const TOTALS = `
  count(*)::int AS decided,
  count(*) FILTER (WHERE kind = 'retailer')::int AS retailer,
  coalesce(sum(distance_km), 0)::float8 AS total_km,
  max(distance_km)::float8 AS max_km`;

/**
 * Writes the awards of \`decided\` for run \`run\` and moves their orders on (only from 'posted'; the statement's
 * trigger then deletes their board_orders rows), then answers the totals.
 * Nothing more is written per order: the award is the order's history entry, a bid's outcome and why it
 * lost are read from it (BID_STATUS, LOST_REASON), and the e-mails and webhooks go to the outbox as one
 * \`batch\` row (announceAwards writes them when it is delivered).
 */
const writeAwards = (run: string) => `
  awarded AS (
    INSERT INTO awards (order_id, kind, retailer_id, location_id, bid_id, distance_km, run_id, reason, local_day)
    SELECT order_id, kind, retailer_id, location_id, bid_id, distance_km, ${run}, reason, local_day FROM decided
    RETURNING order_id, kind, distance_km
  ), moved AS (
    UPDATE orders o
       SET status = (CASE WHEN a.kind = 'retailer' THEN 'awarded_retailer' ELSE 'awarded_manufacturer' END)::order_status
      FROM awarded a
     WHERE o.id = a.order_id AND o.status = 'posted'
    RETURNING o.id
  ), announced AS (
    INSERT INTO notifications (channel, event, payload)
    SELECT 'batch', 'order.awarded', jsonb_build_object('runId', ${run}, 'orderIds', jsonb_agg(id)) FROM moved HAVING count(*) > 0
  )
  SELECT ${TOTALS} FROM awarded`;

const FIRST_LOCKED = '($1::uuid[])[1]';
const LAST_LOCKED = '($1::uuid[])[cardinality($1::uuid[])]';

/**
 * Awards the locked orders $1 (ascending ids, all of manufacturer $3, shipping to latitudes $4 and
 * longitudes $5, chosen dealers $6: the array literals of lockBatch) for run $2 with cutoff $7 in one statement.
 * The lock and the 'posted' check leave no order with an award already; the unique index would fail the
 * batch rather than let a second live award in.
 * It runs after the lock statement, so its snapshot sees every bid committed before the lock was taken.
 */
export const AWARD_BATCH = `
  WITH batch AS MATERIALIZED (
    SELECT id, $3::uuid AS manufacturer_id, ship_lat, ship_lng, chosen_retailer_id
      FROM unnest($1::uuid[], $4::float8[], $5::float8[], $6::uuid[]) AS locked (id, ship_lat, ship_lng, chosen_retailer_id)
  ), ${decide('$3::uuid', FIRST_LOCKED, LAST_LOCKED, '$2::uuid', '$7::timestamptz')},
  ${writeAwards('$2::uuid')}`;

const FIRST_IN_BATCH = '(SELECT id FROM batch ORDER BY id LIMIT 1)';
const LAST_IN_BATCH = '(SELECT id FROM batch ORDER BY id DESC LIMIT 1)';

/**
 * A dry run's batch: the same decision, read without locks or writes, with a few examples. Parameters as
 * DUE_IN_PART + $6 size, $7 sample size, $8 run id.
 */
export const PREVIEW_BATCH = `
  WITH batch AS MATERIALIZED (
    SELECT p.order_id AS id, p.manufacturer_id, p.ship_lat, p.ship_lng, o.chosen_retailer_id
      FROM board_orders p JOIN orders o ON o.id = p.order_id
     WHERE ${DUE_IN_PART} ORDER BY p.order_id LIMIT $6
  ), ${decide('$1', FIRST_IN_BATCH, LAST_IN_BATCH, '$8::uuid', '$2::timestamptz', true)}
  SELECT ${TOTALS},
         ${LAST_IN_BATCH} AS last_id,
         (SELECT coalesce(jsonb_agg(s), '[]'::jsonb) FROM (
            SELECT o.number::text AS "orderNumber", d.kind, r.name AS "retailerName",
                   round(d.distance_km::numeric, 1)::float8 AS "distanceKm", d.reason
              FROM decided d JOIN orders o ON o.id = d.order_id LEFT JOIN retailers r ON r.id = d.retailer_id
             ORDER BY o.number LIMIT $7) s) AS sample
    FROM decided`;

/**
 * The capped locations run $1 (cutoff $2) finds: each with the local day at the cutoff and the awards it can
 * still take that day (its capacity less TAKEN_ON_DAY, never below 0). Returns them.
 */
export const RECORD_CAPS = `
  INSERT INTO resolution_caps (run_id, location_id, local_day, remaining)
  SELECT $1, l.id, d.day, greatest(l.daily_capacity - ${TAKEN_ON_DAY('l.id', 'l.time_zone', 'd.day')}, 0)
    FROM retailer_locations l
   CROSS JOIN LATERAL (SELECT ${LOCAL_DAY('l.time_zone', '$2::timestamptz')} AS day) d
   WHERE l.daily_capacity IS NOT NULL
  RETURNING location_id, remaining`;

/**
 * The candidate pairs capacity decides in run $1 (cutoff $2, manufacturer $3 or all): of each due posted order
 * with an open bid at one of the run's capped locations, its pairs at capped locations that it prefers to its
 * first bid at an uncapped location (any after that one can never win, since that one always can). As three
 * array literals, in the rule's order: BID_PREFERENCE, then the lower order number. Read without locks: of
 * these orders only the winners are locked (LOCK_WINNERS), as only they are written.
 */
export const CAPPED_PAIRS = `
  WITH candidate AS (
    SELECT DISTINCT b.order_id
      FROM resolution_caps c
      JOIN bids b ON b.location_id = c.location_id AND b.status = 'open'
      JOIN board_orders p ON p.order_id = b.order_id
     WHERE c.run_id = $1 AND p.resolves_at <= $2 AND ($3::uuid IS NULL OR p.manufacturer_id = $3)
  ), ranked AS (
    SELECT o.id AS order_id, o.number, b.id AS bid_id, b.location_id, b.placed_at, b.retailer_id,
           c.location_id IS NOT NULL AS capped, ${CHOSEN()} AS chosen,
           nearfill_distance_km(o.ship_lat, o.ship_lng, l.lat, l.lng) AS km,
           row_number() OVER (PARTITION BY o.id ORDER BY ${BID_PREFERENCE('nearfill_distance_km(o.ship_lat, o.ship_lng, l.lat, l.lng)', CHOSEN())}) AS pref
      FROM candidate
      JOIN orders o ON o.id = candidate.order_id AND o.status = 'posted'
      JOIN bids b ON b.order_id = o.id AND b.status = 'open'
      JOIN retailer_locations l ON l.id = b.location_id
      LEFT JOIN resolution_caps c ON c.run_id = $1 AND c.location_id = b.location_id
  ), cut AS (
    SELECT *, min(pref) FILTER (WHERE NOT capped) OVER (PARTITION BY order_id) AS first_uncapped FROM ranked
  )
  SELECT coalesce(array_agg(order_id ORDER BY ${PAIR_ORDER}), '{}')::text AS order_ids,
         coalesce(array_agg(bid_id ORDER BY ${PAIR_ORDER}), '{}')::text AS bid_ids,
         coalesce(array_agg(location_id ORDER BY ${PAIR_ORDER}), '{}')::text AS location_ids
    FROM cut
   WHERE capped AND pref < coalesce(first_uncapped, 'Infinity'::float8)`;

/**
 * Locks the capacity step's winners $1 (an array literal) that are still posted, waiting for other runs'
 * batches; answers how many. Fewer than were sent means one was decided meanwhile (only a cap changed between
 * two runs' capacity steps allows it), and the step starts again.
 */
export const LOCK_WINNERS = `
  SELECT count(*)::int AS locked FROM (
    SELECT o.id FROM orders o WHERE o.id = ANY($1::uuid[]) AND o.status = 'posted' ORDER BY o.id FOR UPDATE) winner`;

/**
 * Awards orders $1 to bids $4 (array literals, the capacity step's winners) for run $2 with cutoff $3, as
 * AWARD_BATCH does. The orders are locked by LOCK_WINNERS. Whether a bid nearer than the winner was passed by
 * (NEARER_BID) is read as each order's nearest open bid, for all winners in one join, where NEARER_BID looked
 * each winner's bids up on its own (a third of this statement's time in bench/resolver, and the costliest
 * plans' compilation on top).
 */
export const AWARD_CAPPED = `
  WITH nearest AS (
    SELECT o.id AS order_id, min(nearfill_distance_km(o.ship_lat, o.ship_lng, nl.lat, nl.lng)) AS km
      FROM orders o
      JOIN bids nb ON nb.manufacturer_id = o.manufacturer_id AND nb.order_id = o.id AND nb.status = 'open'
      JOIN retailer_locations nl ON nl.id = nb.location_id
     WHERE o.id = ANY($1::uuid[])
     GROUP BY o.id
  ), decided AS (
    SELECT w.order_id, b.id AS bid_id, b.retailer_id, b.location_id, d.km AS distance_km, 'retailer'::award_kind AS kind,
           ${AWARD_REASON(CHOSEN(), 'r.name', 'd.km', 'n.km < d.km')} AS reason,
           ${LOCAL_DAY('l.time_zone', '$3::timestamptz')} AS local_day
      FROM unnest($1::uuid[], $4::uuid[]) AS w (order_id, bid_id)
      JOIN orders o ON o.id = w.order_id
      JOIN bids b ON b.id = w.bid_id
      JOIN retailers r ON r.id = b.retailer_id
      JOIN retailer_locations l ON l.id = b.location_id
      JOIN nearest n ON n.order_id = w.order_id
     CROSS JOIN LATERAL (SELECT nearfill_distance_km(o.ship_lat, o.ship_lng, l.lat, l.lng) AS km) d
  ), ${writeAwards('$2::uuid')}`;

/** Keeps a dry run's capacity winners (orders $2, bids $3, array literals) for its batches to read. */
export const PLAN_CAPPED = `
  INSERT INTO resolution_planned_awards (run_id, order_id, bid_id) SELECT $1, * FROM unnest($2::uuid[], $3::uuid[])`;

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

/** Adds the capacity step's awards ($2 decided, $3 to a retailer, $4 km in all, $5 the longest) to run $1's figures. */
export const COUNT_CAPPED = `
  UPDATE resolution_runs
     SET considered = considered + $2, awarded_retailer = awarded_retailer + $3,
         total_distance_km = total_distance_km + $4, max_distance_km = greatest(max_distance_km, $5)
   WHERE id = $1`;
