import { SchedulerRegistry } from '@nestjs/schedule';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { ownerKey } from '../src/queue/queue-prefix';
import { addLocation, makeDealer, northOf, PORTLAND, shippedByShop, sql } from './support/board';
import { BARE_ENV, RunningApp, startBuiltApp } from './support/built-app';
import { eventually } from './support/eventually';
import { bearer, createManufacturer, createOps, createRetailer } from './support/factories';
import { FakeStripe, startFakeStripe } from './support/fake-stripe/fake-stripe';
import { completeOnboarding, registerConnectRoutes } from './support/fake-stripe/fake-stripe-connect';
import { createProduct, orderBody, OrderPlaced, storeSlugOf } from './support/marketplace';
import { freePort, OwnRedis } from './support/own-redis';
import { startTestApp, TestApp } from './support/test-app';
import { databaseUrl, TEST_REDIS_URL } from './support/test-env';
import { FakeTransfer } from './support/fake-stripe/fake-stripe-objects';

// Fulfilment price 1,100.00: fee 9.5% + 1.29 = 105.79.
const NET = 110_000 - 10_579;

/** A maker's bike and a dealer near Portland whose Stripe payout account is onboarded. */
async function onboardedShop(t: TestApp, fake: FakeStripe) {
  const ops = await createOps(t);
  const maker = await createManufacturer(t, ops, 'Cascade Cycles');
  const bike = await createProduct(t, maker, { priceMinor: 129_900, fulfilmentPriceMinor: 110_000 });
  const shop = await createRetailer(t, ops, 'Rose City Bikes');
  await addLocation(t, shop, northOf(PORTLAND, 3));
  await makeDealer(t, maker, shop);
  await t.http.post('/api/v1/retailer/payouts/account/onboarding').set(bearer(shop.admin.token)).expect(200);
  const [{ provider_account_id: accountId }] = await sql(t, `SELECT provider_account_id FROM payout_accounts WHERE fulfiller_id = $1`, [shop.id]);
  completeOnboarding(fake, accountId);
  await t.http.post('/api/v1/retailer/payouts/account/refresh').set(bearer(shop.admin.token)).expect(200);
  return { ops, maker, bike, shop, accountId: accountId as string };
}

/** A bike paid for at Stripe, won by the shop and shipped: its capture waits in the outbox. */
async function shippedOrder(t: TestApp, fake: FakeStripe, { ops, maker, bike, shop }: Awaited<ReturnType<typeof onboardedShop>>) {
  const slug = await storeSlugOf(t, maker);
  const placed = await t.http
    .post(`/api/v1/stores/${slug}/orders`)
    .set('Idempotency-Key', randomUUID())
    .send(orderBody({ lines: [{ sku: bike.sku }], lat: PORTLAND.lat, lng: PORTLAND.lng }))
    .expect(201);
  const order = placed.body as OrderPlaced;
  const [{ session_id: sessionId }] = await sql(t, `SELECT session_id FROM order_payments WHERE order_id = $1`, [order.id]);
  const intentId = fake.pay(sessionId).paymentIntent.id;
  await t.http.get(`/s/${slug}/payment/${order.trackingToken}/return?session_id=${sessionId}`).expect(303);
  await shippedByShop(t, ops, maker, shop, order.id);
  return { order, intentId };
}

