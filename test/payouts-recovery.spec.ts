import { WorkerHost } from '@nestjs/bullmq';
import { DataSource } from 'typeorm';
import { PAYMENT_PROVIDER, PaymentProvider } from '../src/payments/payment-provider';
import { PayoutRuns } from '../src/payouts/payout-runs.service';
import { runJobId } from '../src/payouts/payout-transfers.service';
import { JobQueue } from '../src/queue/job-queue';
import { QUEUES } from '../src/queue/jobs';
import { QUEUE_WORKERS } from '../src/queue/queue-workers';
import { addLocation, LocationFixture, makeDealer, northOf, PORTLAND } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, ProductFixture, storeSlugOf } from './support/marketplace';
import { OwnRedis } from './support/own-redis';
import { pickedUpOrder } from './support/pickup';
import { startTestApp, TestApp } from './support/test-app';

describe('payouts across a Redis that goes away and an instance that dies mid-transfer', () => {
  let redis: OwnRedis;
  let t: TestApp;
  let db: DataSource;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let floor: LocationFixture;
  let bike: ProductFixture;
  let slug: string;

  // The payouts queue's worker, held still so a transfer's job waits in Redis when Redis goes.
  const payoutsWorker = () => t.app.get<WorkerHost>(QUEUE_WORKERS[Object.values(QUEUES).indexOf(QUEUES.payouts)], { strict: false }).worker;
  /**
   * Holds the payouts worker still. A worker paused while it blocks waiting for a job still takes the next job that
   * wakes it (BullMQ moves it to active without looking at the pause again), so wait out its longest block
   * (`drainDelay`, in seconds) before counting on jobs staying in Redis.
   */
  const holdPayoutsWorker = async () => {
    const worker = payoutsWorker();
    await worker.pause(true);
    await new Promise((resolve) => setTimeout(resolve, ((worker.opts.drainDelay ?? 5) + 1) * 1000));
  };
  const transfersTo = async () => db.query(`SELECT id, amount_minor::int AS amount FROM test_transfers ORDER BY created_at`);
  const payout = async () =>
    (
      await db.query(
        `SELECT id, status, transfer_id, idempotency_key, amount_minor::int AS amount, attempts FROM payouts ORDER BY created_at DESC LIMIT 1`,
      )
    )[0];

  beforeAll(async () => {
    redis = await OwnRedis.start();
    t = await startTestApp({ REDIS_URL: redis.url, RUN_WATCHDOG_INTERVAL_MS: '200', PAYOUT_RETRY_MS: '50' });
    db = t.app.get(DataSource);
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    bike = await createProduct(t, maker, { priceMinor: 129_900, fulfilmentPriceMinor: 110_000 });
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    floor = await addLocation(t, shop, northOf(PORTLAND, 3));
    await makeDealer(t, maker, shop);
    const link = await t.http.post('/api/v1/retailer/payouts/account/onboarding').set(bearer(shop.admin.token)).expect(200);
    await t.http.post(new URL(link.body.url).pathname).expect(303);
    await t.http.post('/api/v1/retailer/payouts/account/refresh').set(bearer(shop.admin.token)).expect(200);
  });
  afterAll(async () => {
    await redis?.resume();
    await t?.close();
    await redis?.stop();
  });

  it('answers Pay out now while Redis is down, and pays once Redis is back', async () => {
    await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    await redis.stop();
    const before = Date.now();
    await t.http.post('/api/v1/ops/payout-runs').set(bearer(ops.token)).expect(202);
    expect(Date.now() - before).toBeLessThan(2000);
    expect(await transfersTo()).toEqual([]);

    await redis.resume();
    await eventually(async () => (await payout())?.status === 'paid', 'the payout paid after the outage', 30_000);
    expect(await transfersTo()).toEqual([{ id: (await payout()).transfer_id, amount: 110_000 - 10_579 }]);
  });

  it('queues again a run and a transfer whose jobs a restarted Redis lost, and pays once', async () => {
    await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    await holdPayoutsWorker();
    const { body } = await t.http.post('/api/v1/ops/payout-runs').set(bearer(ops.token)).expect(202);
    const runJob = runJobId(body.slotKey);
    const state = async (name: 'payouts.run' | 'payouts.transfer', id: string) => (await t.app.get(JobQueue).states(name, [id]))?.get(id);
    await eventually(async () => (await state('payouts.run', runJob)) === 'waiting', 'the run waiting in Redis');
    // Redis restarts empty: the run's job is gone, and the sweep queues it again.
    await redis.stop();
    await redis.resume();
    await eventually(async () => (await state('payouts.run', runJob)) === 'waiting', 'the run queued again');

    // The run decides the payout (as the worker would) while the worker is held: its transfer waits in Redis, and is lost too.
    const [run] = await db.query(`SELECT slot_key, cutoff FROM payout_runs WHERE slot_key = $1`, [body.slotKey]);
    await t.app.get(PayoutRuns).run({ slotKey: run.slot_key, cutoff: run.cutoff.toISOString(), trigger: 'ops' });
    const pending = await payout();
    expect(pending.status).toBe('pending');
    const transferJob = `payout-${pending.id}-0`;
    expect(await state('payouts.transfer', transferJob)).toBe('waiting');
    await redis.stop();
    await redis.resume();
    await eventually(async () => (await state('payouts.transfer', transferJob)) === 'waiting', 'the transfer queued again');

    await payoutsWorker().resume();
    await eventually(async () => (await payout())?.status === 'paid', 'the payout paid after its jobs were lost', 30_000);
    expect(await transfersTo()).toHaveLength(2);
  });

  it('records once a transfer the provider made just before the instance died (kill -9 between the call and the record)', async () => {
    await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    await holdPayoutsWorker();
    const now = new Date();
    await t.app.get(PayoutRuns).run({ slotKey: `payouts:ops:${now.toISOString()}`, cutoff: now.toISOString(), trigger: 'ops' });
    // The dying instance had sent the transfer with the payout's key; its process ended before it could record it.
    const pending = await payout();
    const [account] = await db.query(`SELECT provider_account_id FROM payout_accounts WHERE fulfiller_id = $1`, [shop.id]);
    const sent = await t.app.get<PaymentProvider>(PAYMENT_PROVIDER).transfer({
      accountId: account.provider_account_id,
      currency: 'USD',
      amountMinor: pending.amount,
      description: 'Payout',
      metadata: { payout_id: pending.id },
      idempotencyKey: pending.idempotency_key,
    });
    await payoutsWorker().resume();
    await eventually(async () => (await payout()).status === 'paid', 'the payout recorded', 30_000);
    expect((await payout()).transfer_id).toBe(sent.transferId);
    expect(await transfersTo()).toHaveLength(3);
  });
});
