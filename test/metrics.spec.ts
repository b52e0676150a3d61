import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { randomBytes, randomUUID } from 'node:crypto';
import { RerouteService } from '../src/fulfilment/reroute.service';
import { QUEUE_READ_TIMEOUT_MS } from '../src/metrics/queue-depth.service';
import { QUEUES } from '../src/queue/jobs';
import { Clock } from '../src/resolution/clock';
import { addLocation, makeDealer, northOf, PORTLAND } from './support/board';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, orderBody, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { resolveNow, waitForRun } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, one sample per line: `name{label="value",…} value [timestamp]`. */
function parseMetrics(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/.exec(line);
      if (!match) throw new Error(`Not a Prometheus sample: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, key, raw] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
        labels[key] = raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      }
      const value = { '+Inf': Infinity, '-Inf': -Infinity }[match[3]] ?? Number(match[3]);
      return { name: match[1], labels, value };
    });
}

const DAY = 24 * 3600_000;

describe('Prometheus metrics', () => {
  const scrapeToken = randomBytes(24).toString('hex');
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let product: ProductFixture;
  let near: Tenant;
  let far: Tenant;

  const scrape = async () => parseMetrics((await t.http.get('/metrics').set(bearer(scrapeToken)).expect(200)).text);
  const valueOf = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
    samples.find((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value))?.value;
  const bid = (who: Tenant, orderId: string) => t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(who.admin.token)).send({}).expect(200);

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: scrapeToken });
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    [slug, product] = await Promise.all([storeSlugOf(t, maker), createProduct(t, maker)]);
    [near, far] = await Promise.all([createRetailer(t, ops, 'Near Bikes'), createRetailer(t, ops, 'Far Bikes')]);
    for (const [shop, km] of [
      [near, 2],
      [far, 6],
    ] as const) {
      await addLocation(t, shop, northOf(PORTLAND, km));
      await makeDealer(t, maker, shop);
    }
  });
  afterAll(() => t.close());

  describe('access', () => {
    it('refuses a request without credentials with 401', async () => {
      const response = await t.http.get('/metrics').expect(401);
      expect(response.body).toMatchObject({ statusCode: 401, message: expect.stringMatching(/^Sign in first/) });
    });

    it('refuses a wrong scrape token with 401', async () => {
      await t.http
        .get('/metrics')
        .set(bearer('x'.repeat(48)))
        .expect(401);
    });

    it('refuses a retailer with 403', async () => {
      const response = await t.http.get('/metrics').set(bearer(near.admin.token)).expect(403);
      expect(response.body.message).toBe('This requires an ops account');
    });

    it('serves an ops user and a scraper with METRICS_TOKEN, outside the API prefix', async () => {
      const asOps = await t.http.get('/metrics').set(bearer(ops.token)).expect(200);
      expect(asOps.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      await t.http.get('/metrics').set(bearer(scrapeToken)).expect(200);
      await t.http.get('/api/v1/metrics').set(bearer(ops.token)).expect(404);
    });
  });

  it('counts orders, bids and awards once each, only after they are committed', async () => {
    // Order A, and the same request sent again: a replay, not a second order.
    const key = randomUUID();
    const a = await placeOrder(t, slug, { lines: [{ sku: product.sku }], idempotencyKey: key });
    expect((await placeOrder(t, slug, { lines: [{ sku: product.sku }], idempotencyKey: key })).id).toBe(a.id);
    const b = await placeOrder(t, slug, { lines: [{ sku: product.sku }] });
    // Refused and rolled back: not counted.
    await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send(orderBody({ lines: [{ sku: 'NOPE' }] }))
      .expect(422);

    await bid(near, a.id);
    await bid(near, a.id); // placing an open bid again keeps it: not a new bid
    await bid(far, a.id);
    await bid(near, b.id);
    await t.http.delete(`/api/v1/retailer/board/${b.id}/bid`).set(bearer(near.admin.token)).expect(200);
    await t.http.delete(`/api/v1/retailer/board/${b.id}/bid`).set(bearer(near.admin.token)).expect(200); // already withdrawn

    // A dry run awards nothing, so it counts nothing.
    const clock = t.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 30 * DAY));
    const dry = await t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: true }).expect(202);
    expect(await waitForRun(t, ops.token, dry.body.id)).toMatchObject({ state: 'completed', counts: { considered: 2 } });
    jest.restoreAllMocks();

    // A goes to the nearest bidder, B (bid withdrawn) to the manufacturer.
    const run = await resolveNow(t, ops.token);
    expect(run.counts).toEqual({ considered: 2, awardedRetailer: 1, awardedManufacturer: 1 });
    // Near declines A: it passes to Far, who then misses the ship-by date: it goes to the manufacturer.
    await t.http.post(`/api/v1/retailer/orders/${a.id}/decline`).set(bearer(near.admin.token)).send({ reason: 'Sold out' }).expect(200);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 4 * DAY));
    expect(await t.app.get(RerouteService).rerouteOverdue()).toBe(1);
    jest.restoreAllMocks();

    const samples = await scrape();
    expect(valueOf(samples, 'nearfill_orders_placed_total', { currency: 'USD' })).toBe(2);
    expect(samples.filter((s) => s.name === 'nearfill_orders_placed_total')).toHaveLength(1);
    expect(valueOf(samples, 'nearfill_bids_placed_total')).toBe(3);
    expect(valueOf(samples, 'nearfill_bids_withdrawn_total')).toBe(1);
    const awards = Object.fromEntries(
      samples.filter((s) => s.name === 'nearfill_awards_total').map((s) => [`${s.labels.kind} ${s.labels.via}`, s.value]),
    );
    expect(awards).toEqual({
      'retailer resolution': 1,
      'manufacturer resolution': 1,
      'retailer declined': 1,
      'manufacturer declined': 0,
      'retailer overdue': 0,
      'manufacturer overdue': 1,
      'retailer rerouted': 0,
      'manufacturer rerouted': 0,
    });
  });

  it('times requests by route pattern, never by the raw URL', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku: product.sku }] });
    await bid(near, order.id);
    await t.http.get(`/api/v1/nothing/${order.id}`).expect(404);

    const samples = await scrape();
    const latency = samples.filter((s) => s.name.startsWith('nearfill_http_request_duration_seconds'));
    const bids = { method: 'PUT', route: '/api/v1/retailer/board/:orderId/bid', status_code: '200' };
    expect(valueOf(samples, 'nearfill_http_request_duration_seconds_count', bids)).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'nearfill_http_request_duration_seconds_bucket', { ...bids, le: '+Inf' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'nearfill_http_request_duration_seconds_count', { route: 'unmatched', status_code: '404' })).toBeGreaterThanOrEqual(1);
    expect(latency.filter((s) => Object.values(s.labels).some((value) => value.includes(order.id)))).toEqual([]);
  });

  it('reports the depth of every queue by state, and the Node process with the nearfill_ prefix', async () => {
    const samples = await scrape();
    expect(valueOf(samples, 'nearfill_queue_up')).toBe(1);
    for (const queue of Object.values(QUEUES)) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect(valueOf(samples, 'nearfill_queue_jobs', { queue, state })).toBeGreaterThanOrEqual(0);
      }
    }
    expect(valueOf(samples, 'nearfill_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nearfill_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('still answers in time when Redis does not, with nearfill_queue_up 0 and no stale depths', async () => {
    const queue = t.app.get<Queue>(getQueueToken(QUEUES.resolution), { strict: false });
    const hung = jest.spyOn(queue, 'getJobCounts').mockReturnValue(new Promise(() => undefined));
    const started = Date.now();
    const samples = await scrape();
    expect(Date.now() - started).toBeLessThan(QUEUE_READ_TIMEOUT_MS + 2000);
    expect(valueOf(samples, 'nearfill_queue_up')).toBe(0);
    expect(valueOf(samples, 'nearfill_queue_jobs')).toBeUndefined();

    hung.mockRestore();
    expect(valueOf(await scrape(), 'nearfill_queue_up')).toBe(1);
  });
});

describe('Prometheus metrics with in-process jobs (no REDIS_URL)', () => {
  const scrapeToken = randomBytes(24).toString('hex');
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ REDIS_URL: '', METRICS_TOKEN: scrapeToken })));
  afterAll(() => t.close());

  it('serves every other metric and leaves out the queue gauges, as there is no queue', async () => {
    const samples = parseMetrics((await t.http.get('/metrics').set(bearer(scrapeToken)).expect(200)).text);
    expect(samples.some((s) => s.name === 'nearfill_bids_placed_total')).toBe(true);
    expect(samples.filter((s) => s.name.startsWith('nearfill_queue_'))).toEqual([]);
  });
});
