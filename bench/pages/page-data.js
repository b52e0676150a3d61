// The large data set `npm run bench:pages` serves its pages from, built with set-based SQL (generate_series):
// one manufacturer's store of 10,000 products, 1,000 retailers with 3,000 locations (every one an approved dealer),
// BENCH_ORDERS orders (default 1,000,000) over the past year: 2% posted (on the board, retailer 1 bidding on some),
// the rest awarded to a retailer, shipped and delivered (a year of statements), with the insight summary refreshed. And
// the three people who read the pages: ops, the manufacturer's admin and retailer 1's admin, all with PASSWORD.
const argon2 = require('argon2');
const { Pool } = require('pg');
const { DataSource } = require('typeorm');
const { appSettings, createScratchDatabase, insertOrdersInBulk, scratchUrl, timed } = require('../scratch-database');
const { typeormOptions } = require('../../dist/src/database/typeorm-options');

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const SLUG = 'bench-cycles';
const PASSWORD = 'bench-pages-password-2026';
const PEOPLE = { ops: 'ops@bench.example', manufacturer: 'admin@bench-cycles.example', retailer: 'admin@shop-1.example' };
const PRODUCTS = 10_000;
const RETAILERS = 1_000;
const LOCATIONS = 3_000;

const id = (block, n) => `('00000000-0000-4000-${block}-' || lpad((${n})::text, 12, '0'))::uuid`;
const MAKER = "'00000000-0000-4000-8000-000000000001'::uuid";

/** Fills the migrated, empty database `db` (a TypeORM DataSource) with `orders` orders and everything around them. */
async function generate(db, orders) {
  await db.query(`INSERT INTO manufacturers (id, name) VALUES (${MAKER}, 'Bench Cycles')`);
  await db.query(`INSERT INTO stores (manufacturer_id, slug, name, launched_at) VALUES (${MAKER}, '${SLUG}', 'Bench Cycles', now())`);
  await db.query(`INSERT INTO products (manufacturer_id, sku, name, description, price_minor, fulfilment_price_minor)
    SELECT ${MAKER}, 'BK-' || lpad(g::text, 5, '0'), (ARRAY['Road', 'Trail', 'Gravel', 'City', 'Kids'])[1 + g % 5] || ' bike ' || g,
           'A ' || (ARRAY['light', 'sturdy', 'fast', 'comfortable'])[1 + g % 4] || ' bike for every day, frame size ' || (48 + g % 12) || ' cm.',
           100000 + g, 80000 + g FROM generate_series(1, ${PRODUCTS}) g`);
  await db.query(`INSERT INTO retailers (id, name) SELECT ${id('9000', 'g')}, 'Shop ' || g FROM generate_series(1, ${RETAILERS}) g`);
  // Three locations per retailer, scattered over the contiguous US.
  await db.query(`INSERT INTO retailer_locations (id, retailer_id, name, line1, city, region, postal_code, country, lat, lng, service_radius_km)
    SELECT ${id('a000', 'g')}, ${id('9000', `1 + (g - 1) % ${RETAILERS}`)}, 'Store ' || g, '1 Main St', 'Town', 'ST', '00000', 'US',
           30 + random() * 17, -122 + random() * 50, 150 FROM generate_series(1, ${LOCATIONS}) g`);
  await db.query(`INSERT INTO dealer_approvals (manufacturer_id, retailer_id, status, decided_at)
    SELECT ${MAKER}, id, 'approved', now() - interval '400 days' FROM retailers`);
  const posted = `g % 50 = 0`;
  await insertOrdersInBulk(
    db,
    `INSERT INTO orders (id, manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name,
                         customer_email, ship_line1, ship_city, ship_region, ship_postal_code, ship_country, ship_lat, ship_lng,
                         tracking_token, created_at, posted_at, resolves_at)
    SELECT ${id('b000', 'g')}, ${MAKER}, s.id, CASE WHEN ${posted} THEN 'posted' ELSE 'delivered' END::order_status, 'USD', 150000, 120000,
           'Customer ' || g, 'customer' || g || '@example.com', '1 Road', 'Portland', 'OR', '97201', 'US', 30 + random() * 17, -122 + random() * 50,
           md5(g::text), at, at, CASE WHEN ${posted} THEN now() + interval '1 day' ELSE at + interval '1 day' END
      FROM generate_series(1, ${orders}) g
      CROSS JOIN LATERAL (SELECT now() - interval '365 days' * (1 - g::float / ${orders}) AS at) t
      CROSS JOIN (SELECT id FROM stores) s`,
  );
  await db.query(`INSERT INTO order_lines (order_id, product_id, sku, name, quantity, unit_price_minor, unit_fulfilment_price_minor)
    SELECT o.id, p.id, p.sku, p.name, 1, p.price_minor, p.fulfilment_price_minor
      FROM orders o JOIN products p ON p.sku = 'BK-' || lpad((1 + o.number % ${PRODUCTS})::text, 5, '0')`);
  // Delivered orders: awarded to a retailer's first location, shipped two days later and delivered two after.
  await db.query(`INSERT INTO awards (order_id, kind, retailer_id, location_id, distance_km, reason, created_at, local_day)
    SELECT o.id, 'retailer', ${id('9000', `1 + o.number % ${RETAILERS}`)}, ${id('a000', `1 + o.number % ${RETAILERS}`)}, 12.5,
           'nearest bidder', o.resolves_at, o.resolves_at::date
      FROM orders o WHERE o.status = 'delivered'`);
  await db.query(`INSERT INTO shipments (order_id, award_id, retailer_id, carrier, tracking_number, shipped_at, delivered_at)
    SELECT a.order_id, a.id, a.retailer_id, 'UPS', '1Z' || lpad(o.number::text, 16, '0'), a.created_at + interval '2 days', a.created_at + interval '4 days'
      FROM awards a JOIN orders o ON o.id = a.order_id`);
  // Retailer 1 bids from its first location on 200 open orders.
  await db.query(`INSERT INTO bids (order_id, retailer_id, location_id, placed_at)
    SELECT id, ${id('9000', 1)}, ${id('a000', 1)}, now() - interval '1 hour' FROM orders WHERE status = 'posted' ORDER BY number LIMIT 200`);
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await db.query(
    `INSERT INTO users (email, name, password_hash, role, manufacturer_id, retailer_id, is_admin) VALUES
    ($1, 'Ops', $4, 'ops', NULL, NULL, true), ($2, 'Maker admin', $4, 'manufacturer', ${MAKER}, NULL, true),
    ($3, 'Shop admin', $4, 'retailer', NULL, ${id('9000', 1)}, true)`,
    [PEOPLE.ops, PEOPLE.manufacturer, PEOPLE.retailer, hash],
  );
  await db.query('VACUUM ANALYZE');
  await refreshInsight(db);
}

