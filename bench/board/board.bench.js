// Board query benchmark: `npm run bench:board` (builds first). Not part of `npm test`.
//
// On a scratch database it generates 1,000,000 posted orders across 100 manufacturers and 20,000
// retailer locations, makes the measured retailer (5 locations) a dealer of 30 manufacturers, then times
// the real board query (dist/src/board/board.sql.js) against baselines. BENCH_DATABASE_URL points at an
// admin database of the server to use (default postgres://postgres@127.0.0.1:5432/postgres);
// BENCH_DATABASE_SUFFIX is appended to the scratch database's name (two benches on one server);
// BENCH_REPEAT=n measures n times over the same data (one generation), printing each run's p50/p99;
// BENCH_REUSE_DATA=1 keeps the database a previous invocation generated when it has as many orders.
// The board runs as the app runs it (BoardService): a named prepared statement on its generic plan
// (BOARD_PLANNING in a transaction); the first page planned on every call, as an unnamed statement, is measured
// beside it.
// Beside latencies it prints what load barely moves: the server's CPU per query and the first page's plan
// (shared buffers, board_orders index entries read).
require('reflect-metadata');
const { readFileSync } = require('fs');
const { Client } = require('pg');
const { createScratchDatabase, insertOrdersInBulk, scratchUrl, timed } = require('../scratch-database');
const { BOARD_PLANNING, boardQuery } = require('../../dist/src/board/board.sql');

const DATABASE = `nearfill_bench_board${process.env.BENCH_DATABASE_SUFFIX ?? ''}`;
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const MANUFACTURERS = 100;
const LOCATIONS = 20_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const BASELINE_RUNS = 5; // seconds each: the board without its spatial indexes
const REPEAT = Number(process.env.BENCH_REPEAT ?? 1);
// board_orders_area serves the board (migration NearestFirstBoard), board_orders_location the automatic bids.
const SPATIAL_INDEXES = ['board_orders_location', 'board_orders_area'];
const dbUrl = () => scratchUrl(DATABASE);
const RETAILER = '00000000-0000-4000-8000-000000000001';
// The measured retailer's shops: five US metros, 80 km radius each.
const SHOPS = [
  [45.52, -122.68],
  [39.74, -104.99],
  [41.88, -87.63],
  [33.75, -84.39],
  [32.78, -96.8],
];

async function generate(db) {
  await timed('tenants, stores, products', () =>
    db.query(`
      INSERT INTO manufacturers (id, name)
        SELECT ('00000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, 'Maker ' || i FROM generate_series(1, ${MANUFACTURERS}) i;
      INSERT INTO stores (manufacturer_id, slug, name) SELECT id, 'store-' || name, name FROM manufacturers;
      INSERT INTO products (manufacturer_id, sku, name, price_minor, fulfilment_price_minor)
        SELECT id, 'SKU-' || k, 'Product ' || k, 10000 * k, 8000 * k FROM manufacturers, generate_series(1, 5) k;
      INSERT INTO retailers (id, name)
        SELECT CASE WHEN i = 1 THEN '${RETAILER}'::uuid ELSE gen_random_uuid() END, 'Retailer ' || i FROM generate_series(1, ${LOCATIONS / 5}) i;`),
  );
  await timed(`${LOCATIONS} locations, dealer approvals`, () =>
    db.query(`
      INSERT INTO retailer_locations (retailer_id, name, line1, city, region, postal_code, country, lat, lng)
        SELECT r.id, 'Shop ' || k, '1 Main St', 'City', 'ST', '00000', 'US',
               CASE WHEN r.id = '${RETAILER}' THEN (ARRAY[${SHOPS.map((s) => s[0])}])[k] ELSE 25 + random() * 24 END,
               CASE WHEN r.id = '${RETAILER}' THEN (ARRAY[${SHOPS.map((s) => s[1])}])[k] ELSE -124 + random() * 57 END
          FROM retailers r, generate_series(1, 5) k;
      INSERT INTO dealer_approvals (manufacturer_id, retailer_id, status)
        SELECT m.id, r.id, 'approved' FROM retailers r, manufacturers m
         WHERE CASE WHEN r.id = '${RETAILER}' THEN m.name::text ~ '^Maker [0-9]*[0-2]$' ELSE random() < 0.1 END;`),
  );
  // Built after the rows, as a restore would (much faster than maintaining the spatial indexes row by row),
  // from the definitions the migrations gave them.
  const { rows: spatial } = await db.query(`SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY ($1)`, [SPATIAL_INDEXES]);
  for (const { indexname } of spatial) await db.query(`DROP INDEX ${indexname}`);
  await timed(`${ORDERS.toLocaleString('en')} posted orders with one line each`, async () => {
    await insertOrdersInBulk(
      db,
      `
      INSERT INTO orders (manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name, customer_email,
                          ship_line1, ship_city, ship_region, ship_postal_code, ship_country, ship_lat, ship_lng,
                          tracking_token, posted_at, resolves_at)
        SELECT s.manufacturer_id, s.id, 'posted', 'USD', 10000, 8000, 'Customer', 'c@example.com',
               '1 Street', 'City', 'ST', '00000', 'US', 25 + random() * 24, -124 + random() * 57,
               md5(i::text || random()::text), now() - interval '1 hour', now() + interval '1 day'
          FROM generate_series(1, ${ORDERS}) i
          JOIN stores s ON s.slug = 'store-Maker ' || (1 + i % ${MANUFACTURERS})`,
    );
    await db.query(`
      INSERT INTO order_lines (order_id, product_id, sku, name, quantity, unit_price_minor, unit_fulfilment_price_minor)
        SELECT o.id, p.id, p.sku, p.name, 1, p.price_minor, p.fulfilment_price_minor
          FROM orders o JOIN products p ON p.manufacturer_id = o.manufacturer_id AND p.sku = 'SKU-1'`);
  });
  // VACUUM sets the visibility map as autovacuum does in production, so the covering index answers alone.
  await timed('spatial indexes, VACUUM ANALYZE', async () => {
    for (const { indexdef } of spatial) await db.query(indexdef);
    await db.query('VACUUM ANALYZE');
  });
}

