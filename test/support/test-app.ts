import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { AddressInfo, createServer } from 'node:net';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import type { DestinationStream } from 'pino';
import { createApp } from '../../src/app.factory';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { recordStatuses } from './status-log';
import { createTestDatabase, dropTestDatabase } from './test-database';
import { databaseUrl, TEST_REDIS_URL } from './test-env';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  config: AppConfig;
  databaseName: string;
  close(): Promise<void>;
}

/** The app's settings for a test on database `databaseName`, which also names its Redis key prefix; `env` wins. */
export function testConfig(databaseName: string, env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl(databaseName),
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: databaseName,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOGIN_RATE_LIMIT: '1000',
    LOGIN_ADDRESS_RATE_LIMIT: '1000',
    // Tests send thousands of requests from one address; rate-limits.spec.ts proves the limits with low ones.
    RATE_LIMIT_API_KEY: '1000000',
    RATE_LIMIT_USER: '1000000',
    RATE_LIMIT_ADDRESS: '1000000',
    ...env,
  });
}

/**
 * The real app on its own PostgreSQL database (a copy of the migrated template) and its own Redis key
 * prefix, so test files run in parallel without seeing each other's data. A second instance of the same
 * deployment passes the first's `DATABASE_URL` (and `QUEUE_PREFIX`): it shares them and leaves the database
 * to the first to drop.
 */
export async function startTestApp(env: Record<string, string> = {}, logStream?: DestinationStream): Promise<TestApp> {
  const shared = env.DATABASE_URL !== undefined;
  const databaseName = shared ? new URL(env.DATABASE_URL).pathname.slice(1) : await createTestDatabase();
  const config = testConfig(databaseName, env);
  let app: NestFastifyApplication | undefined;
  let writeStatuses: ReturnType<typeof recordStatuses>;
  try {
    app = await createApp(config, logStream);
    writeStatuses = recordStatuses(app);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  } catch (error) {
    await app?.close().catch(() => undefined);
    if (!shared) await dropTestDatabase(databaseName);
    throw error;
  }
  return {
    app,
    config,
    databaseName,
    http: request(app.getHttpServer()),
    async close() {
      await writeStatuses();
      await app.close();
      if (!shared) await dropTestDatabase(databaseName);
      await deleteRedisKeys(TEST_REDIS_URL, `${config.QUEUE_PREFIX}:*`);
    },
  };
}

async function deleteRedisKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url);
  try {
    for await (const keys of redis.scanStream({ match: pattern, count: 500 })) {
      if ((keys as string[]).length) await redis.del(...(keys as string[]));
    }
  } finally {
    redis.disconnect();
  }
}

/** A test app listening on its own PUBLIC_BASE_URL (`base`). */
export type ListeningTestApp = TestApp & { base: string };

/**
 * The app listening on a free local port that is also its PUBLIC_BASE_URL, for browser tests: the pages it links
 * to by absolute URL (the test provider's payment page and the return from it) are then the ones the browser reaches.
 */
export async function startListeningTestApp(env: Record<string, string> = {}): Promise<ListeningTestApp> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const t = await startTestApp({ PUBLIC_BASE_URL: base, ...env });
  await t.app.listen(port, '127.0.0.1');
  return { ...t, base };
}
