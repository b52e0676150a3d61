// Resolver benchmark: `npm run bench:resolver` (builds first). Not part of `npm test`.
//
// On a scratch database it generates BENCH_ORDERS (default 1,000,000) due posted orders across 50
// manufacturers with three bids each (3,000,000) from 20,000 retailer locations, a daily capacity on 20% of the
// locations (30 to 130 awards, about 150 bids each) and a chosen dealer on 10% of the orders (half of them one
// of its bidders, half not). Then, BENCH_ROUNDS times
// (default 3), each round on a fresh file copy of that generated database, it times:
//   - two bare-SQL floors computing the same rule: one SELECT of the pairs capacity decides, the walk over them,
//     and one statement writing the same awards; the second floor's statement also moves their orders off the
//     board, as the run does (each rolled back; the faster of two; without the dealer-record counting trigger);
//   - a full real run through the app (parts, batches, awards, order status, the batches' outbox rows, the dealer
//     records its awards' trigger keeps), jobs in-process;
// and prints both and their ratio per round, the time the run's backends spent keeping dealer records (and whether
// those equal a recount), the CPU seconds each spent (this process and the server's
// backends, read from /proc: the server must run on this machine), and this process's peak RSS so far. BENCH_DATABASE_URL points at an
// admin database of the server to use (default postgres://postgres@127.0.0.1:5432/postgres); BENCH_DB_SUFFIX
// keeps two people benchmarking on one server apart; BENCH_REUSE_DATA=1 keeps the database a previous
// invocation generated when it has as many orders (generating a million orders takes minutes).
require('reflect-metadata');
const { readFileSync } = require('node:fs');
const { NestFactory } = require('@nestjs/core');
const { SchedulerRegistry } = require('@nestjs/schedule');
const { DataSource } = require('typeorm');
const { copyDatabase, createScratchDatabase, insertOrdersInBulk, scratchUrl, timed } = require('../scratch-database');
const { typeormOptions } = require('../../dist/src/database/typeorm-options');
const { allocateCapacity } = require('../../dist/src/resolution/award-rule');
const { NO_CAPACITY_REASON } = require('../../dist/src/resolution/resolution.sql');

const DATABASE = `nearfill_bench_resolver${process.env.BENCH_DB_SUFFIX ?? ''}`;
// Each round works on a copy of the generated database, so every round starts from the same data.
const ROUND_DATABASE = `${DATABASE}_round`;
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BIDS_PER_ORDER = 3;
const LOCATIONS = 20_000;
const MANUFACTURERS = 50;

