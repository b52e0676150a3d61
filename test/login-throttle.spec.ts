import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { createOps, PASSWORD } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
import { databaseUrl, TEST_REDIS_URL } from './support/test-env';

const SENTENCE = /^Too many failed sign-in attempts (for this account|from your network)\. Wait \d+ (seconds|minutes), then try again\.$/;

describe('failed sign-in limits', () => {
  const apps: TestApp[] = [];
  // The last started first: a second instance closes before the first drops their database.
  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
  });
  const start = async (env: Record<string, string>) => {
    const app = await startTestApp({ TRUST_PROXY: 'loopback', ...env });
    apps.push(app);
    return app;
  };
  const attempt = (t: TestApp, from: string, email: string, password = 'wrong-guess-123') =>
    t.http.post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ email, password });

  it('slow down one address trying a password on many accounts, and only that address', async () => {
    const t = await start({ LOGIN_ADDRESS_RATE_LIMIT: '5', LOGIN_RATE_LIMIT: '100' });
    for (let i = 0; i < 5; i++) await attempt(t, '203.0.113.7', `victim-${i}@shop.test`, 'Summer2024!').expect(401);
    const refused = await attempt(t, '203.0.113.7', 'victim-5@shop.test', 'Summer2024!').expect(429);
    expect(refused.body.message).toMatch(SENTENCE);
    expect(refused.body.message).toContain('from your network');
    expect(refused.body.message).not.toMatch(/Throttler|Exception/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await attempt(t, '198.51.100.20', 'victim-5@shop.test', 'Summer2024!').expect(401);
  });

  it('slow down guesses on one account spread over many addresses, without locking the address out of other accounts', async () => {
    const t = await start({ LOGIN_RATE_LIMIT: '3', LOGIN_ADDRESS_RATE_LIMIT: '100' });
    const victim = await createOps(t);
    for (const from of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) await attempt(t, from, victim.email).expect(401);
    const refused = await attempt(t, '192.0.2.4', victim.email, PASSWORD).expect(429);
    expect(refused.body.message).toContain('for this account');
    const colleague = await createOps(t);
    await attempt(t, '192.0.2.4', colleague.email, PASSWORD).expect(200);
  });

  it('count in Redis, so every instance sees the same failures', async () => {
    const prefix = `nearfill_login_${randomBytes(4).toString('hex')}`;
    const env = { LOGIN_RATE_LIMIT: '3', QUEUE_PREFIX: prefix };
    const first = await start(env);
    const second = await start({ ...env, DATABASE_URL: databaseUrl(first.databaseName) });
    const email = 'shared-target@shop.test';
    await attempt(first, '192.0.2.10', email).expect(401);
    await attempt(second, '192.0.2.11', email).expect(401);
    await attempt(first, '192.0.2.12', email).expect(401);
    expect((await attempt(second, '192.0.2.13', email).expect(429)).body.message).toContain('for this account');
    const redis = new Redis(TEST_REDIS_URL);
    try {
      expect(await redis.keys(`${prefix}:login:account*`)).toHaveLength(1);
    } finally {
      redis.disconnect();
    }
  });
});
