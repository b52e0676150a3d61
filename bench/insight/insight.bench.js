// Fulfilment insight benchmark: `npm run bench:insight` (builds first). Not part of `npm test`.
//
// On a scratch database (nearfill_bench_insight, kept between invocations; BENCH_REBUILD=1 makes it again) it
// generates a year of one large store's orders (BENCH_ORDERS, default 1,000,000) with 300 dealers: dealers' awards
// (some declined first), pickups, shipments to stores, the manufacturer's own, shipments, deliveries, bids, ratings
// and returns. It rebuilds the store's insight summary in full and for the recent days (what the schedule does),
// then times the real read (InsightService.forManufacturer, over TypeORM, as the API calls it) for the year by
// week, by month and by day, against:
// - the baseline: the same figures computed from the orders on every read (what the summary tables replace);
// - the floor: one round trip of SELECT 1 through the same pool.
// Beside wall-clock figures it prints CPU per read (this process + the database's backends, from /proc), which
// other work on the machine barely moves, and the load average.
require('reflect-metadata');
const { loadavg } = require('node:os');
const { Client } = require('pg');
const { DataSource } = require('typeorm');
const { typeormOptions } = require('../../dist/src/database/typeorm-options');
const { InsightService } = require('../../dist/src/insight/insight.service');
const { InsightRefresh } = require('../../dist/src/insight/insight-refresh.service');
const { ORDER_FACTS } = require('../../dist/src/insight/insight-refresh.sql');
const { cpuSample, cpuMsBetween } = require('../cpu-sample');
const { createScratchDatabase, scratchUrl, timed } = require('../scratch-database');

const DATABASE = `nearfill_bench_insight${process.env.BENCH_DATABASE_SUFFIX ?? ''}`;
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BASELINE_RUNS = 2;
const TARGET_MS = 200;
const MAKER = '00000000-0000-4000-a000-000000000001';
const STORE = '00000000-0000-4000-b000-000000000001';
const YEAR = { from: '2026-01-01', to: '2027-01-01' };