async function generate(db) {
  await db.query(`INSERT INTO manufacturers (id, name)
    SELECT ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'Maker ' || g FROM generate_series(1, ${MANUFACTURERS}) g`);
  await db.query(`INSERT INTO stores (manufacturer_id, slug, name) SELECT id, 'maker-' || name, name FROM manufacturers`);
  await db.query(`INSERT INTO retailers (id, name)
    SELECT ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, 'Shop ' || g FROM generate_series(1, ${LOCATIONS}) g`);
  // One location per retailer, scattered over the contiguous US.
  await db.query(`INSERT INTO retailer_locations (id, retailer_id, name, line1, city, region, postal_code, country, lat, lng)
    SELECT ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid,
           'Shop', '1 Main St', 'Town', 'ST', '00000', 'US', 25 + random() * 24, -124 + random() * 57
      FROM generate_series(1, ${LOCATIONS}) g`);
  await insertOrdersInBulk(
    db,
    `INSERT INTO orders (manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name,
                         customer_email, ship_line1, ship_city, ship_region, ship_postal_code, ship_country,
                         ship_lat, ship_lng, tracking_token, posted_at, resolves_at)
    SELECT s.manufacturer_id, s.id, 'posted', 'USD', 15000, 12000, 'Customer', 'c@example.com', '1 Road', 'Town', 'ST', '00000', 'US',
           25 + random() * 24, -124 + random() * 57, md5(g::text), now() - interval '1 day', now() - interval '1 hour'
      FROM generate_series(1, ${ORDERS}) g
      JOIN (SELECT id, manufacturer_id, row_number() OVER (ORDER BY id) - 1 AS n FROM stores) s ON s.n = g % ${MANUFACTURERS}`,
  );
  // Three distinct retailers per order; placed_at on a coarse grid so ties on time happen.
  await db.query(`INSERT INTO bids (order_id, retailer_id, location_id, placed_at)
    SELECT o.id, ('00000000-0000-4000-9000-' || lpad(r::text, 12, '0'))::uuid, ('00000000-0000-4000-a000-' || lpad(r::text, 12, '0'))::uuid,
           now() - interval '20 hours' + (k * interval '1 minute')
      FROM (SELECT id, row_number() OVER () AS n FROM orders) o
      CROSS JOIN generate_series(0, ${BIDS_PER_ORDER - 1}) k
      CROSS JOIN LATERAL (SELECT 1 + ((o.n * 7919 + k * 6673) % ${LOCATIONS}) AS r) pick`);
  await db.query(`UPDATE retailer_locations SET daily_capacity = 30 + (n % 101)
    FROM (SELECT id AS lid, row_number() OVER (ORDER BY id) AS n FROM retailer_locations) l WHERE l.lid = id AND n % 5 = 0`);
  // The chosen dealer: its third bidder on every 20th order, a retailer that did not bid on every 20th after 10.
  await db.query(`UPDATE orders o SET chosen_retailer_id = CASE WHEN n % 20 = 0 THEN (SELECT b.retailer_id FROM bids b WHERE b.order_id = o.id ORDER BY b.placed_at DESC LIMIT 1)
                                                              ELSE ('00000000-0000-4000-9000-' || lpad((1 + n % ${LOCATIONS})::text, 12, '0'))::uuid END
    FROM (SELECT id AS oid, row_number() OVER (ORDER BY id) AS n FROM orders) x
   WHERE x.oid = o.id AND x.n % 10 = 0 AND NOT EXISTS (SELECT 1 FROM bids b WHERE b.order_id = o.id AND x.n % 20 = 10
                                                       AND b.retailer_id = ('00000000-0000-4000-9000-' || lpad((1 + x.n % ${LOCATIONS})::text, 12, '0'))::uuid)`);
  await db.query('VACUUM ANALYZE');
}

/** Neither timing pays for writes left by the step before it: they are flushed first (needs a superuser). */
async function settle(db) {
  await db.query('CHECKPOINT');
}

const CHOSEN = 'coalesce(b.retailer_id = o.chosen_retailer_id, false)';
const KM = 'nearfill_distance_km(o.ship_lat, o.ship_lng, l.lat, l.lng)';
const DUE = `o.status = 'posted' AND o.resolves_at <= now()`;

// The pairs the capacity walk decides, in the rule's order (README "The award rule"): of each due order with a bid
// at a capped location, its pairs at capped locations before its first bid at an uncapped one.
const BASELINE_PAIRS = `
  WITH ranked AS (
    SELECT o.id AS order_id, o.number, b.id AS bid_id, b.location_id, b.placed_at, b.retailer_id, l.daily_capacity IS NOT NULL AS capped,
           ${CHOSEN} AS chosen, ${KM} AS km,
           row_number() OVER (PARTITION BY o.id ORDER BY ${CHOSEN} DESC, ${KM}, b.placed_at, b.retailer_id) AS pref
      FROM orders o JOIN bids b ON b.order_id = o.id AND b.status = 'open' JOIN retailer_locations l ON l.id = b.location_id
     WHERE ${DUE} AND o.id IN (SELECT b.order_id FROM bids b JOIN retailer_locations l ON l.id = b.location_id WHERE l.daily_capacity IS NOT NULL AND b.status = 'open')
  ), cut AS (
    SELECT *, min(pref) FILTER (WHERE NOT capped) OVER (PARTITION BY order_id) AS first_uncapped FROM ranked
  )
  SELECT coalesce(array_agg(order_id ORDER BY chosen DESC, km, placed_at, retailer_id, number), '{}')::text AS order_ids,
         coalesce(array_agg(bid_id ORDER BY chosen DESC, km, placed_at, retailer_id, number), '{}')::text AS bid_ids,
         coalesce(array_agg(location_id ORDER BY chosen DESC, km, placed_at, retailer_id, number), '{}')::text AS location_ids,
         (SELECT coalesce(jsonb_object_agg(id, daily_capacity), '{}') FROM retailer_locations WHERE daily_capacity IS NOT NULL) AS caps
    FROM cut WHERE capped AND pref < coalesce(first_uncapped, 'Infinity'::float8)`;

