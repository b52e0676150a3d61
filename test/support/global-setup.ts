import 'reflect-metadata';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../../src/database/typeorm-options';
import { databaseUrl, templateDatabase, TEST_DATABASE_URL, TEST_REDIS_URL } from './test-env';

// Migrations run once, into a template database; each test file then copies it (CREATE DATABASE … TEMPLATE).
export default async function globalSetup(): Promise<void> {
  // Test workers start after this and inherit the variable.
  process.env.NEARFILL_TEST_TEMPLATE = `nearfill_test_template_${process.pid}`;
  const template = templateDatabase();
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect().catch((error) => {
    throw new Error(`Tests need PostgreSQL at ${TEST_DATABASE_URL} (set TEST_DATABASE_URL): ${error.message}`);
  });
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const dataSource = await new DataSource(typeormOptions(databaseUrl(template), false)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect().catch((error) => {
    throw new Error(`Tests need Redis at ${TEST_REDIS_URL} (set TEST_REDIS_URL): ${error.message}`);
  });
  redis.disconnect();
}
