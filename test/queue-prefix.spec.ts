import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { ownerKey } from '../src/queue/queue-prefix';
import { QueuePrefixClaim } from '../src/queue/queue-prefix-claim';
import { BARE_ENV, MAIN } from './support/built-app';
import { freePort } from './support/own-redis';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, dropTestDatabase } from './support/test-database';
import { databaseUrl, TEST_REDIS_URL } from './support/test-env';

const TAKEN =
  /^QUEUE_PREFIX "(\w+)" is already used by the deployment of database "(\w+)" of PostgreSQL system \d+ in this Redis, and this one runs on database "(\w+)" of PostgreSQL system \d+: two deployments on one prefix take each other's jobs\. Give this deployment its own prefix \(e\.g\. QUEUE_PREFIX=\w+_2\), or, if that database is gone for good, delete the key "\w+:database" in Redis\.$/;

describe('one queue prefix, one database', () => {
  let first: TestApp;
  let other: string;
  const redis = new Redis(TEST_REDIS_URL);

  beforeAll(async () => {
    first = await startTestApp();
    other = await createTestDatabase();
  });
  afterAll(async () => {
    await first?.close();
    await dropTestDatabase(other);
    redis.disconnect();
  });

  const prefix = () => first.config.QUEUE_PREFIX;

  it('records the database whose queues a prefix holds, and starts a second instance on that database', async () => {
    expect(await redis.get(ownerKey(prefix()))).toBe(`database "${first.databaseName}" of PostgreSQL system ${await systemOf(first)}`);
    const second = await startTestApp({ DATABASE_URL: databaseUrl(first.databaseName) });
    await second.http.get('/health/ready').expect(200);
    await second.app.close();
  });

  it('refuses to start on a prefix another database uses, saying what to do in one line', async () => {
    // The built app as a user starts it: exit code 1 and that one line, before it loads.
    const started = spawnSync(process.execPath, [MAIN], {
      cwd: mkdtempSync(join(tmpdir(), 'nearfill-prefix-')),
      env: {
        ...BARE_ENV,
        PORT: String(await freePort()),
        DATABASE_URL: databaseUrl(other),
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: prefix(),
        JWT_SECRET: randomBytes(32).toString('hex'),
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(started.status).toBe(1);
    expect(started.stdout).toBe('');
    const [line, ...rest] = started.stderr.trim().split('\n');
    expect(line).toMatch(TAKEN);
    expect(line.match(TAKEN)!.slice(1)).toEqual([prefix(), first.databaseName, other]);
    expect(rest).toEqual([]);
  });

  it("refuses in the app's own claim too (made when Redis comes back after a start without it)", async () => {
    const mine = await redis.get(ownerKey(prefix()));
    await redis.set(ownerKey(prefix()), `database "${other}" of PostgreSQL system 1`);
    try {
      await expect(first.app.get(QueuePrefixClaim).claim()).rejects.toThrow(TAKEN);
    } finally {
      await redis.set(ownerKey(prefix()), mine!);
    }
    await expect(first.app.get(QueuePrefixClaim).claim()).resolves.toBe(true);
  });

  it('starts on that prefix once its key is deleted, as the line says, when the other database is gone for good', async () => {
    const taken = await redis.get(ownerKey(prefix()));
    await redis.del(ownerKey(prefix()));
    try {
      const moved = await startTestApp({ DATABASE_URL: databaseUrl(other), QUEUE_PREFIX: prefix() });
      await moved.app.close();
      expect(await redis.get(ownerKey(prefix()))).toMatch(new RegExp(`^database "${other}"`));
    } finally {
      await redis.set(ownerKey(prefix()), taken!);
    }
  });
});

async function systemOf(t: TestApp): Promise<string> {
  const [{ system }] = await t.app.get(DataSource).query(`SELECT system_identifier::text AS system FROM pg_control_system()`);
  return system;
}