// The same award rows the run writes (kind, bid, distance, run, reason and local day), in one statement: the walk's
// winners ($2, $3: order and bid ids), and for every other due order its most preferred bid at an uncapped location;
// whether a nearer bid was passed by is each order's nearest bid, a window over the bids already read, as the run
// reads it. An order none of whose bids is eligible goes to its manufacturer, with the note saying whether any
// dealer bid. $1 a run id.
const AWARDS_FLOOR = `
  WITH scored AS (
    SELECT b.order_id, b.id AS bid_id, b.retailer_id, b.location_id, b.placed_at, l.time_zone, ${CHOSEN} AS chosen, ${KM} AS distance_km,
           coalesce(won.bid_id = b.id, l.daily_capacity IS NULL) AS eligible,
           min(${KM}) OVER (PARTITION BY b.order_id) AS nearest_km
      FROM orders o
      JOIN bids b ON b.order_id = o.id AND b.status = 'open'
      JOIN retailer_locations l ON l.id = b.location_id
      LEFT JOIN unnest($2::uuid[], $3::uuid[]) AS won (order_id, bid_id) ON won.order_id = o.id
     WHERE ${DUE}
  ), preferred AS (
    SELECT DISTINCT ON (order_id) * FROM scored ORDER BY order_id, eligible DESC, chosen DESC, distance_km, placed_at, retailer_id
  )
  INSERT INTO awards (order_id, kind, retailer_id, location_id, bid_id, distance_km, run_id, reason, local_day)
  SELECT o.id, CASE WHEN w.eligible THEN 'retailer' ELSE 'manufacturer' END::award_kind,
         w.retailer_id, w.location_id, w.bid_id, w.distance_km, $1,
         CASE WHEN w.order_id IS NULL THEN 'No retailer bid on it, so ' || m.name || ' ships it itself'
              WHEN NOT w.eligible THEN ${NO_CAPACITY_REASON('m.name')}
              WHEN w.chosen THEN 'You chose ' || r.name || '; ' || r.name || ' confirmed it has it in stock'
              WHEN w.nearest_km < w.distance_km
                THEN 'The nearest dealer who confirmed they had it in stock and could take more orders that day, ' || round(w.distance_km::numeric, 1) || ' km away'
              ELSE 'The nearest dealer who confirmed they had it in stock, ' || round(w.distance_km::numeric, 1) || ' km away' END,
         timezone(w.time_zone, now())::date
    FROM orders o
    JOIN manufacturers m ON m.id = o.manufacturer_id
    LEFT JOIN (SELECT p.order_id, p.eligible, p.chosen, p.time_zone, p.nearest_km,
                      CASE WHEN p.eligible THEN p.bid_id END AS bid_id, CASE WHEN p.eligible THEN p.retailer_id END AS retailer_id,
                      CASE WHEN p.eligible THEN p.location_id END AS location_id, CASE WHEN p.eligible THEN p.distance_km END AS distance_km
                 FROM preferred p) w ON w.order_id = o.id
    LEFT JOIN retailers r ON r.id = w.retailer_id
   WHERE ${DUE}`;

// AWARDS_FLOOR and the same move of each order off the board as the run makes (its status, and so the board_orders
// row its trigger deletes), in one statement. Without it the floor leaves every order on the board.
const MOVED_FLOOR = `
  WITH awarded AS (${AWARDS_FLOOR} RETURNING order_id, kind)
  UPDATE orders o
     SET status = (CASE WHEN a.kind = 'retailer' THEN 'awarded_retailer' ELSE 'awarded_manufacturer' END)::order_status
    FROM awarded a
   WHERE o.id = a.order_id`;

// What the awards say (order, bid, kind, note, local day), in one value: the floors' and the run's must be equal.
const AWARDS_FINGERPRINT = `count(*) || ':' || sum(hashtext(concat_ws('|', order_id, bid_id, kind, reason, local_day))::bigint)`;