// The built app as production runs it (PostgreSQL, Redis, Stripe through the official SDK, here the fake of its
// API), killed with SIGKILL while Stripe is working a capture and then a payout transfer. Stripe finishes each
// after the process died: the restarted app must record it, and neither may happen twice.
describe('capture and payout across a kill -9', () => {
  let fake: FakeStripe;
  let t: TestApp;
  let child: RunningApp | undefined;
  let env: Record<string, string>;
  let base: string;
  const prefix = `paycrash_${randomBytes(4).toString('hex')}`;
  const workdir = mkdtempSync(join(tmpdir(), 'nearfill-paycrash-'));

  beforeAll(async () => {
    fake = await startFakeStripe();
    registerConnectRoutes(fake);
    const stripe = { STRIPE_SECRET_KEY: fake.secretKey, STRIPE_WEBHOOK_SECRET: fake.webhookSecret, STRIPE_API_URL: fake.url };
    // This process only writes the data: its outbox relay is stopped and its payout sweep waits ten minutes, so the
    // capture's and the payout's jobs are the built app's.
    t = await startTestApp({ ...stripe, RUN_WATCHDOG_INTERVAL_MS: '600000' });
    t.app.get(SchedulerRegistry).deleteInterval('outbox-relay');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = {
      ...BARE_ENV,
      ...stripe,
      PORT: String(port),
      DATABASE_URL: databaseUrl(t.databaseName),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      JWT_SECRET: randomBytes(32).toString('hex'),
      RUN_WATCHDOG_INTERVAL_MS: '500',
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(async () => {
    child?.process.kill('SIGKILL');
    const redis = new Redis(TEST_REDIS_URL);
    await redis.del(ownerKey(prefix));
    redis.disconnect();
    await t?.close();
    await fake?.stop();
  });

  const arrived = (pattern: RegExp) => fake.arrived.filter((r) => pattern.test(r)).length;
  async function killChild(): Promise<void> {
    child!.process.kill('SIGKILL');
    await new Promise((resolve) => child!.process.once('exit', resolve));
  }

  it('captures once and transfers once, recording what Stripe did while the process was dead', async () => {
    const setup = await onboardedShop(t, fake);
    const { shop, accountId } = setup;

    // A paid order, won by the shop and shipped: its capture waits in the outbox for the built app.
    const { order, intentId } = await shippedOrder(t, fake, setup);

    // Stripe is slow to answer the capture: the process dies while it waits; Stripe captures all the same.
    fake.fail({ delayMs: 2_000, match: /\/capture$/ });
    child = await startBuiltApp(workdir, base, env);
    await eventually(() => arrived(/\/capture$/) === 1, 'the capture sent', 60_000);
    await killChild();
    await eventually(() => fake.get(intentId, 'payment_intent').status === 'succeeded', 'Stripe finishing the capture');
    const [before] = await sql(t, `SELECT state FROM order_payments WHERE order_id = $1`, [order.id]);
    expect(before.state).toBe('authorised');

    child = await startBuiltApp(workdir, base, env);
    const movements = () => sql(t, `SELECT kind, amount_minor::int AS amount, provider_ref FROM payment_movements WHERE order_id = $1`, [order.id]);
    await eventually(async () => (await movements()).length === 1, 'the capture recorded after the restart', 120_000);
    expect(await movements()).toEqual([{ kind: 'capture', amount: 129_900, provider_ref: intentId }]);
    const captures = fake.requests.filter((r) => r.path === `/v1/payment_intents/${intentId}/capture`);
    expect(new Set(captures.map((r) => r.idempotencyKey))).toEqual(new Set([`capture:${order.id}`]));
    expect(fake.events.filter((e) => e.type === 'payment_intent.succeeded' && e.data.object.id === intentId)).toHaveLength(1);
    expect(fake.get(intentId)).toMatchObject({ amount_received: 129_900 });

    // A payout run, taken up by the running app's sweep; Stripe is slow with the transfer and the process dies.
    fake.fail({ delayMs: 2_000, match: /^POST \/v1\/transfers$/ });
    await sql(t, `INSERT INTO payout_runs (slot_key, trigger, cutoff) VALUES ($1, 'ops', now())`, [`payouts:ops:${new Date().toISOString()}`]);
    await eventually(() => arrived(/^POST \/v1\/transfers$/) === 1, 'the transfer sent', 60_000);
    await killChild();
    const transfers = () => [...fake.objects.values()].filter((o): o is FakeTransfer => o.object === 'transfer' && o.destination === accountId);
    await eventually(() => transfers().length === 1, 'Stripe finishing the transfer');
    const payout = async () =>
      (await sql(t, `SELECT status, transfer_id, idempotency_key, amount_minor::int AS amount FROM payouts WHERE fulfiller_id = $1`, [shop.id]))[0];
    expect((await payout()).status).toBe('pending');

    child = await startBuiltApp(workdir, base, env);
    await eventually(async () => (await payout()).status === 'paid', 'the payout recorded after the restart', 120_000);
    const paid = await payout();
    expect(transfers()).toEqual([expect.objectContaining({ id: paid.transfer_id, amount: NET })]);
    expect(paid.amount).toBe(NET);
    const sent = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/transfers');
    expect(new Set(sent.map((r) => r.idempotencyKey))).toEqual(new Set([paid.idempotency_key]));
    expect(arrived(/^POST \/v1\/transfers$/)).toBeGreaterThanOrEqual(2);
  }, 420_000);
});

// Redis dies while Stripe is working a payout's transfer, and comes back empty: the payout is in PostgreSQL, so it
// is neither lost nor paid twice.
describe('a payout across a Redis outage mid-transfer', () => {
  let fake: FakeStripe;
  let redis: OwnRedis;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeStripe();
    registerConnectRoutes(fake);
    redis = await OwnRedis.start();
    t = await startTestApp({
      STRIPE_SECRET_KEY: fake.secretKey,
      STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
      STRIPE_API_URL: fake.url,
      REDIS_URL: redis.url,
      RUN_WATCHDOG_INTERVAL_MS: '200',
      PAYOUT_RETRY_MS: '50',
      OUTBOX_RELAY_INTERVAL_MS: '50',
    });
  });
  afterAll(async () => {
    await redis?.resume();
    await t?.close();
    await redis?.stop();
    await fake?.stop();
  });

  it('records the transfer Stripe made while Redis was down, once, and pays the next payout after it is back', async () => {
    const setup = await onboardedShop(t, fake);
    const { ops, shop, accountId } = setup;
    const shipped = () => shippedOrder(t, fake, setup);
    const transfers = () => [...fake.objects.values()].filter((o): o is FakeTransfer => o.object === 'transfer' && o.destination === accountId);
    const payouts = () =>
      sql(t, `SELECT status, transfer_id, idempotency_key, amount_minor::int AS amount FROM payouts WHERE fulfiller_id = $1 ORDER BY created_at`, [
        shop.id,
      ]);

    await shipped();
    fake.fail({ delayMs: 1_500, match: /^POST \/v1\/transfers$/ });
    await t.http.post('/api/v1/ops/payout-runs').set(bearer(ops.token)).expect(202);
    await eventually(() => fake.arrived.filter((r) => r === 'POST /v1/transfers').length === 1, 'the transfer sent', 30_000);
    await redis.stop();
    await eventually(async () => (await payouts())[0]?.status === 'paid', 'the transfer recorded with Redis down', 30_000);
    const [first] = await payouts();
    expect(transfers()).toEqual([expect.objectContaining({ id: first.transfer_id, amount: NET })]);

    // Redis comes back empty, without the job; the sweep finds nothing left to pay, and the next period pays normally.
    await redis.resume();
    await shipped();
    await t.http.post('/api/v1/ops/payout-runs').set(bearer(ops.token)).expect(202);
    await eventually(async () => (await payouts()).length === 2 && (await payouts())[1].status === 'paid', 'the next payout', 30_000);
    const [, second] = await payouts();
    expect(
      transfers()
        .map((tr) => tr.id)
        .sort(),
    ).toEqual([first.transfer_id, second.transfer_id].sort());
    expect(transfers().map((tr) => tr.amount)).toEqual([NET, NET]);
    const keys = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/transfers').map((r) => r.idempotencyKey);
    expect(new Set(keys)).toEqual(new Set([first.idempotency_key, second.idempotency_key]));
  }, 180_000);
});
