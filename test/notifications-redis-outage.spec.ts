import { addLocation, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { OwnRedis } from './support/own-redis';
import { startTestApp, TestApp } from './support/test-app';
import { startWebhookReceiver, WebhookReceiver } from './support/webhook-receiver';

const SECRET = 'whsec_outage_0123456789abcdef';

describe('notifications across a Redis outage', () => {
  let redis: OwnRedis;
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let product: ProductFixture;
  let slug: string;
  let hooks: WebhookReceiver;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    hooks = await startWebhookReceiver(SECRET);
    // No SMTP_URL: e-mails end in the outbox ops read, as on the embedded default.
    t = await startTestApp({ REDIS_URL: redis.url, OUTBOX_RELAY_INTERVAL_MS: '50', NOTIFICATION_RETRY_MS: '100' });
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    product = await createProduct(t, maker);
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    await addLocation(t, shop, northOf(PORTLAND, 3));
    await makeDealer(t, maker, shop);
    await t.http.put('/api/v1/retailer/webhook').set(bearer(shop.admin.token)).send({ url: hooks.url, secret: SECRET }).expect(200);
  });
  afterAll(async () => {
    await redis?.resume();
    await t?.close();
    await redis?.stop();
    await hooks?.close();
  });

  it('takes orders and bids while Redis is down, and delivers every notification once it is back', async () => {
    // Before the outage, notifications flow.
    const before = await placeOrder(t, slug, { lines: [{ sku: product.sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    await eventually(() => hooks.ofType('order.posted').some((e) => e.data.order.id === before.id), 'a notification before the outage');

    await redis.stop();
    const during = [];
    for (let i = 0; i < 5; i++) {
      during.push(
        await placeOrder(t, slug, {
          lines: [{ sku: product.sku }],
          lat: PORTLAND.lat,
          lng: PORTLAND.lng,
          customer: { email: `outage-${i}@example.com` },
        }),
      );
    }
    for (const order of during) await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    const ids = during.map((o) => o.id);

    // Nothing can reach the queue: the notifications wait in the outbox, and the lag shows it.
    await new Promise((r) => setTimeout(r, 500));
    const waiting = await sql(t, `SELECT count(*)::int AS n FROM notifications WHERE order_id = ANY($1) AND relayed_at IS NULL`, [ids]);
    expect(waiting).toEqual([{ n: 10 }]);
    expect(hooks.ofType('order.posted').filter((e) => ids.includes(e.data.order.id))).toHaveLength(0);
    const metrics = await t.http.get('/metrics').set(bearer(ops.token)).expect(200);
    expect(Number(metrics.text.match(/^nearfill_outbox_lag_seconds (\S+)$/m)?.[1])).toBeGreaterThan(0.4);

    await redis.resume();
    await eventually(
      async () => (await sql(t, `SELECT count(*)::int AS n FROM notifications WHERE order_id = ANY($1) AND state = 'delivered'`, [ids]))[0].n === 10,
      'every notification delivered after the outage',
      30_000,
    );
    expect(
      hooks
        .ofType('order.posted')
        .map((e) => e.data.order.id)
        .filter((id) => ids.includes(id))
        .sort(),
    ).toEqual([...ids].sort());
    const emails = await t.http.get('/api/v1/ops/emails').query({ limit: 100 }).set(bearer(ops.token)).expect(200);
    const received = emails.body.items.filter((e: { event: string; transport: string }) => e.event === 'order.received' && e.transport === 'outbox');
    expect(received.map((e: { orderNumber: string }) => e.orderNumber).sort()).toEqual(expect.arrayContaining(during.map((o) => o.number).sort()));
    expect(await sql(t, `SELECT count(*)::int AS n FROM bids WHERE order_id = ANY($1) AND status = 'open'`, [ids])).toEqual([{ n: 5 }]);
  });

  it('hands a notification over again when the Redis it was queued in lost it', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku: product.sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    const posted = await eventually(() => hooks.ofType('order.posted').find((e) => e.data.order.id === order.id), 'the posted event');
    const delivered = async () => (await sql(t, `SELECT state FROM notifications WHERE id = $1`, [posted.id]))[0].state === 'delivered';
    // The receiver answers before the sender records it: wait for that, or the record would undo the loss below.
    await eventually(delivered, 'the first delivery recorded');
    // As if it had been handed over an hour ago and the restarted Redis no longer had its job.
    await sql(t, `UPDATE notifications SET state = 'pending', relayed_at = now() - interval '1 hour' WHERE id = $1`, [posted.id]);

    await eventually(delivered, 'the lost job redelivered');
    expect(hooks.attempts.filter((a) => a.eventId === posted.id).map((a) => a.status)).toEqual([204, 204]);
    expect(hooks.ofType('order.posted').filter((e) => e.id === posted.id)).toHaveLength(1);
  });
});