/**
 * CPU seconds the server process behind `db` has used so far (user + system, from /proc), or null when that
 * process is not on this machine: a figure that, unlike latency, other work on the machine barely moves.
 */
async function serverCpuSeconds(db) {
  const [{ pid }] = (await db.query('SELECT pg_backend_pid() AS pid')).rows;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/** Runs the board's [sql, params] as BoardService does: named, on its generic plan, in a transaction. */
function asTheAppRuns([sql, params]) {
  const name = `board_${sql.length}`;
  return async (db) => {
    await db.query(`BEGIN; ${BOARD_PLANNING}`);
    const { rowCount } = await db.query({ name, text: sql, values: params });
    await db.query('COMMIT');
    return rowCount;
  };
}

/** Runs [sql, params] as an unnamed statement: parsed and planned for its parameters on every call. */
const plannedEachCall =
  ([sql, params]) =>
  async (db) =>
    (await db.query(sql, params)).rowCount;

async function measure(db, label, runs, query) {
  for (let i = 0; i < Math.min(20, runs); i++) await query(db); // warm the cache
  const times = [];
  let rows = 0;
  const cpuBefore = await serverCpuSeconds(db);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    rows = await query(db);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const cpuAfter = await serverCpuSeconds(db);
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  const cpu = cpuBefore === null ? null : ((cpuAfter - cpuBefore) * 1000) / runs;
  const result = { label, runs, rows, p50: pct(50), p99: pct(99), cpu };
  const cpuText = cpu === null ? '' : `, server CPU ${cpu.toFixed(2)} ms a query`;
  console.log(`  ${label}: ${runs} runs, ${rows} rows, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms${cpuText}`);
  return result;
}

/** The first page's plan: shared buffers, and the entries read from board_orders' indexes: figures that load does not change. */
async function explain(db, [sql, params]) {
  const [
    {
      'QUERY PLAN': [plan],
    },
  ] = (await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params)).rows;
  const read = {};
  const walk = (node) => {
    if (node['Relation Name'] === 'board_orders') {
      const entries = (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops'];
      read[node['Index Name']] = (read[node['Index Name']] ?? 0) + entries;
    }
    (node.Plans ?? []).forEach(walk);
  };
  walk(plan.Plan);
  const buffers = plan.Plan['Shared Hit Blocks'] + plan.Plan['Shared Read Blocks'];
  const entries = Object.entries(read)
    .map(([index, n]) => `${n} from ${index}`)
    .join(', ');
  console.log(
    `  first page's plan: ${buffers} shared buffers; board_orders entries read: ${entries}; executed in ${plan['Execution Time'].toFixed(2)} ms`,
  );
}

/** One pass over the measurements: the board's pages, and the plain query's baseline. */
async function measureAll(db) {
  const first = boardQuery({ retailerId: RETAILER, limit: 50 });
  await explain(db, first);
  const board = await measure(db, 'board, first page of 50', RUNS, asTheAppRuns(first));
  const planned = await measure(db, 'baseline: the first page planned on every call', RUNS, plannedEachCall(first));
  const last = (await db.query(first[0], first[1])).rows.at(-1);
  const after = boardQuery({ retailerId: RETAILER, limit: 50, after: { distanceKm: last.distanceKm, orderId: last.orderId } });
  await measure(db, 'board, page after a cursor', RUNS, asTheAppRuns(after));
  await measure(
    db,
    'board, sku and 40 km filters',
    RUNS,
    asTheAppRuns(boardQuery({ retailerId: RETAILER, limit: 50, sku: 'SKU-1', maxDistanceKm: 40 })),
  );
  const plain = await measure(
    db,
    'baseline: SELECT … FROM orders WHERE posted LIMIT 50',
    RUNS,
    plannedEachCall([`SELECT id, number, ship_city, payout_minor FROM orders WHERE status = 'posted' AND resolves_at > now() LIMIT 50`, []]),
  );
  return { board, planned, plain };
}

/** The first page without any spatial index on board_orders (seconds a run, so measured once). */
async function measureUnindexed(db) {
  await db.query('BEGIN');
  for (const index of SPATIAL_INDEXES) await db.query(`DROP INDEX IF EXISTS ${index}`);
  const unindexed = await measure(
    db,
    'baseline: the board query without the spatial indexes',
    BASELINE_RUNS,
    plannedEachCall(boardQuery({ retailerId: RETAILER, limit: 50 })),
  );
  await db.query('ROLLBACK');
  return unindexed;
}

/** With BENCH_REUSE_DATA=1, whether the scratch database already holds the orders a previous invocation generated. */
async function reusedData() {
  if (process.env.BENCH_REUSE_DATA !== '1') return false;
  const db = new Client({ connectionString: dbUrl() });
  try {
    await db.connect();
  } catch {
    return false; // no such database yet
  }
  try {
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM orders WHERE status = 'posted'`)).rows;
    return count === ORDERS;
  } finally {
    await db.end();
  }
}

async function main() {
  console.log(`Board benchmark on ${DATABASE}`);
  const reused = await reusedData();
  if (!reused) await timed('migrate', async () => (await createScratchDatabase(DATABASE)).destroy());
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    if (reused) console.log('  data: reused from a previous invocation (BENCH_REUSE_DATA=1)');
    else await generate(db);
    const all = boardQuery({ retailerId: RETAILER, limit: ORDERS });
    const total = (await db.query(all[0], all[1])).rowCount;
    console.log(`  the measured retailer's board holds ${total} orders`);

    const runs = [];
    for (let run = 1; run <= REPEAT; run++) {
      console.log(`Results${REPEAT > 1 ? `, run ${run} of ${REPEAT}` : ''}`);
      runs.push(await measureAll(db));
    }
    const unindexed = await measureUnindexed(db);

    console.log('Summary');
    runs.forEach(({ board, planned, plain }, i) => {
      const run = REPEAT > 1 ? `run ${i + 1}: ` : '';
      const cpu = board.cpu === null ? '' : `, server CPU ${board.cpu.toFixed(2)} ms a query (planned on every call: ${planned.cpu.toFixed(2)} ms)`;
      console.log(
        `  ${run}board p50 ${board.p50.toFixed(2)} ms, p99 ${board.p99.toFixed(2)} ms${cpu} (target p99 <= 10 ms: ${board.p99 <= 10 ? 'met' : 'MISSED'})`,
      );
      console.log(`  ${run}without the spatial indexes: p50 ${unindexed.p50.toFixed(0)} ms, ${(unindexed.p50 / board.p50).toFixed(0)}x slower`);
      console.log(`  ${run}plain LIMIT 50 on orders: p50 ${plain.p50.toFixed(2)} ms; the board costs ${(board.p50 / plain.p50).toFixed(1)}x that`);
    });
  } finally {
    await db.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
