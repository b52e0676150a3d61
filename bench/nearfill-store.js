// The Nearfill side of the order placement benchmarks: a scratch database with one manufacturer's store and
// product, the app served on it, and the order a customer places there.
require('reflect-metadata');
const { createApp } = require('../dist/src/app.factory');
const { loadConfig } = require('../dist/src/config/app-config');
const { appSettings, createScratchDatabase } = require('./scratch-database');

/** The store's slug: orders are placed with POST /api/v1/stores/:slug/orders. */
const SLUG = 'bench-cycles';

/** The body of one placement: two of the store's one product, shipped to Portland. */
const ORDER = {
  customer: { name: 'Jamie Rivera', email: 'jamie@example.com', phone: '+1 503 555 0100' },
  shippingAddress: { line1: '1200 SW Main St', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
  lines: [{ sku: 'BK-1', quantity: 2 }],
};

/** Creates (or recreates) the scratch database `name`, migrated, with the store of SLUG selling product BK-1. */
async function createStoreDatabase(name) {
  const dataSource = await createScratchDatabase(name);
  const [maker] = await dataSource.query(`INSERT INTO manufacturers (name) VALUES ('Bench Cycles') RETURNING id`);
  await dataSource.query(`INSERT INTO stores (manufacturer_id, slug, name) VALUES ($1, $2, 'Bench Cycles')`, [maker.id, SLUG]);
  await dataSource.query(
    `INSERT INTO products (manufacturer_id, sku, name, price_minor, fulfilment_price_minor) VALUES ($1, 'BK-1', 'Road bike', 129900, 110000)`,
    [maker.id],
  );
  await dataSource.destroy();
}

/**
 * Serves the real app on database `name` (already migrated) on a free loopback port, in production mode, logging
 * warnings only, with `env` added to its settings (a bench's payment provider). Resolves to { url: the API's base
 * URL ending in /api/v1, close() }.
 */
async function startNearfill(name, env = {}) {
  // Without Redis the app delivers its outbox in this same process. Its first round comes a minute after start,
  // after a bench's runs: placement is measured without e-mail delivery (a baseline writes the e-mail row but
  // never sends it). With runs longer than 25 s in all, delivery overlaps the measured run.
  const config = loadConfig({
    ...env,
    ...appSettings(name, {
      // One load generator on one address places thousands of orders a second: the bench measures placement,
      // not the per-address limit that would refuse it.
      RATE_LIMIT_ADDRESS: '100000000',
    }),
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  return { url: `${await app.getUrl()}/api/v1`, close: () => app.close() };
}

module.exports = { SLUG, ORDER, createStoreDatabase, startNearfill };