async function generate(db) {
  await timed('store, 300 dealers and their locations', () =>
    db.query(`
      INSERT INTO manufacturers (id, name) VALUES ('${MAKER}', 'Bench Cycles');
      INSERT INTO stores (id, manufacturer_id, slug, name, warehouse_lat, warehouse_lng) VALUES ('${STORE}', '${MAKER}', 'bench-insight', 'Bench Cycles', 39.53, -119.81);
      INSERT INTO retailers (name) SELECT 'Dealer ' || i FROM generate_series(1, 300) i;
      INSERT INTO retailer_locations (retailer_id, name, line1, city, region, postal_code, country, lat, lng)
        SELECT id, 'Shop', '1 Main St', 'City', 'ST', '00000', 'US', 25 + random() * 24, -124 + random() * 57 FROM retailers;`),
  );
  await timed(`${ORDERS.toLocaleString('en')} orders over a year, awards, pickups, bids`, () =>
    db.query(`
      CREATE TEMP TABLE gen AS
        SELECT gen_random_uuid() AS id, random() AS roll, random() AS roll2, 1 + (i::bigint * 7919) % 300 AS loc, 1 + (i::bigint * 104729) % 300 AS other,
               timestamptz '2026-01-01' + random() * interval '365 days' AS created_at, 25 + random() * 24 AS lat, -124 + random() * 57 AS lng
          FROM generate_series(1, ${ORDERS}) i;
      CREATE TEMP TABLE locs AS SELECT row_number() OVER (ORDER BY id) AS n, id, retailer_id FROM retailer_locations;
      CREATE TEMP TABLE g AS
        SELECT gen.*, l.id AS location_id, l.retailer_id, o.id AS other_location_id, o.retailer_id AS other_retailer_id,
               CASE WHEN roll < 0.45 THEN 'dealer' WHEN roll < 0.55 THEN 'pickup' WHEN roll < 0.58 THEN 'ship_to_store'
                    WHEN roll < 0.9 THEN 'manufacturer' WHEN roll < 0.95 THEN 'unassigned' WHEN roll < 0.97 THEN 'cancelled' ELSE 'unpaid' END AS kind
          FROM gen JOIN locs l ON l.n = gen.loc JOIN locs o ON o.n = gen.other;
      INSERT INTO orders (id, manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name, customer_email,
                          ship_line1, ship_city, ship_region, ship_postal_code, ship_country, ship_lat, ship_lng, tracking_token, created_at, posted_at)
        SELECT id, '${MAKER}', '${STORE}',
               (CASE kind WHEN 'dealer' THEN 'delivered' WHEN 'manufacturer' THEN 'delivered' WHEN 'pickup' THEN 'picked_up' WHEN 'ship_to_store' THEN 'ship_to_store'
                          WHEN 'unassigned' THEN 'placed' WHEN 'cancelled' THEN 'cancelled' ELSE 'expired' END)::order_status,
               CASE WHEN roll2 < 0.1 THEN 'CAD' ELSE 'USD' END, 15000, 12000, 'Customer', 'c@example.com', '1 Street', 'City', 'ST', '00000', 'US',
               lat, lng, md5(id::text), created_at, created_at
          FROM g;
      INSERT INTO awards (order_id, kind, retailer_id, location_id, reason, created_at, superseded_at, superseded_by)
        SELECT id, 'retailer', other_retailer_id, other_location_id, 'Bench', created_at + interval '12 hours', created_at + interval '1 day', 'declined'
          FROM g WHERE (kind = 'dealer' AND roll2 < 0.3) OR kind = 'ship_to_store';
      INSERT INTO awards (order_id, kind, retailer_id, location_id, reason, created_at)
        SELECT id, CASE WHEN kind IN ('dealer', 'pickup') THEN 'retailer' ELSE 'manufacturer' END::award_kind,
               CASE WHEN kind IN ('dealer', 'pickup') THEN retailer_id END, CASE WHEN kind IN ('dealer', 'pickup') THEN location_id END,
               'Bench', created_at + interval '1 day'
          FROM g WHERE kind IN ('dealer', 'pickup', 'ship_to_store', 'manufacturer');
      INSERT INTO pickups (order_id, location_id, retailer_id, code, accept_by, ship_to_store_at, picked_up_at)
        SELECT id, location_id, retailer_id, '123456', created_at + interval '1 day',
               CASE WHEN kind = 'ship_to_store' THEN created_at + interval '1 day' END, CASE WHEN kind = 'pickup' THEN created_at + interval '3 days' END
          FROM g WHERE kind IN ('pickup', 'ship_to_store');
      INSERT INTO bids (order_id, retailer_id, location_id)
        SELECT id, retailer_id, location_id FROM g WHERE kind = 'dealer'
        UNION ALL SELECT id, other_retailer_id, other_location_id FROM g WHERE kind = 'dealer' AND other_retailer_id <> retailer_id;
      UPDATE awards a SET bid_id = b.id FROM bids b WHERE b.order_id = a.order_id AND b.retailer_id = a.retailer_id;`),
  );
  await timed('shipments, ratings, returns; VACUUM ANALYZE', async () => {
    await db.query(`
      INSERT INTO shipments (order_id, award_id, retailer_id, carrier, tracking_number, shipped_at, delivered_at)
        SELECT a.order_id, a.id, a.retailer_id, 'UPS', '1Z', a.created_at + random() * interval '5 days', a.created_at + interval '6 days'
          FROM awards a JOIN g ON g.id = a.order_id WHERE a.superseded_at IS NULL AND g.kind IN ('dealer', 'manufacturer', 'ship_to_store');
      INSERT INTO ratings (order_id, manufacturer_id, retailer_id, stars)
        SELECT id, '${MAKER}', CASE WHEN kind IN ('dealer', 'pickup') THEN retailer_id END, 1 + (roll2 * 1000)::int % 5 FROM g WHERE roll2 < 0.2 AND kind IN ('dealer', 'pickup', 'manufacturer');
      INSERT INTO returns (order_id, manufacturer_id, retailer_id, status, currency, refund_minor)
        SELECT id, '${MAKER}', retailer_id, 'received', 'USD', 1000 FROM g WHERE kind = 'dealer' AND roll2 > 0.98;`);
    await db.query('VACUUM ANALYZE');
  });
}

/** Whether the scratch database already holds the generated orders (then they are reused). */
async function ready(dataSource) {
  const rows = await dataSource.query(`SELECT count(*)::int AS n FROM orders WHERE store_id = '${STORE}'`).catch(() => [{ n: 0 }]);
  return rows[0].n === ORDERS;
}

/** Runs `read` RUNS times (after warming up): wall-clock p50/p99 and CPU ms per read (this process + backends). */
async function measure(admin, label, runs, read) {
  for (let i = 0; i < Math.min(3, runs); i++) await read();
  const times = [];
  const before = await cpuSample(admin, DATABASE, process.pid);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await read();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const cpu = cpuMsBetween(process.pid, before, await cpuSample(admin, DATABASE, process.pid));
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  const result = { label, p50: pct(50), p99: pct(99), cpu: cpu.total / runs };
  console.log(
    `  ${label}: ${runs} runs, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, CPU ${result.cpu.toFixed(1)} ms a read (${(cpu.database / runs).toFixed(1)} in the database)`,
  );
  return result;
}

