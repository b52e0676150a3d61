import { DataSource } from 'typeorm';
import { announceAwards } from '../src/notifications/outbox';
import { sql } from './support/board';
import { eventually } from './support/eventually';
import { Account, addTeamMember, bearer, createOps, createRetailer, Tenant } from './support/factories';
import { ProductFixture } from './support/marketplace';
import { PortlandStore, portlandStore } from './support/portland-store';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { startWebhookReceiver, WebhookReceiver } from './support/webhook-receiver';

const SECRET_NEAR = 'whsec_near_0123456789abcdef';
const SECRET_FAR = 'whsec_far_fedcba9876543210';

describe('retailer webhooks', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let store: PortlandStore;
  let product: ProductFixture;
  let near: Tenant;
  let far: Tenant;
  let nearHooks: WebhookReceiver;
  let farHooks: WebhookReceiver;

  beforeAll(async () => {
    [nearHooks, farHooks] = await Promise.all([startWebhookReceiver(SECRET_NEAR), startWebhookReceiver(SECRET_FAR)]);
    t = await startTestApp({ OUTBOX_RELAY_INTERVAL_MS: '50', NOTIFICATION_RETRY_MS: '100', NOTIFICATION_ATTEMPTS: '4' });
    ops = await createOps(t);
    store = await portlandStore(t, ops);
    ({ maker, product, near, far } = store);
    await t.http.put('/api/v1/retailer/webhook').set(bearer(near.admin.token)).send({ url: nearHooks.url, secret: SECRET_NEAR }).expect(200);
    await t.http.put('/api/v1/retailer/webhook').set(bearer(far.admin.token)).send({ url: farHooks.url, secret: SECRET_FAR }).expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([nearHooks?.close(), farHooks?.close()]);
  });

  const order = () => store.order({ email: 'jamie@example.com' });
  const bid = (shop: Tenant, orderId: string) =>
    t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
  const eventFor = (receiver: WebhookReceiver, type: string, orderId: string) =>
    eventually(() => receiver.ofType(type).find((e) => e.data.order?.id === orderId), `${type} for ${orderId}`);

  it('validates the webhook settings and never shows the secret again', async () => {
    const put = (body: object, who = near.admin.token) => t.http.put('/api/v1/retailer/webhook').set(bearer(who)).send(body);
    expect((await put({ url: 'not a url', secret: SECRET_NEAR }).expect(400)).body.message).toContain('url must be an absolute http(s) URL');
    expect((await put({ url: nearHooks.url, secret: 'short' }).expect(400)).body.message).toContain('secret must be at least 16 characters');
    expect((await put({ url: nearHooks.url, secret: SECRET_NEAR, events: ['order.posted'] }).expect(400)).body.message).toContain('events');
    await put({ url: nearHooks.url, secret: SECRET_NEAR }, maker.admin.token).expect(403);

    const shown = await t.http.get('/api/v1/retailer/webhook').set(bearer(near.admin.token)).expect(200);
    expect(shown.body).toMatchObject({ url: nearHooks.url, secretHint: `…${SECRET_NEAR.slice(-4)}` });
    expect(JSON.stringify(shown.body)).not.toContain(SECRET_NEAR);

    // A retailer's API key may read the log and ping, but not change where events go.
    const key = await t.http.post('/api/v1/retailer/api-keys').set(bearer(near.admin.token)).send({ name: 'ERP' }).expect(201);
    await t.http.put('/api/v1/retailer/webhook').set({ 'X-Api-Key': key.body.key }).send({ url: nearHooks.url, secret: SECRET_NEAR }).expect(403);
    await t.http.get('/api/v1/retailer/webhook/deliveries').set({ 'X-Api-Key': key.body.key }).expect(200);
  });

  it("lets only the retailer's admins set or remove the webhook; its other users still read, ping and see the log", async () => {
    const staff = await addTeamMember(t, near.admin);
    const refused = await t.http.put('/api/v1/retailer/webhook').set(bearer(staff.token)).send({ url: farHooks.url, secret: SECRET_FAR }).expect(403);
    expect(refused.body.message).toBe('Only an admin of your organisation can manage its webhook');
    expect((await t.http.delete('/api/v1/retailer/webhook').set(bearer(staff.token)).expect(403)).body.message).toBe(
      'Only an admin of your organisation can manage its webhook',
    );
    const shown = await t.http.get('/api/v1/retailer/webhook').set(bearer(staff.token)).expect(200);
    expect(shown.body.url).toBe(nearHooks.url);
    await t.http.post('/api/v1/retailer/webhook/ping').set(bearer(staff.token)).expect(200);
    await t.http.get('/api/v1/retailer/webhook/deliveries').set(bearer(staff.token)).expect(200);

    const colleague = await addTeamMember(t, near.admin, true);
    await t.http.put('/api/v1/retailer/webhook').set(bearer(colleague.token)).send({ url: nearHooks.url, secret: SECRET_NEAR }).expect(200);
  });

  it('sends a signed test ping on request and logs it', async () => {
    const ping = await t.http.post('/api/v1/retailer/webhook/ping').set(bearer(near.admin.token)).expect(200);
    expect(ping.body).toMatchObject({ ok: true, statusCode: 204, error: null });
    expect(nearHooks.events.get(ping.body.eventId)).toMatchObject({ type: 'ping' });
    const log = await t.http
      .get('/api/v1/retailer/webhook/deliveries')
      .query({ eventId: ping.body.eventId })
      .set(bearer(near.admin.token))
      .expect(200);
    expect(log.body.items).toEqual([expect.objectContaining({ event: 'ping', attempt: 1, statusCode: 204, ok: true })]);
  });

  it("tells retailers in reach about a new order, without the customer's personal data", async () => {
    const placed = await order();
    const [posted] = await Promise.all([eventFor(nearHooks, 'order.posted', placed.id), eventFor(farHooks, 'order.posted', placed.id)]);
    expect(posted.data.order).toMatchObject({
      number: placed.number,
      lines: [{ sku: product.sku, name: 'Road bike', quantity: 1 }],
      shipTo: { city: 'Portland' },
    });
    expect(posted.data.nearestLocation).toMatchObject({ name: 'Pearl District' });
    expect(posted.data.nearestLocation.distanceKm).toBeCloseTo(3, 0);
    const body = JSON.stringify(posted);
    for (const personal of ['Jamie', 'jamie@example.com', '1200 SW Main St']) expect(body).not.toContain(personal);
  });

  it('delivers each event once per event id, even when the endpoint failed twice first', async () => {
    const placed = await order();
    await Promise.all([eventFor(nearHooks, 'order.posted', placed.id), eventFor(farHooks, 'order.posted', placed.id)]);
    await bid(near, placed.id);
    await bid(far, placed.id);
    nearHooks.failNext('order.awarded', 2);
    await resolveNow(t, ops.token, maker.id);

    const awarded = await eventFor(nearHooks, 'order.awarded', placed.id);
    expect(awarded.data.award).toMatchObject({ reason: expect.stringContaining('nearest dealer who confirmed') });
    expect(awarded.data.orderUrl).toBe(`/api/v1/retailer/orders/${placed.id}`);
    const lost = await eventFor(farHooks, 'order.lost', placed.id);
    // Why it lost, without the winner's name or the customer's location: the winner's whole km to the order's area and the bid's rank.
    expect(lost.data.lost).toEqual({
      code: 'nearer_dealer',
      winnerDistanceKm: expect.any(Number),
      rank: 2,
      bids: 2,
      message: `A dealer about ${lost.data.lost.winnerDistanceKm} km from the order's area won it; your bid ranked 2 of 2`,
    });
    expect(lost.data.reason).toBe(lost.data.lost.message);
    expect(JSON.stringify(lost)).not.toMatch(/Pearl District|1200 SW Main St/);

    const tries = nearHooks.attempts.filter((a) => a.eventId === awarded.id);
    expect(tries.map((a) => a.status)).toEqual([500, 500, 204]);
    expect(tries.every((a) => a.signatureValid)).toBe(true);
    // Delivered once: no further attempt follows the success.
    await new Promise((r) => setTimeout(r, 500));
    expect(nearHooks.attempts.filter((a) => a.eventId === awarded.id)).toHaveLength(3);

    const log = await t.http.get('/api/v1/retailer/webhook/deliveries').query({ eventId: awarded.id }).set(bearer(near.admin.token)).expect(200);
    expect(log.body.items.map((d: { attempt: number; statusCode: number; eventState: string }) => [d.attempt, d.statusCode, d.eventState])).toEqual([
      [3, 204, 'delivered'],
      [2, 500, 'delivered'],
      [1, 500, 'delivered'],
    ]);
    // Each retailer reads only its own log.
    const farLog = await t.http.get('/api/v1/retailer/webhook/deliveries').query({ eventId: awarded.id }).set(bearer(far.admin.token)).expect(200);
    expect(farLog.body.total).toBe(0);
  });

  /** An order both bid on, awarded to near by a run, then declined by near (so it passes to far). */
  const declinedByNear = async () => {
    const placed = await order();
    await bid(near, placed.id);
    await bid(far, placed.id);
    await resolveNow(t, ops.token, maker.id);
    await t.http.post(`/api/v1/retailer/orders/${placed.id}/decline`).set(bearer(near.admin.token)).send({ reason: 'Out of stock' }).expect(200);
    return placed;
  };

  it('tells the previous fulfiller its order was re-routed, and the next one that it won it', async () => {
    const placed = await declinedByNear();

    const rerouted = await eventFor(nearHooks, 'order.rerouted', placed.id);
    expect(rerouted.data.reason).toBe('You declined it: Out of stock');
    const awarded = await eventFor(farHooks, 'order.awarded', placed.id);
    expect(awarded.data.award.reason).toContain('next-nearest');
  });

  it("announces a run's award late (the queue was down) without contradicting a re-route made since", async () => {
    const placed = await declinedByNear();
    await eventFor(farHooks, 'order.awarded', placed.id);

    // The run's batch expanded again now, as if it were delivered only after the decline.
    const [{ run_id }] = await sql(t, `SELECT run_id FROM awards WHERE order_id = $1 AND run_id IS NOT NULL`, [placed.id]);
    const before = await sql(t, `SELECT count(*)::int AS n FROM notifications WHERE order_id = $1`, [placed.id]);
    await t.app.get(DataSource).transaction((manager) => announceAwards(manager, { runId: run_id, orderIds: [placed.id] }));
    // No "awarded" to the customer or to near for the passed-on award, no "lost" to far, which holds it now.
    expect(await sql(t, `SELECT count(*)::int AS n FROM notifications WHERE order_id = $1`, [placed.id])).toEqual(before);
  });

  it('tells bidders when an order they bid on is cancelled', async () => {
    const placed = await order();
    await bid(far, placed.id);
    await t.http.post(`/api/v1/orders/track/${placed.trackingToken}/cancel`).send({ reason: 'Bought it in a shop' }).expect(200);
    const cancelled = await eventFor(farHooks, 'order.cancelled', placed.id);
    expect(cancelled.data.reason).toBe('Bought it in a shop');
    const bids = await t.http.get('/api/v1/retailer/bids').query({ status: 'lost' }).set(bearer(far.admin.token)).expect(200);
    expect(bids.body.items.map((b: { orderId: string }) => b.orderId)).toContain(placed.id);
    await eventually(
      async () =>
        (await sql(t, `SELECT state FROM notifications WHERE order_id = $1 AND event = 'order.cancelled'`, [placed.id]))[0]?.state === 'delivered',
      'cancel delivered',
    );
    expect(nearHooks.ofType('order.cancelled').some((e) => e.data.order.id === placed.id)).toBe(false);
  });

  it('gives up after the configured attempts, shows it failed, and lets ops retry it', async () => {
    // Armed before the order is paid: its posting (and the event) follows the payment at once.
    farHooks.failNext('order.posted', 4);
    const placed = await order();
    const failed = await eventually(
      async () =>
        (
          await sql(t, `SELECT id, state, attempts FROM notifications WHERE order_id = $1 AND retailer_id = $2 AND state = 'failed'`, [
            placed.id,
            far.id,
          ])
        )[0],
      'the event to fail',
    );
    expect(failed.attempts).toBe(4);
    const list = await t.http.get('/api/v1/ops/notifications').query({ state: 'failed' }).set(bearer(ops.token)).expect(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ id: failed.id, event: 'order.posted', retailerName: 'Gorge Cyclery', lastError: 'The endpoint answered HTTP 500' }),
    );

    await t.http.post(`/api/v1/ops/notifications/${failed.id}/retry`).set(bearer(ops.token)).expect(200);
    await eventually(() => farHooks.events.get(failed.id), 'the retried event');
    await t.http.post(`/api/v1/ops/notifications/${failed.id}/retry`).set(bearer(ops.token)).expect(409);
  });

  it('stops and drops deliveries when the retailer removes its webhook', async () => {
    const colleague = await addTeamMember(t, far.admin, true);
    await t.http.delete('/api/v1/retailer/webhook').set(bearer(colleague.token)).expect(204);
    const placed = await order();
    await eventFor(nearHooks, 'order.posted', placed.id);
    expect(await sql(t, `SELECT count(*)::int AS n FROM notifications WHERE order_id = $1 AND retailer_id = $2`, [placed.id, far.id])).toEqual([
      { n: 0 },
    ]);
    await t.http.get('/api/v1/retailer/webhook').set(bearer(far.admin.token)).expect(404);
    await t.http.put('/api/v1/retailer/webhook').set(bearer(far.admin.token)).send({ url: farHooks.url, secret: SECRET_FAR }).expect(200);
  });
});

