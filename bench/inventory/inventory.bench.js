// Inventory benchmark: `npm run bench:inventory` (builds first). Not part of `npm test`.
//
// On a scratch database: BENCH_LOCATIONS retailer locations (default 20,000; four per retailer, spread over
// the continental US, 80 km radius), all bidding automatically for one manufacturer, each with a fresh feed
// of BENCH_SKUS products (default 5,000; 0 to 3 units each), and BENCH_ORDERS posted orders (default
// 100,000; one to three lines of those products). Then, order after order as they were posted:
//   - the app's automatic bidding for the order (AutoBidsService.bidOn: its transaction, stock locks, bids
//     and decisions), timed per order (p50, p99), for BENCH_TIMED_ORDERS of them (default: all);
//   - the baseline, right before it on the same data: the same matching as one bare SQL statement (read
//     only: no transaction, locks, writes or reasons).
// And a 50,000-row CSV upload through the HTTP API against the same rows written by one bare statement.
// Scale down for a quick run, e.g. BENCH_LOCATIONS=2000 BENCH_SKUS=500 BENCH_ORDERS=10000.
// BENCH_DATABASE_URL points at an admin database of the server to use.
require('reflect-metadata');
const { Client } = require('pg');
const { createApp } = require('../../dist/src/app.factory');
const { loadConfig } = require('../../dist/src/config/app-config');
const { AutoBidsService } = require('../../dist/src/inventory/auto-bids.service');
const { heldAt } = require('../../dist/src/inventory/stock.sql');
const { EARTH_BOX_MARGIN } = require('../../dist/src/geo/distance');
const { createScratchDatabase, insertOrdersInBulk, scratchUrl, timed } = require('../scratch-database');

const DATABASE = 'nearfill_bench_inventory';
const LOCATIONS = Number(process.env.BENCH_LOCATIONS ?? 20_000);
const SKUS = Number(process.env.BENCH_SKUS ?? 5_000);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const TIMED = Math.min(ORDERS, Number(process.env.BENCH_TIMED_ORDERS ?? ORDERS));
const UPLOAD_ROWS = 50_000;
const PRODUCTS = Math.max(SKUS, UPLOAD_ROWS);
const PASSWORD = 'bench-password-long-enough';

const dbUrl = () => scratchUrl(DATABASE);
// Locations and orders fall in a box of the continental US scaled to keep the full run's density (20,000
// locations over 25-49°N, 124-67°W) at any size, so an order has as many locations in reach as at full scale.
const SCALE = Math.sqrt(LOCATIONS / 20_000);
const LAT = `(37 + (random() - 0.5) * ${24 * SCALE})`;
const LNG = `(-95.5 + (random() - 0.5) * ${57 * SCALE})`;

async function generate(db) {
  await timed(`manufacturer, ${PRODUCTS.toLocaleString('en')} products`, () =>
    db.query(`
      INSERT INTO manufacturers (name) VALUES ('Bench Cycles');
      INSERT INTO stores (manufacturer_id, slug, name) SELECT id, 'bench-cycles', name FROM manufacturers;
      INSERT INTO products (manufacturer_id, sku, name, price_minor, fulfilment_price_minor)
        SELECT m.id, 'SKU-' || k, 'Product ' || k, 10000, 8000 FROM manufacturers m, generate_series(1, ${PRODUCTS}) k;`),
  );
  await timed(`${LOCATIONS.toLocaleString('en')} locations, dealers, automatic bidding on`, () =>
    db.query(`
      INSERT INTO retailers (name) SELECT 'Retailer ' || i FROM generate_series(1, ${Math.ceil(LOCATIONS / 4)}) i;
      INSERT INTO retailer_locations (retailer_id, name, line1, city, region, postal_code, country, lat, lng)
        SELECT id, 'Shop ' || k, '1 Main St', 'City', 'ST', '00000', 'US', ${LAT}, ${LNG}
          FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM retailers) r, generate_series(1, 4) k
         WHERE (r.n - 1) * 4 + k <= ${LOCATIONS};
      INSERT INTO dealer_approvals (manufacturer_id, retailer_id, status) SELECT m.id, r.id, 'approved' FROM manufacturers m, retailers r;
      INSERT INTO auto_bid_settings (retailer_id, manufacturer_id) SELECT r.id, m.id FROM manufacturers m, retailers r;`),
  );
  await timed(`feeds: ${(LOCATIONS * SKUS).toLocaleString('en')} counts`, async () => {
    await db.query(`INSERT INTO inventory_feeds (location_id, retailer_id, counted_at) SELECT id, retailer_id, now() FROM retailer_locations`);
    await db.query(`ALTER TABLE inventory_items SET UNLOGGED`);
    await db.query(`
      INSERT INTO inventory_items (location_id, product_id, on_hand, counted_at)
        SELECT l.id, p.id, floor(random() * 4)::int, now()
          FROM retailer_locations l CROSS JOIN (SELECT id FROM products WHERE substr(sku, 5)::int <= ${SKUS}) p`);
    await db.query(`ALTER TABLE inventory_items SET LOGGED`);
  });
  await timed(`${ORDERS.toLocaleString('en')} posted orders, 1 to 3 lines`, async () => {
    await insertOrdersInBulk(
      db,
      `
      INSERT INTO orders (manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name, customer_email,
                          ship_line1, ship_city, ship_region, ship_postal_code, ship_country, ship_lat, ship_lng,
                          tracking_token, posted_at, resolves_at)
        SELECT s.manufacturer_id, s.id, 'posted', 'USD', 10000, 8000, 'Customer', 'c@example.com',
               '1 Street', 'City', 'ST', '00000', 'US', ${LAT}, ${LNG},
               md5(i::text || random()::text), now() - interval '1 hour' + i * interval '1 millisecond', now() + interval '2 days'
          FROM generate_series(1, ${ORDERS}) i, stores s`,
    );
    await db.query(`
      INSERT INTO order_lines (order_id, product_id, sku, name, quantity, unit_price_minor, unit_fulfilment_price_minor)
        SELECT o.id, p.id, p.sku, p.name, 1 + floor(random() * 2)::int, p.price_minor, p.fulfilment_price_minor
          FROM orders o
          CROSS JOIN LATERAL (SELECT DISTINCT 1 + floor(random() * ${SKUS} + o.number * 0)::int AS k
                                FROM generate_series(1, 1 + (o.number % 3)::int)) pick
          JOIN products p ON p.sku = 'SKU-' || pick.k`);
  });
  await timed('VACUUM ANALYZE', () => db.query('VACUUM ANALYZE'));
}