/** The insight pages read summary tables the app's refresh job keeps: written once, as the nightly refresh does. */
async function refreshInsight(db) {
  const { InsightRefresh } = require('../../dist/src/insight/insight-refresh.service');
  const [store] = await db.query(`SELECT id FROM stores WHERE slug = $1`, [SLUG]);
  await timed('insight summary refreshed', () => new InsightRefresh(db, null, { now: () => new Date() }).refresh(store.id));
}

/**
 * The data set in the database `name`: with BENCH_REUSE_DATA=1 the one a previous invocation left there when it has
 * ORDERS orders, else made afresh (migrated, generated, then `addMore(db)` when given).
 */
async function prepareData(name, addMore) {
  if (process.env.BENCH_REUSE_DATA) {
    const pool = new Pool({ connectionString: scratchUrl(name), max: 1 });
    const count = await pool.query('SELECT count(*)::int AS n FROM orders').then(
      (r) => r.rows[0].n,
      () => -1,
    );
    // A data set from before the insight pages were measured has no summary: it is refreshed, not regenerated.
    const refreshed = count === ORDERS && (await pool.query('SELECT count(*)::int AS n FROM insight_refreshes')).rows[0].n > 0;
    await pool.end();
    if (count === ORDERS) {
      console.log(`  reusing ${name} (${ORDERS} orders)`);
      if (!refreshed) {
        const db = await new DataSource(typeormOptions(scratchUrl(name), false)).initialize();
        await refreshInsight(db);
        await db.destroy();
      }
      return;
    }
  }
  const db = await createScratchDatabase(name);
  await timed(`generated ${ORDERS} orders`, () => generate(db, ORDERS));
  if (addMore) await addMore(db);
  await db.destroy();
}

/** The app as the benches of these pages run it on the data set in the database `name`, with `settings` beside. */
function createBenchApp(name, settings = {}) {
  const { createApp } = require('../../dist/src/app.factory');
  const { loadConfig } = require('../../dist/src/config/app-config');
  return createApp(loadConfig(appSettings(name, { PAYMENTS_TEST_MODE: 'true', ...settings })));
}

module.exports = { SLUG, PASSWORD, PEOPLE, generate, prepareData, createBenchApp };