describe('retailer webhooks where only public hosts may receive them', () => {
  let t: TestApp;
  let shop: Tenant;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET_NEAR);
    t = await startTestApp({ WEBHOOK_PRIVATE_ADDRESSES: 'false' });
    shop = await createRetailer(t, await createOps(t));
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('refuses a URL that is or resolves to this host, a private network, a link-local or a documentation address, in any spelling', async () => {
    for (const url of [
      receiver.url,
      'http://localhost:8080/hooks',
      'http://10.1.2.3/hooks',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/hooks',
      'http://[::ffff:192.168.0.7]/hooks',
      'http://[::127.0.0.1]/hooks',
      'http://[::ffff:0:127.0.0.1]/hooks',
      'http://[64:ff9b::10.0.0.1]/hooks',
      'http://[2002:7f00:1::]/hooks',
      'http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/hooks',
      'http://192.0.0.1/hooks',
      'http://192.0.2.10/hooks',
      'http://[2001:db8::1]/hooks',
    ]) {
      const refused = await t.http.put('/api/v1/retailer/webhook').set(bearer(shop.admin.token)).send({ url, secret: SECRET_NEAR }).expect(422);
      expect(refused.body.message).toMatch(/^url: .+ (is|leads to .+,) an? .+ address; webhooks go only to public hosts$/);
    }
    await t.http.get('/api/v1/retailer/webhook').set(bearer(shop.admin.token)).expect(404);
  });

  it('does not send to an address that is not public, and logs why', async () => {
    // As if it had been accepted when it was set: the check at sending is the one that counts.
    await sql(t, `INSERT INTO retailer_webhooks (retailer_id, url, secret) VALUES ($1, $2, $3)`, [shop.id, receiver.url, SECRET_NEAR]);
    const ping = await t.http.post('/api/v1/retailer/webhook/ping').set(bearer(shop.admin.token)).expect(200);
    expect(ping.body).toMatchObject({ ok: false, statusCode: null, error: expect.stringMatching(/^Not sent: 127\.0\.0\.1 is a loopback address/) });
    expect(receiver.events.size).toBe(0);
    const log = await t.http.get('/api/v1/retailer/webhook/deliveries').set(bearer(shop.admin.token)).expect(200);
    expect(log.body.items).toEqual([expect.objectContaining({ eventId: ping.body.eventId, ok: false, error: ping.body.error })]);
  });

  it('resolves a name only on the connection it sends on, and refuses it there when it leads to this host', async () => {
    // A name the receiver answers on: the connection's own lookup finds loopback and the request never leaves.
    const byName = receiver.url.replace('127.0.0.1', 'localhost');
    await sql(t, `UPDATE retailer_webhooks SET url = $2 WHERE retailer_id = $1`, [shop.id, byName]);
    const ping = await t.http.post('/api/v1/retailer/webhook/ping').set(bearer(shop.admin.token)).expect(200);
    expect(ping.body).toMatchObject({
      ok: false,
      statusCode: null,
      error: expect.stringMatching(
        /^Not sent: localhost resolves to (127\.0\.0\.1|::1); .+ is a loopback address; webhooks go only to public hosts$/,
      ),
    });
    expect(receiver.attempts).toEqual([]);
  });
});