/** The baseline: the year's headline figures computed from the orders on each read, as a report without summaries would. */
async function fromOrders(dataSource) {
  await dataSource.transaction(async (manager) => {
    await manager.query(ORDER_FACTS, [STORE, YEAR.from]);
    await manager.query(`SELECT currency, fulfiller, count(*), sum(fulfiller_km), sum(warehouse_km),
                                percentile_disc(0.5) WITHIN GROUP (ORDER BY fulfiller_km), percentile_disc(0.9) WITHIN GROUP (ORDER BY fulfiller_km)
                           FROM insight_order_facts GROUP BY currency, fulfiller`);
  });
}

async function main() {
  console.log(
    `Insight benchmark on ${DATABASE}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const admin = new Client({ connectionString: scratchUrl('postgres') });
  await admin.connect();
  let dataSource = new DataSource(typeormOptions(scratchUrl(DATABASE), false));
  const existing = await dataSource.initialize().then(
    async (ds) => ((await ready(ds)) ? ds : (await ds.destroy(), null)),
    () => null,
  );
  if (existing && !process.env.BENCH_REBUILD) {
    dataSource = existing;
    console.log(`  reusing the ${ORDERS.toLocaleString('en')} generated orders (BENCH_REBUILD=1 to generate them again)`);
  } else {
    await timed('migrate', async () => (await createScratchDatabase(DATABASE)).destroy());
    const db = new Client({ connectionString: scratchUrl(DATABASE) });
    await db.connect();
    await generate(db);
    await db.end();
    dataSource = await new DataSource(typeormOptions(scratchUrl(DATABASE), false)).initialize();
  }
  try {
    const clock = { now: () => new Date('2027-01-01T00:00:00Z') };
    const refresher = new InsightRefresh(dataSource, null, clock);
    const full = await refresher.refresh(STORE);
    console.log(`  full refresh of the store's summary (what the nightly job does): ${(full.tookMs / 1000).toFixed(1)} s`);
    const recent = await refresher.refresh(STORE, new Date('2026-11-02T00:00:00Z'));
    console.log(`  refresh of the last 60 days (what the quarter-hourly job does): ${(recent.tookMs / 1000).toFixed(1)} s`);
    const [{ days, bins, dealers }] = await dataSource.query(
      `SELECT (SELECT count(*) FROM insight_days)::int AS days, (SELECT count(*) FROM insight_distance_bins)::int AS bins, (SELECT count(*) FROM insight_dealer_days)::int AS dealers`,
    );
    console.log(`  summary rows: ${days} days, ${bins} distance bins, ${dealers} dealer days`);

    const insight = new InsightService(dataSource, refresher);
    const principal = { role: 'manufacturer', manufacturerId: MAKER, kind: 'user' };
    console.log(
      `Results (load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
    );
    const week = await measure(admin, 'insight, a year by week', RUNS, () => insight.forManufacturer(principal, { ...YEAR, granularity: 'week' }));
    await measure(admin, 'insight, a year by month', RUNS, () => insight.forManufacturer(principal, { ...YEAR, granularity: 'month' }));
    const day = await measure(admin, 'insight, a year by day', RUNS, () => insight.forManufacturer(principal, { ...YEAR, granularity: 'day' }));
    await measure(admin, 'insight, a month by day', RUNS, () =>
      insight.forManufacturer(principal, { from: '2026-11-01', to: '2026-12-01', granularity: 'day' }),
    );
    const floor = await measure(admin, 'floor: SELECT 1 through the same pool', RUNS, () => dataSource.query('SELECT 1'));
    const baseline = await measure(admin, 'baseline: the year computed from the orders on each read', BASELINE_RUNS, () => fromOrders(dataSource));

    const worst = Math.max(week.p99, day.p99);
    console.log('Summary');
    console.log(
      `  a year of ${ORDERS.toLocaleString('en')} orders: p99 ${worst.toFixed(1)} ms (target <= ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : 'MISSED'}), CPU ${week.cpu.toFixed(1)} ms a read by week`,
    );
    console.log(
      `  from the orders on each read: p50 ${(baseline.p50 / 1000).toFixed(1)} s, ${(baseline.p50 / week.p50).toFixed(0)}x slower; floor ${floor.p50.toFixed(2)} ms`,
    );
  } finally {
    await dataSource.destroy();
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