/** The same matching as AUTO_BID, as one bare read-only statement: each retailer's nearest in-range location with every line available. */
const BASELINE = `
  SELECT DISTINCT ON (l.retailer_id) l.retailer_id, l.id
    FROM orders o
    JOIN stores s ON s.id = o.store_id
    CROSS JOIN LATERAL (SELECT nearfill_area_lat(o.ship_lat) AS lat, nearfill_area_lng(o.ship_lat, o.ship_lng) AS lng) area
    JOIN retailer_locations l ON l.active
     AND earth_box(ll_to_earth(area.lat, area.lng), (SELECT max(service_radius_km) FROM retailer_locations WHERE active) * 1000 * ${EARTH_BOX_MARGIN})
         @> ll_to_earth(l.lat, l.lng)
     AND nearfill_distance_km(l.lat, l.lng, area.lat, area.lng) <= l.service_radius_km
    JOIN auto_bid_settings abs ON abs.retailer_id = l.retailer_id AND abs.manufacturer_id = o.manufacturer_id
    JOIN inventory_feeds f ON f.location_id = l.id AND f.counted_at >= now() - make_interval(hours => s.max_inventory_age_hours)
   WHERE o.id = $1
     AND NOT EXISTS (SELECT 1 FROM bids mine WHERE mine.order_id = o.id AND mine.retailer_id = l.retailer_id)
     AND NOT EXISTS (SELECT 1 FROM order_lines ol LEFT JOIN inventory_items i ON i.location_id = l.id AND i.product_id = ol.product_id
                      WHERE ol.order_id = o.id AND coalesce(i.on_hand, 0) - ${heldAt('l.id', 'ol.product_id')} < ol.quantity)
   ORDER BY l.retailer_id, nearfill_distance_km(l.lat, l.lng, area.lat, area.lng), l.id`;

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: pct(50), p99: pct(99), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

async function timeAutoBids(db, autoBids) {
  const orders = (await db.query(`SELECT id FROM orders ORDER BY posted_at, id LIMIT ${TIMED}`)).rows.map((r) => r.id);
  const app = [];
  const bare = [];
  let bids = 0;
  let matched = 0;
  for (const id of orders) {
    let start = process.hrtime.bigint();
    matched += (await db.query(BASELINE, [id])).rowCount;
    bare.push(ms(start));
    start = process.hrtime.bigint();
    bids += await autoBids.bidOn(id, null);
    app.push(ms(start));
  }
  return { orders: orders.length, bids, matched, app: percentiles(app), bare: percentiles(bare) };
}