/**
 * The dealer records' totals as the triggers kept them, and whether they equal a recount from the awards and orders
 * (awards to retailers, orders with a chosen dealer, and those its bid won).
 */
const DEALER_RECORDS_KEPT = `
  WITH kept AS (SELECT sum(awards)::int AS awards, sum(chosen)::int AS chosen, sum(chosen_won)::int AS won FROM dealer_record_counts),
  recounted AS (
    SELECT (SELECT count(*) FROM awards WHERE kind = 'retailer')::int AS awards,
           count(*)::int AS chosen,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM awards a WHERE a.order_id = o.id AND a.retailer_id = o.chosen_retailer_id
                                            AND a.bid_id IS NOT NULL))::int AS won
      FROM orders o WHERE o.chosen_retailer_id IS NOT NULL)
  SELECT kept.*, (kept.awards, kept.chosen, kept.won) = (recounted.awards, recounted.chosen, recounted.won) AS same FROM kept, recounted`;

/** The two floors: the awards alone, and the awards with their orders moved on (what the run writes). */
const FLOORS = [
  { name: 'awards', sql: AWARDS_FLOOR, what: 'the pairs, the walk, one INSERT … SELECT DISTINCT ON' },
  { name: 'awards + orders moved', sql: MOVED_FLOOR, what: "the pairs, the walk, the INSERT and its orders' UPDATE in one statement" },
];

const fromArray = (text) => (text.length > 2 ? text.slice(1, -1).split(',') : []);

/** CPU seconds (user + system) each of these processes has used so far; a process gone since counts 0. */
function cpuSeconds(pids) {
  const ticksPerSecond = 100;
  return new Map(
    pids.map((pid) => {
      try {
        // Fields after the command name (which ends at the last ')'): utime and stime are the 12th and 13th.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return [pid, (Number(fields[11]) + Number(fields[12])) / ticksPerSecond];
      } catch {
        return [pid, 0];
      }
    }),
  );
}

