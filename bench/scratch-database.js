// What every benchmark needs first: a fresh, migrated database on the PostgreSQL server of
// BENCH_DATABASE_URL (an admin database URL; default postgres://postgres@127.0.0.1:5432/postgres).
require('reflect-metadata');
const { Client } = require('pg');
const { DataSource } = require('typeorm');
const { typeormOptions } = require('../dist/src/database/typeorm-options');

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const scratchUrl = (name) => Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();

/** Drops and recreates `name`, applies the migrations, and returns a connected DataSource on it. */
async function createScratchDatabase(name) {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dataSource = await new DataSource(typeormOptions(scratchUrl(name), false)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** Runs `work`, prints how long it took, and returns the seconds. */
async function timed(label, work) {
  const start = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`  ${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

module.exports = { scratchUrl, createScratchDatabase, timed };