async function timeUpload(db, app) {
  const [shop] = (await db.query(`SELECT id FROM retailers ORDER BY id LIMIT 1`)).rows;
  // Its own retailer, not bidding automatically: the upload's follow-up job has nothing to do.
  const [uploader] = (await db.query(`INSERT INTO retailers (name) VALUES ('Uploader') RETURNING id`)).rows;
  await db.query(`INSERT INTO dealer_approvals (manufacturer_id, retailer_id, status) SELECT id, $1, 'approved' FROM manufacturers`, [uploader.id]);
  const locations = (
    await db.query(
      `INSERT INTO retailer_locations (retailer_id, name, line1, city, region, postal_code, country, lat, lng)
       SELECT $1, 'Warehouse ' || k, '1 Main St', 'City', 'ST', '00000', 'US', 45.5, -122.6 FROM generate_series(1, 2) k RETURNING id`,
      [uploader.id],
    )
  ).rows.map((r) => r.id);
  const { UsersService } = require('../../dist/src/auth/users.service');
  const { DataSource } = require('typeorm');
  await app
    .get(DataSource)
    .transaction((manager) =>
      app
        .get(UsersService)
        .create(
          manager,
          { role: 'retailer', retailerId: uploader.id },
          { email: 'bench@uploader.test', name: 'Bench', password: PASSWORD, isAdmin: true },
        ),
    );
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'bench@uploader.test', password: PASSWORD } });
  const token = JSON.parse(login.body).accessToken;
  const products = (await db.query(`SELECT id, sku FROM products ORDER BY sku LIMIT ${UPLOAD_ROWS}`)).rows;
  const csv = `sku,quantity\n${products.map((p, i) => `${p.sku},${i % 9}`).join('\n')}\n`;
  const api = [];
  const bare = [];
  for (let run = 0; run < 3; run++) {
    let start = process.hrtime.bigint();
    const response = await app.inject({
      method: 'PUT',
      url: `/api/v1/retailer/inventory/locations/${locations[0]}/csv`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      payload: csv,
    });
    api.push(ms(start));
    if (response.statusCode !== 200) throw new Error(`upload: ${response.statusCode} ${response.body}`);
    start = process.hrtime.bigint();
    await db.query(
      `INSERT INTO inventory_feeds (location_id, retailer_id, counted_at) VALUES ($1, $2, now()) ON CONFLICT (location_id) DO UPDATE SET counted_at = now()`,
      [locations[1], uploader.id],
    );
    await db.query(
      `INSERT INTO inventory_items (location_id, product_id, on_hand, counted_at)
       SELECT $1, p, q, now() FROM unnest($2::uuid[], $3::int[]) AS t (p, q)
       ON CONFLICT (location_id, product_id) DO UPDATE SET on_hand = excluded.on_hand, counted_at = excluded.counted_at`,
      [locations[1], products.map((p) => p.id), products.map((_, i) => i % 9)],
    );
    bare.push(ms(start));
  }
  return { shop: shop.id, api: Math.min(...api), bare: Math.min(...bare) };
}

async function main() {
  console.log(`Inventory benchmark on ${DATABASE}: ${LOCATIONS} locations, ${SKUS} SKUs per feed, ${ORDERS} posted orders (${TIMED} timed)`);
  await timed('migrate', async () => (await createScratchDatabase(DATABASE)).destroy());
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  const app = await createApp(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: dbUrl(),
      RUN_MIGRATIONS: 'false',
      JWT_SECRET: 'b'.repeat(40),
      OUTBOX_RELAY_INTERVAL_MS: '60000',
    }),
  );
  try {
    await generate(db);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    console.log('Results');
    const upload = await timeUpload(db, app);
    console.log(`  CSV upload of ${UPLOAD_ROWS.toLocaleString('en')} rows through the API: ${(upload.api / 1000).toFixed(2)} s (best of 3)`);
    console.log(`  baseline, the same rows by one bare INSERT … ON CONFLICT: ${(upload.bare / 1000).toFixed(2)} s (best of 3)`);
    const result = await timeAutoBids(db, app.get(AutoBidsService));
    const f = (x) => x.toFixed(2);
    console.log(
      `  automatic bids for ${result.orders} orders posted one after another: ${result.bids} bids placed (${(result.bids / result.orders).toFixed(1)} per order)`,
    );
    console.log(`    per order: p50 ${f(result.app.p50)} ms, p99 ${f(result.app.p99)} ms, mean ${f(result.app.mean)} ms`);
    console.log(
      `  baseline, the same matching as one bare read-only statement: p50 ${f(result.bare.p50)} ms, p99 ${f(result.bare.p99)} ms (${(result.matched / result.orders).toFixed(1)} matches per order)`,
    );
    console.log('Summary');
    console.log(
      `  automatic bidding costs ${(result.app.p50 / result.bare.p50).toFixed(1)}x the bare matching at p50; upload ${(upload.api / upload.bare).toFixed(1)}x the bare write`,
    );
  } finally {
    await app.close();
    await db.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