/** The server processes serving `database` now, but `except` (a monitoring connection's own). */
async function backendsOf(db, database, except) {
  const rows = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> $2`, [database, except]);
  return rows.map((row) => row.pid);
}

/** A bare-SQL floor on `db`, rolled back; the faster of two timings (one varies by a third here), in seconds. */
async function timeBaseline(db, floor) {
  const timings = [];
  let cpu = Infinity;
  let fingerprint;
  for (const attempt of [1, 2]) {
    timings.push(
      await timed(`floor "${floor.name}", attempt ${attempt} (${floor.what}; rolled back)`, () =>
        db
          .transaction(async (manager) => {
            const [{ id: runId, pid }] = await manager.query(
              `INSERT INTO resolution_runs (trigger, cutoff) VALUES ('cli', now()) RETURNING id, pg_backend_pid() AS pid`,
            );
            // Bare SQL writes bare awards: the dealer-record counting the run's awards trigger is timed in the run.
            await manager.query('ALTER TABLE awards DISABLE TRIGGER dealer_record_counts_awards_added');
            const before = cpuSeconds([pid]).get(pid);
            const [pairs] = await manager.query(BASELINE_PAIRS);
            const won = allocateCapacity(
              { orderIds: fromArray(pairs.order_ids), bidIds: fromArray(pairs.bid_ids), locationIds: fromArray(pairs.location_ids) },
              new Map(Object.entries(pairs.caps)),
            );
            await manager.query(floor.sql, [runId, won.orderIds, won.bidIds]);
            cpu = Math.min(cpu, cpuSeconds([pid]).get(pid) - before);
            [{ fingerprint }] = await manager.query(`SELECT ${AWARDS_FINGERPRINT} AS fingerprint FROM awards WHERE run_id = $1`, [runId]);
            // Leave the data as generated for the real run.
            throw new Error('rollback');
          })
          .catch((error) => {
            if (error.message !== 'rollback') throw error;
          }),
      ),
    );
    // A rolled-back floor leaves dead rows in these tables and their indexes: the next timing starts as the first did.
    await db.query('VACUUM awards, orders, board_orders');
    await settle(db);
  }
  return { seconds: Math.min(...timings), cpu, fingerprint };
}

/**
 * A full run through the app on the database `name` (`monitor` a connection to it), jobs in-process: its time
 * in seconds, its final view, and the CPU seconds this process and the app's backends spent on it.
 */
async function timeRun(name, monitor) {
  const url = scratchUrl(name);
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL = 'error';
  // The time the backends spend in the dealer-record triggers' functions (pg_stat_user_functions).
  process.env.PGOPTIONS = '-c track_functions=pl';
  delete process.env.REDIS_URL;
  const { AppModule } = require('../../dist/src/app.module');
  const { loadConfig } = require('../../dist/src/config/app-config');
  const { ResolutionService } = require('../../dist/src/resolution/resolution.service');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(loadConfig()), { logger: ['error'] });
  // The run is timed, not the e-mails it writes to the outbox: those are delivered afterwards, elsewhere. Nor the
  // scheduled jobs (the insight summary's quarter-hourly refresh would otherwise land inside some runs).
  const scheduler = app.get(SchedulerRegistry);
  scheduler.deleteInterval('outbox-relay');
  for (const job of scheduler.getCronJobs().values()) void job.stop();
  const [{ pid: monitorPid }] = await monitor.query('SELECT pg_backend_pid() AS pid');
  const backendsBefore = cpuSeconds(await backendsOf(monitor, name, monitorPid));
  // Read at every poll, as a pool connection idle for 10 s closes: the last figure seen of each backend counts.
  const backendsSeen = new Map(backendsBefore);
  const look = async () => {
    for (const [pid, cpu] of cpuSeconds(await backendsOf(monitor, name, monitorPid))) if (cpu > 0) backendsSeen.set(pid, cpu);
  };
  const nodeBefore = process.cpuUsage();
  const bootRssMb = process.resourceUsage().maxRSS / 1024;
  let run;
  const seconds = await timed('full run (parts, batches, awards, order status, outbox)', async () => {
    const resolutions = app.get(ResolutionService);
    run = await resolutions.start({ trigger: 'cli', dryRun: false });
    while (run.state === 'queued' || run.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      run = await resolutions.get(run.id);
      await look();
    }
  });
  const node = process.cpuUsage(nodeBefore);
  await look();
  const backendCpu = [...backendsSeen].reduce((sum, [pid, cpu]) => sum + cpu - (backendsBefore.get(pid) ?? 0), 0);
  await app.close();
  // The app's sessions have ended, so their function statistics are flushed.
  const [counting] = await monitor.query(
    `SELECT coalesce(sum(calls), 0)::int AS calls, coalesce(sum(total_time), 0) / 1000 AS seconds
       FROM pg_stat_user_functions WHERE funcname LIKE 'dealer_record_counts%'`,
  );
  return { seconds, run, bootRssMb, counting, cpu: { node: (node.user + node.system) / 1e6, backends: backendCpu } };
}

/** The generated database of a previous invocation, connected, if asked for and of this size; else null. */
async function reusedData() {
  if (process.env.BENCH_REUSE_DATA !== '1') return null;
  const db = await new DataSource(typeormOptions(scratchUrl(DATABASE), false)).initialize().catch(() => null);
  if (!db) return null;
  const [{ orders }] = await db.query(`SELECT count(*)::int AS orders FROM orders WHERE status = 'posted'`);
  if (orders === ORDERS) return db;
  await db.destroy();
  return null;
}

async function main() {
  const reused = await reusedData();
  const db = reused ?? (await createScratchDatabase(DATABASE));

  console.log(
    `Resolver benchmark: ${ORDERS.toLocaleString('en')} orders, ${(ORDERS * BIDS_PER_ORDER).toLocaleString('en')} bids, ${LOCATIONS.toLocaleString('en')} locations, ${ROUNDS} rounds`,
  );
  // The run is write-heavy: these settings of the server decide how much of it stays in memory and how often
  // checkpoints rewrite whole pages.
  const [server] = await db.query(
    `SELECT current_setting('shared_buffers') AS shared_buffers, current_setting('max_wal_size') AS max_wal_size,
            current_setting('checkpoint_timeout') AS checkpoint_timeout`,
  );
  console.log(
    `  server: shared_buffers ${server.shared_buffers}, max_wal_size ${server.max_wal_size}, checkpoint_timeout ${server.checkpoint_timeout}`,
  );
  if (reused) console.log('  data: reused from a previous invocation (BENCH_REUSE_DATA=1)');
  else await timed('generate data', () => generate(db));
  await db.destroy();

  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round}:`);
    await timed('copy the generated database', () => copyDatabase(DATABASE, ROUND_DATABASE));
    const roundDb = await new DataSource(typeormOptions(scratchUrl(ROUND_DATABASE), false)).initialize();
    await settle(roundDb);
    const floors = [];
    for (const floor of FLOORS) floors.push({ ...floor, ...(await timeBaseline(roundDb, floor)) });
    const { seconds, run, bootRssMb, cpu, counting } = await timeRun(ROUND_DATABASE, roundDb);
    const [kept] = await roundDb.query(DEALER_RECORDS_KEPT);
    const [left] = await roundDb.query(
      `SELECT (SELECT count(*) FROM orders WHERE status = 'posted')::int AS posted,
              (SELECT count(*) FROM awards WHERE superseded_at IS NULL)::int AS awards,
              (SELECT ${AWARDS_FINGERPRINT} FROM awards WHERE superseded_at IS NULL) AS fingerprint`,
    );
    const differ = floors.filter((f) => f.fingerprint !== left.fingerprint);
    console.log(
      differ.length
        ? `  AWARDS DIFFER from the run's: floors ${differ.map((f) => `"${f.name}"`).join(', ')}`
        : "  both floors wrote the run's awards",
    );
    await roundDb.destroy();
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `  run: ${run.state}, ${run.counts.considered} considered, ${run.counts.awardedRetailer} to retailers, ${run.counts.awardedManufacturer} to manufacturers, ${run.parts.total} jobs, mean ${run.distance.meanKm} km, max ${run.distance.maxKm} km; ${left.awards} live awards, ${left.posted} orders still posted`,
    );
    console.log(
      `  CPU: full run backends ${cpu.backends.toFixed(1)} s, this process ${cpu.node.toFixed(1)} s; ${floors.map((f) => `floor "${f.name}" backend ${f.cpu.toFixed(1)} s`).join(', ')}`,
    );
    console.log(
      `  dealer records kept by the run's triggers: ${counting.calls} calls, ${Number(counting.seconds).toFixed(1)} s; ${kept.awards} retailer awards, ${kept.chosen} chosen, ${kept.won} chosen and won${kept.same ? ', equal to a recount' : ' — DIFFERENT FROM A RECOUNT'}`,
    );
    console.log(`  full run ${seconds.toFixed(1)} s; peak RSS so far ${rssMb.toFixed(0)} MB (${bootRssMb.toFixed(0)} MB when the run started)`);
    for (const f of floors)
      console.log(`  ratio full run / floor "${f.name}": ${(seconds / f.seconds).toFixed(2)} (floor ${f.seconds.toFixed(1)} s)`);
    rounds.push({ seconds, floors });
    if (run.state !== 'completed' || left.posted !== 0 || left.awards !== ORDERS || differ.length || !kept.same) process.exitCode = 1;
  }

  const rssMb = process.resourceUsage().maxRSS / 1024;
  for (const [i, floor] of FLOORS.entries()) {
    const ratios = rounds.map((r) => (r.seconds / r.floors[i].seconds).toFixed(2));
    console.log(
      `ratios full run / floor "${floor.name}" (target ≤ 1.3 each): ${ratios.join(', ')}; floors ${rounds.map((r) => r.floors[i].seconds.toFixed(1)).join(', ')} s`,
    );
  }
  console.log(`full runs (target ≤ 60 s each): ${rounds.map((r) => r.seconds.toFixed(1)).join(', ')} s`);
  console.log(`peak RSS of this process (target ≤ 300 MB): ${rssMb.toFixed(0)} MB`);
}

// bench/replay reuses the generated day and the timed run.
module.exports = { generate, settle, timeRun, cpuSeconds, backendsOf, DATABASE_ORDERS: ORDERS };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
