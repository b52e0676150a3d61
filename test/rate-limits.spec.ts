import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { loadConfig } from '../src/config/app-config';
import { LimiterStore } from '../src/rate-limits/limiter-store';
import { bearer, createOps, createRetailer } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
import { TEST_REDIS_URL } from './support/test-env';

/** The RateLimit header field's parts: `"<policy>";r=<remaining>;t=<seconds to reset>`. */
function remaining(response: Response): { policy: string; r: number; t: number } {
  const match = /^"([a-z-]+)";r=(\d+);t=(\d+)$/.exec(response.headers['ratelimit'] ?? '');
  if (!match) throw new Error(`No RateLimit field on ${response.status}: ${JSON.stringify(response.headers)}`);
  return { policy: match[1], r: Number(match[2]), t: Number(match[3]) };
}

/** A 429 as the limit answers it: Retry-After within the window, nothing left, a message saying how long to wait. */
function expectRefused(response: Response, policy: string, windowSeconds: number) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(remaining(response)).toEqual({ policy, r: 0, t: retryAfter });
  expect(response.body.message).toMatch(/^Too many requests\. Wait \d+ seconds?, then try again\.$/);
}

describe('rate limits per caller', () => {
  describe('for callers without credentials, per client address', () => {
    let t: TestApp;
    // Behind a trusted proxy each test's client has its own address, so the counts of one never touch another's.
    const from = (address: string) => ({ 'X-Forwarded-For': address });
    beforeAll(async () => (t = await startTestApp({ RATE_LIMIT_ADDRESS: '3', TRUST_PROXY: 'loopback' })));
    afterAll(() => t.close());

    it('counts tracking, store and checkout requests together and answers the fourth with 429 and Retry-After', async () => {
      const client = from('203.0.113.7');
      const answers = [
        await t.http.get(`/api/v1/orders/track/${randomBytes(24).toString('base64url')}`).set(client),
        await t.http.get('/api/v1/stores/no-such-store').set(client),
        await t.http.post('/api/v1/stores/no-such-store/orders').set(client).set('Idempotency-Key', 'k-1').send({}),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([404, 404, expect.any(Number)]);
      for (const answer of answers) expect(answer.headers['ratelimit-policy']).toBe('"address";q=3;w=60');
      expect(answers.map((answer) => remaining(answer).r)).toEqual([2, 1, 0]);
      expectRefused(await t.http.get('/api/v1/stores/no-such-store').set(client), 'address', 60);
      // Another address is counted on its own.
      const other = await t.http.get('/api/v1/stores/no-such-store').set(from('198.51.100.20')).expect(404);
      expect(remaining(other).r).toBe(2);
    });

    it("limits a store's pages too, answering with the store's 429 page", async () => {
      const client = from('203.0.113.8');
      for (let i = 0; i < 3; i += 1) await t.http.get('/s/no-such-store').set(client).set('Accept', 'text/html').expect(404);
      const refused = await t.http.get('/s/no-such-store').set(client).set('Accept', 'text/html').expect(429);
      expect(refused.headers['content-type']).toMatch(/^text\/html/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.text).toContain('Too many requests');
    });

    it('counts requests with wrong credentials against the address, so keys cannot be guessed at full speed', async () => {
      const client = { ...from('203.0.113.9'), 'X-Api-Key': 'nf_not-a-key' };
      for (let i = 0; i < 3; i += 1) await t.http.get('/api/v1/retailer/locations').set(client).expect(401);
      expectRefused(await t.http.get('/api/v1/retailer/locations').set(client), 'address', 60);
    });
  });

  describe('for API keys and users, per principal', () => {
    let t: TestApp;
    let shopToken: string;
    let opsToken: string;
    let key: string;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_API_KEY: '4', RATE_LIMIT_USER: '6', RATE_LIMIT_WINDOW_SECONDS: '120' });
      const ops = await createOps(t);
      opsToken = ops.token;
      const shop = await createRetailer(t, ops);
      shopToken = shop.admin.token;
      key = (await t.http.post('/api/v1/retailer/api-keys').set(bearer(shopToken)).send({ name: 'Stock sync' }).expect(201)).body.key;
    });
    afterAll(() => t.close());

    it("gives each API key its own quota and refuses it with 429 once spent, while its retailer's users go on", async () => {
      const seen: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const answer = await t.http.get('/api/v1/retailer/locations').set('X-Api-Key', key).expect(200);
        expect(answer.headers['ratelimit-policy']).toBe('"api-key";q=4;w=120');
        seen.push(remaining(answer).r);
      }
      expect(seen).toEqual([3, 2, 1, 0]);
      expectRefused(await t.http.get('/api/v1/retailer/locations').set('X-Api-Key', key), 'api-key', 120);
      const user = await t.http.get('/api/v1/retailer/locations').set(bearer(shopToken)).expect(200);
      expect(user.headers['ratelimit-policy']).toBe('"user";q=6;w=120');
    });

    it('gives each signed-in user their own quota', async () => {
      let answer = await t.http.get('/api/v1/auth/me').set(bearer(shopToken));
      while (answer.status === 200) answer = await t.http.get('/api/v1/auth/me').set(bearer(shopToken));
      expectRefused(answer, 'user', 120);
      // Another user, even of a role that onboarded this one, still has theirs.
      expect(remaining(await t.http.get('/api/v1/auth/me').set(bearer(opsToken)).expect(200)).policy).toBe('user');
    });
  });

  describe('where the counts are kept', () => {
    const config = (env: Record<string, string>) =>
      loadConfig({ NODE_ENV: 'test', QUEUE_PREFIX: `limits_${randomBytes(4).toString('hex')}`, ...env });

    it('in Redis when REDIS_URL is set: two instances share one count', async () => {
      const shared = config({ REDIS_URL: TEST_REDIS_URL });
      const [first, second] = [new LimiterStore(shared), new LimiterStore(shared)];
      await Promise.all([first.onModuleInit(), second.onModuleInit()]);
      try {
        const [a, b] = [first.limiter('rate:user', 3, 60), second.limiter('rate:user', 3, 60)];
        await a.consume('user-1');
        await b.consume('user-1');
        await a.consume('user-1');
        await expect(b.consume('user-1')).rejects.toMatchObject({ remainingPoints: 0 });
      } finally {
        first.onModuleDestroy();
        second.onModuleDestroy();
      }
    });

    it('in memory without Redis: each process counts alone', async () => {
      const alone = config({});
      const [a, b] = [new LimiterStore(alone).limiter('rate:user', 1, 60), new LimiterStore(alone).limiter('rate:user', 1, 60)];
      await a.consume('user-1');
      await expect(a.consume('user-1')).rejects.toMatchObject({ remainingPoints: 0 });
      await expect(b.consume('user-1')).resolves.toMatchObject({ remainingPoints: 0 });
    });
  });
});
