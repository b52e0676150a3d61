// Dealers page benchmark: `npm run bench:dealers` (builds first). Not part of `npm test`.
//
// The manufacturer's dealers page (/manufacturer/dealership) on the pages bench's data set (page-data.js: 1,000
// dealers, BENCH_ORDERS orders, default 1,000,000, all the one manufacturer's), with a record to show: 3% of the
// orders declined by a first dealer and re-routed, 10% with a dealer chosen at checkout, 20% of the delivered ones
// rated. Per sort (and a middle page by name), BENCH_RUNS reads (default 10) one at a time through the real app
// in this process, after one unmeasured read: wall ms per read (p50, max) and CPU ms per read of this process and of
// its PostgreSQL backends (/proc). Baseline in the same run: the dealer-record read the page made before it was
// narrowed to its rows (every dealer's record; now the API's GET /api/v1/manufacturer/dealer-records), BENCH_BASELINE_RUNS
// reads (default 3). The app's database sessions run without parallel workers: a worker's CPU is not its session's,
// so /proc would miss it (and the plans are the ones one session runs). BENCH_REUSE_DATA=1 keeps the data of a previous invocation with as many orders; BENCH_DB_SUFFIX
// names the database apart.
require('reflect-metadata');
const { Pool } = require('pg');
const { loadavg } = require('node:os');
const { scratchUrl, timed } = require('../scratch-database');
const { cpuSample, cpuMsBetween } = require('../cpu-sample');
const { PASSWORD, PEOPLE, createBenchApp, prepareData } = require('./page-data');

const DATABASE = `nearfill_bench_dealers${process.env.BENCH_DB_SUFFIX ?? ''}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 3);

/** Declines (a first dealer's award taken back, then the order's live one), customers' choices and ratings. */
async function addRecords(db) {
  await db.query(`INSERT INTO awards (order_id, kind, retailer_id, location_id, distance_km, reason, created_at, superseded_at, superseded_reason,
                                      superseded_by, local_day)
    SELECT a.order_id, 'retailer', r.id, l.id, 20, 'nearest bidder', a.created_at - interval '1 day', a.created_at, 'Declined', 'declined',
           a.local_day - 1
      FROM awards a JOIN orders o ON o.id = a.order_id
      CROSS JOIN LATERAL (SELECT ('00000000-0000-4000-9000-' || lpad((1 + (o.number * 7) % 1000)::text, 12, '0'))::uuid AS id) r
      JOIN retailer_locations l ON l.retailer_id = r.id AND l.name = 'Store ' || (1 + (o.number * 7) % 1000)
     WHERE o.number % 33 = 0`);
  await db.query(`UPDATE orders o SET chosen_retailer_id = a.retailer_id FROM awards a
    WHERE a.order_id = o.id AND a.superseded_at IS NULL AND o.number % 10 = 3`);
  await db.query(`UPDATE orders SET chosen_retailer_id = ('00000000-0000-4000-9000-' || lpad((1 + (number * 13) % 1000)::text, 12, '0'))::uuid
    WHERE number % 10 = 7`);
  await db.query(`INSERT INTO ratings (order_id, manufacturer_id, retailer_id, stars, rated_at)
    SELECT o.id, o.manufacturer_id, sh.retailer_id, 1 + (o.number * 11) % 5, sh.delivered_at
      FROM orders o JOIN shipments sh ON sh.order_id = o.id WHERE o.number % 5 = 1`);
  await db.query('VACUUM ANALYZE');
}

async function startApp() {
  // Read by node-postgres for every connection of the app's pool.
  process.env.PGOPTIONS = '-c max_parallel_workers_per_gather=0';
  const app = await createBenchApp(DATABASE);
  await app.init();
  const http = app.getHttpAdapter().getInstance();
  await http.ready();
  return { app, http };
}

/** `runs` reads of `url` one at a time (after one unmeasured): wall ms p50 and max, CPU ms per read. */
async function measure(http, admin, url, headers, runs) {
  const read = async () => {
    const response = await http.inject({ method: 'GET', url, headers });
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
  };
  await read();
  const walls = [];
  const cpu = { server: 0, database: 0, total: 0 };
  for (let i = 0; i < runs; i++) {
    // Sampled around each read: a pooled connection idle for a while is closed, and its CPU with it.
    const before = await cpuSample(admin, DATABASE, process.pid);
    const start = process.hrtime.bigint();
    await read();
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = cpuMsBetween(process.pid, before, await cpuSample(admin, DATABASE, process.pid));
    for (const key of Object.keys(cpu)) cpu[key] += used[key];
  }
  walls.sort((a, b) => a - b);
  const per = (ms) => Math.round(ms / runs);
  return {
    p50: Math.round(walls[Math.floor(runs / 2)]),
    max: Math.round(walls[runs - 1]),
    server: per(cpu.server),
    database: per(cpu.database),
    total: per(cpu.total),
  };
}

async function main() {
  console.log(`Dealers page: ${RUNS} reads per sort, ${BASELINE_RUNS} of the baseline, database ${DATABASE}`);
  await prepareData(DATABASE, (db) => timed('added declines, choices and ratings', () => addRecords(db)));
  const admin = new Pool({ connectionString: scratchUrl(DATABASE), max: 1 });
  const { app, http } = await startApp();
  try {
    const login = await http.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: PEOPLE.manufacturer, password: PASSWORD } });
    const headers = { authorization: `Bearer ${login.json().accessToken}`, accept: 'text/html' };
    const reads = [
      ...['name', 'won', 'declined', 'late', 'chosen', 'rating'].map((sort) => [`page, by ${sort}`, `/manufacturer/dealership?sort=${sort}`, RUNS]),
      ['page, by name, dealers 501-550', '/manufacturer/dealership?offset=500', RUNS],
      ["baseline: every dealer's record", '/api/v1/manufacturer/dealer-records', BASELINE_RUNS],
    ];
    const rows = [];
    for (const [label, url, runs] of reads) {
      const result = await measure(http, admin, url, headers, runs);
      rows.push({ read: label, ...result });
      console.log(`  ${label}: ${JSON.stringify(result)}`);
    }
    console.table(rows);
    console.log(
      `load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await app.close();
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
