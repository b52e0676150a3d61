// What every benchmark needs first: a fresh, migrated database on the PostgreSQL server of
// BENCH_DATABASE_URL (an admin database URL; default postgres://postgres@127.0.0.1:5432/postgres).
require('reflect-metadata');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { DataSource } = require('typeorm');
const { typeormOptions } = require('../dist/src/database/typeorm-options');

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const scratchUrl = (name) => Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();

/** Drops (disconnecting its sessions) and recreates the empty database `name` on the server of BENCH_DATABASE_URL. */
async function recreateDatabase(name) {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

/** Drops and recreates `name`, applies the migrations, and returns a connected DataSource on it. */
async function createScratchDatabase(name) {
  await recreateDatabase(name);
  const dataSource = await new DataSource(typeormOptions(scratchUrl(name), false)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * Drops `copy` and makes it again as a file copy of `source` (which must have no open connection): a fresh
 * database with the same data, statistics and hint bits, without generating them again.
 */
async function copyDatabase(source, copy) {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
    // FILE_COPY copies the files after a checkpoint instead of logging every page to the WAL.
    await admin.query(`CREATE DATABASE ${copy} TEMPLATE ${source} STRATEGY FILE_COPY`);
  } finally {
    await admin.end();
  }
}

/**
 * Runs `insertOrders` (one INSERT INTO orders … SELECT of many rows) as a restore would: the row trigger that
 * puts posted orders on board_orders is off meanwhile, and their board rows are written in one statement after.
 */
async function insertOrdersInBulk(db, insertOrders) {
  await db.query('ALTER TABLE orders DISABLE TRIGGER orders_board_insert');
  await db.query(insertOrders);
  await db.query(`INSERT INTO board_orders (order_id, manufacturer_id, resolves_at, ship_lat, ship_lng, area_lat, area_lng)
    SELECT id, manufacturer_id, resolves_at, ship_lat, ship_lng, nearfill_area_lat(ship_lat), nearfill_area_lng(ship_lat, ship_lng)
      FROM orders WHERE status = 'posted'`);
  await db.query('ALTER TABLE orders ENABLE TRIGGER orders_board_insert');
}

/** Runs `work`, prints how long it took, and returns the seconds. */
async function timed(label, work) {
  const start = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`  ${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

/**
 * The app's settings on the migrated database `name` as a bench serves it: production mode, warnings only, a fresh
 * signing secret, and an outbox relayed a minute after start (after a bench's runs); `settings` come beside.
 */
const appSettings = (name, settings = {}) => ({
  DATABASE_URL: scratchUrl(name),
  LOG_LEVEL: 'warn',
  RUN_MIGRATIONS: 'false',
  NODE_ENV: 'production',
  JWT_SECRET: randomBytes(32).toString('hex'),
  OUTBOX_RELAY_INTERVAL_MS: '60000',
  ...settings,
});

module.exports = { scratchUrl, recreateDatabase, copyDatabase, createScratchDatabase, insertOrdersInBulk, timed, appSettings };
