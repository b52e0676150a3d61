import { randomUUID } from 'node:crypto';
import { PaymentOperationsRunner } from '../src/payments/payment-operations-runner';
import { PaymentSweep } from '../src/payments/payment-sweep.service';
import { PORTLAND, sql } from './support/board';
import { Account, bearer, createOps, Tenant } from './support/factories';
import { eventually } from './support/eventually';
import { FakeEvent, FakeStripe } from './support/fake-stripe/fake-stripe';
import { orderBody, OrderPlaced, ProductFixture, returnedToShop } from './support/marketplace';
import { bikeAndBellStore } from './support/portland-store';
import { startAppOnFakeStripe } from './support/payments';
import { resolveNow } from './support/resolution';
import { TestApp } from './support/test-app';

// The customer's money through the real app (PostgreSQL, Redis, the queue) with Stripe as the provider: the official
// SDK talks to the fake of Stripe's API, and the fake's signed events are posted to the app's webhook.
describe('card payments through Stripe', () => {
  let fake: FakeStripe;
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let slug: string;
  let bike: ProductFixture;
  let bell: ProductFixture;

  beforeAll(async () => {
    ({ fake, t } = await startAppOnFakeStripe({
      OUTBOX_RELAY_INTERVAL_MS: '50',
      NOTIFICATION_RETRY_MS: '50',
    }));
    ops = await createOps(t);
    ({ maker, slug, bike, bell, shop } = await bikeAndBellStore(t, ops));
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });
  afterEach(() => {
    fake.clearFaults();
    fake.refundsPending = false;
  });

  const place = async (
    lines = [
      { sku: bike.sku, quantity: 1 },
      { sku: bell.sku, quantity: 2 },
    ],
  ) => {
    const response = await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send(orderBody({ lines, lat: PORTLAND.lat, lng: PORTLAND.lng }))
      .expect(201);
    return response.body as OrderPlaced;
  };
  const sessionOf = async (orderId: string): Promise<string> =>
    (await sql(t, `SELECT session_id FROM order_payments WHERE order_id = $1`, [orderId]))[0].session_id;
  const statusOf = async (orderId: string) => (await sql(t, `SELECT status FROM orders WHERE id = $1`, [orderId]))[0].status as string;
  const history = async (orderId: string) =>
    (await sql(t, `SELECT to_status FROM order_events WHERE order_id = $1 ORDER BY id`, [orderId])).map((e: { to_status: string }) => e.to_status);
  const onBoard = async (orderId: string) => (await sql(t, `SELECT 1 FROM board_orders WHERE order_id = $1`, [orderId])).length === 1;
  const movements = (orderId: string) =>
    sql(t, `SELECT kind, currency, amount_minor::int AS amount, provider_ref FROM payment_movements WHERE order_id = $1 ORDER BY occurred_at`, [
      orderId,
    ]);
  const eventOf = (objectId: string, type: string): FakeEvent => fake.eventsAbout(objectId).find((e) => e.type === type)!;
  const orderCount = async () => Number((await sql(t, `SELECT count(*) FROM orders`))[0].count);
  const ship = (orderId: string) =>
    t.http
      .post(`/api/v1/retailer/orders/${orderId}/shipments`)
      .set(bearer(shop.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' });

  async function postedAndAwarded() {
    const order = await place();
    fake.pay(await sessionOf(order.id));
    expect(await fake.deliver(eventOf(await sessionOf(order.id), 'checkout.session.completed'))).toBe(200);
    await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    await resolveNow(t, ops.token, maker.id);
    expect(await statusOf(order.id)).toBe('awarded_retailer');
    return order;
  }

  it('answers POST /orders with the hosted Checkout page, manual capture, and keeps the order off the board until paid', async () => {
    const order = await place();
    expect(order).toMatchObject({
      status: 'awaiting_payment',
      payment: { status: 'awaiting_payment', provider: 'stripe', checkoutUrl: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\//) },
    });
    const session = fake.get(await sessionOf(order.id), 'checkout.session');
    expect(session).toMatchObject({ amount_total: 129900 + 2 * 2500, currency: 'usd', metadata: { order_id: order.id } });
    expect(session._payment_intent_data.capture_method).toBe('manual');
    expect(fake.requests.find((r) => r.path === '/v1/checkout/sessions' && r.method === 'POST')!.idempotencyKey).toBe(`checkout:${order.id}`);
    expect(await onBoard(order.id)).toBe(false);
    const tracked = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(tracked.body).toMatchObject({ status: 'awaiting_payment', payment: { state: 'open', checkoutUrl: session.url } });
  });

  it('posts a paid order once, whichever of webhook, duplicate webhook, return and lookup comes first', async () => {
    const order = await place();
    const sessionId = await sessionOf(order.id);
    const { paymentIntent } = fake.pay(sessionId);
    expect(await fake.deliver(eventOf(sessionId, 'checkout.session.completed'))).toBe(200);
    expect(await statusOf(order.id)).toBe('posted');
    expect(await onBoard(order.id)).toBe(true);
    // The same event again, the PaymentIntent's own event, the return from Checkout and the sweep: nothing more.
    expect(await fake.deliver(eventOf(sessionId, 'checkout.session.completed'))).toBe(200);
    expect(await fake.deliver(eventOf(paymentIntent.id, 'payment_intent.amount_capturable_updated'))).toBe(200);
    await t.http
      .get(`/s/${slug}/payment/${order.trackingToken}/return?session_id=${sessionId}`)
      .expect(303)
      .expect('Location', `/s/${slug}/confirmation/${order.trackingToken}`);
    await t.app.get(PaymentSweep).run();
    expect(await history(order.id)).toEqual(['awaiting_payment', 'placed', 'posted']);
    const [received] = await sql(t, `SELECT count(*)::int AS n FROM notifications WHERE order_id = $1 AND event = 'order.received'`, [order.id]);
    expect(received.n).toBe(1);
    const tracked = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(tracked.body.payment).toMatchObject({ state: 'authorised', card: 'Visa ending 4242', authorisedMinor: 134900, capturedMinor: 0 });
  });

  it('refuses a webhook with a bad signature or an old timestamp, changing nothing; the lookup sweep posts the paid order', async () => {
    const order = await place();
    const sessionId = await sessionOf(order.id);
    fake.pay(sessionId);
    const event = eventOf(sessionId, 'checkout.session.completed');
    expect(await fake.deliver(event, { tamper: true })).toBe(400);
    expect(await fake.deliver(event, { secret: 'whsec_notOurs' })).toBe(400);
    expect(await fake.deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).toBe(400);
    expect(await statusOf(order.id)).toBe('awaiting_payment');
    const [seen] = await sql(t, `SELECT count(*)::int AS n FROM payment_events WHERE event_id = $1`, [event.id]);
    expect(seen.n).toBe(0);
    // Neither return nor webhook arrived: the sweep looks the payment up (once it is a couple of minutes old).
    await sql(t, `UPDATE order_payments SET created_at = now() - interval '5 minutes' WHERE order_id = $1`, [order.id]);
    expect((await t.app.get(PaymentSweep).run()).lookedUp).toBeGreaterThanOrEqual(1);
    expect(await statusOf(order.id)).toBe('posted');
  });

  it('ignores an out-of-order expiry event for an order that was paid', async () => {
    const order = await place();
    const sessionId = await sessionOf(order.id);
    // A stale "expired" snapshot of the session, delivered after the customer paid.
    const stale = fake.emit('checkout.session.expired', { ...fake.view(fake.get(sessionId, 'checkout.session')), status: 'expired' });
    fake.pay(sessionId);
    expect(await fake.deliver(stale)).toBe(200);
    expect(await statusOf(order.id)).toBe('posted');
  });

  it('with Stripe down at checkout: a 503 that says what to do, nothing written, nothing on the board', async () => {
    const before = await orderCount();
    fake.fail({ status: 500 }, 3);
    const response = await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send(orderBody({ lines: [{ sku: bell.sku }] }))
      .expect(503);
    expect(response.body.message).toMatch(/could not reach our payment service.*no order was placed.*try again/i);
    fake.clearFaults();
    fake.fail({ delayMs: 11_000, match: /checkout/ });
    await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send(orderBody({ lines: [{ sku: bell.sku }] }))
      .expect(503);
    expect(await orderCount()).toBe(before);
  }, 30_000);

  it('expires an abandoned order with its session: never on the board, nothing captured, the tracking page says so', async () => {
    const order = await place();
    fake.expire(await sessionOf(order.id));
    await sql(t, `UPDATE order_payments SET session_expires_at = now() - interval '1 second' WHERE order_id = $1`, [order.id]);
    await t.app.get(PaymentSweep).run();
    expect(await statusOf(order.id)).toBe('expired');
    expect(await history(order.id)).toEqual(['awaiting_payment', 'expired']);
    const page = await t.http.get(`/s/${slug}/track/${order.trackingToken}`).expect(200);
    expect(page.text).toContain('This order was never paid, so it expired');
    // Paying is no longer possible at Stripe, and a late return changes nothing.
    const sessionId = await sessionOf(order.id);
    expect(() => fake.pay(sessionId)).toThrow(/expired/);
    await t.http.get(`/s/${slug}/payment/${order.trackingToken}/return`).expect(303);
    expect(await statusOf(order.id)).toBe('expired');
  });

  it('captures at shipment the amount shipped, once, with the ledger row reconciliation sums', async () => {
    const order = await postedAndAwarded();
    const intentId = fake.get(await sessionOf(order.id), 'checkout.session').payment_intent!;
    // The first two tries meet a Stripe outage: the queue retries with backoff and the same key.
    fake.fail({ status: 500, match: /capture/ }, 2);
    await ship(order.id).expect(200);
    await eventually(async () => (await movements(order.id)).length === 1, 'the capture');
    expect(fake.get(intentId)).toMatchObject({ status: 'succeeded', amount_received: 134900 });
    expect(await movements(order.id)).toEqual([{ kind: 'capture', currency: 'USD', amount: 134900, provider_ref: intentId }]);
    const [op] = await sql(t, `SELECT state, attempts, idempotency_key FROM payment_operations WHERE order_id = $1 AND kind = 'capture'`, [order.id]);
    expect(op).toMatchObject({ state: 'succeeded', idempotency_key: `capture:${order.id}` });
    expect(op.attempts).toBeGreaterThanOrEqual(3);
    const captures = fake.requests.filter((r) => r.path === `/v1/payment_intents/${intentId}/capture`);
    expect(new Set(captures.map((r) => r.idempotencyKey))).toEqual(new Set([`capture:${order.id}`]));
    // The job run again (a stalled job, a second worker): no second capture, no second ledger row.
    const [{ id }] = await sql(t, `SELECT id FROM payment_operations WHERE order_id = $1 AND kind = 'capture'`, [order.id]);
    await t.app.get(PaymentOperationsRunner).run({ operationId: id });
    expect(fake.requests.filter((r) => r.path === `/v1/payment_intents/${intentId}/capture` && r.status === 200)).toHaveLength(1);
    expect(await movements(order.id)).toHaveLength(1);
    const tracked = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(tracked.body.payment).toMatchObject({ state: 'captured', capturedMinor: 134900 });
  });

  it('captures at the award when the authorisation would lapse before the ship-by deadline', async () => {
    const order = await postedAndAwarded();
    // Stripe says the authorisation ends in 2 days; the store gives its fulfiller 3 to ship.
    await sql(t, `UPDATE order_payments SET capture_before = now() + interval '2 days' WHERE order_id = $1`, [order.id]);
    await sql(t, `UPDATE stores SET ship_by_days = 3 WHERE slug = $1`, [slug]);
    const swept = await t.app.get(PaymentSweep).run();
    expect(swept.captures).toBe(1);
    await eventually(async () => (await movements(order.id)).length === 1, 'the capture at the award');
    // Shipping later captures nothing more.
    await ship(order.id).expect(200);
    await t.app.get(PaymentSweep).run();
    expect(await movements(order.id)).toHaveLength(1);
  });

  it('releases the authorisation when the customer cancels before capture', async () => {
    const order = await place();
    const sessionId = await sessionOf(order.id);
    fake.pay(sessionId);
    await t.http.get(`/s/${slug}/payment/${order.trackingToken}/return?session_id=${sessionId}`).expect(303);
    await t.http.post(`/api/v1/orders/track/${order.trackingToken}/cancel`).send({}).expect(200);
    const intentId = fake.get(sessionId, 'checkout.session').payment_intent!;
    await eventually(() => fake.get(intentId, 'payment_intent').status === 'canceled', 'the released authorisation');
    await eventually(
      async () => (await sql(t, `SELECT state FROM order_payments WHERE order_id = $1`, [order.id]))[0].state === 'cancelled',
      'the payment marked cancelled',
    );
    expect(await movements(order.id)).toEqual([]);
  });

  /** A delivered order whose bell is returned and received: its refund is asked of Stripe. */
  async function receivedReturn() {
    const order = await postedAndAwarded();
    await ship(order.id).expect(200);
    await t.http.post(`/api/v1/retailer/orders/${order.id}/delivered`).set(bearer(shop.admin.token)).send({}).expect(200);
    await eventually(async () => (await movements(order.id)).length === 1, 'the capture');
    const returnId = await returnedToShop(t, shop, order.trackingToken, [{ sku: bell.sku, quantity: 1, reason: 'Too loud' }], 'Post it back');
    return { order, returnId };
  }

  /** A received return whose refund Stripe accepted and has not finished (with `fake.refundsPending`). */
  async function processingRefund() {
    const received = await receivedReturn();
    const refund = await eventually(async () => {
      const [op] = await sql(t, `SELECT id, state, provider_ref, idempotency_key FROM payment_operations WHERE return_id = $1`, [received.returnId]);
      return op?.state === 'processing' && op;
    }, 'the refund Stripe accepted');
    return { ...received, refund };
  }

  it("refunds the returned lines when the return is received, with Stripe's refund id on the return", async () => {
    const { order, returnId } = await receivedReturn();
    const refunded = await eventually(async () => {
      const [ret] = await sql(t, `SELECT status, provider_refund_id FROM returns WHERE id = $1`, [returnId]);
      return ret.status === 'refunded' && ret;
    }, 'the refund');
    expect(refunded.provider_refund_id).toMatch(/^re_/);
    expect(fake.get(refunded.provider_refund_id)).toMatchObject({ amount: 2500, status: 'succeeded' });
    expect((await movements(order.id)).map((m: { kind: string; amount: number }) => [m.kind, m.amount])).toEqual([
      ['capture', 134900],
      ['refund', 2500],
    ]);
    const tracked = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(tracked.body.payment).toMatchObject({
      capturedMinor: 134900,
      refundedMinor: 2500,
      refunds: [{ amountMinor: 2500, refundId: refunded.provider_refund_id, state: 'succeeded' }],
    });
    const exported = await t.http.get(`/api/v1/orders/track/${order.trackingToken}/export`).expect(200);
    expect(JSON.parse(exported.text).payment).toMatchObject({ card: 'Visa ending 4242', capturedMinor: 134900, refundedMinor: 2500 });
  });

  const returnStatus = async (returnId: string) => (await sql(t, `SELECT status FROM returns WHERE id = $1`, [returnId]))[0].status;

  it('records a refund Stripe answers pending only once its webhook says it succeeded; the customer reads "being refunded" until then', async () => {
    fake.refundsPending = true;
    const { order, returnId, refund } = await processingRefund();
    expect(fake.get(refund.provider_ref)).toMatchObject({ status: 'pending', amount: 2500 });
    // Nothing is refunded in the books, the return waits, the customer is told it is being refunded.
    expect((await movements(order.id)).map((m: { kind: string }) => m.kind)).toEqual(['capture']);
    expect(await returnStatus(returnId)).toBe('received');
    const tracked = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(tracked.body.payment).toMatchObject({ refundedMinor: 0, refunds: [{ amountMinor: 2500, refundId: null, state: 'processing' }] });
    const page = await t.http.get(`/s/${slug}/track/${order.trackingToken}`).expect(200);
    expect(page.text).toContain('being refunded to your card');
    expect(page.text).not.toContain('refunded to your card (reference');

    const [updated, chargeUpdated] = fake.settleRefund(refund.provider_ref, 'succeeded');
    expect(await fake.deliver(updated)).toBe(200);
    expect(await fake.deliver(chargeUpdated)).toBe(200);
    expect(await returnStatus(returnId)).toBe('refunded');
    expect(
      (await movements(order.id)).map((m: { kind: string; amount: number; provider_ref: string }) => [m.kind, m.amount, m.provider_ref]),
    ).toEqual([
      ['capture', 134900, fake.get(await sessionOf(order.id), 'checkout.session').payment_intent],
      ['refund', 2500, refund.provider_ref],
    ]);
    const after = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(after.body.payment).toMatchObject({ refundedMinor: 2500, refunds: [{ refundId: refund.provider_ref, state: 'succeeded' }] });
    expect((await t.http.get(`/s/${slug}/track/${order.trackingToken}`).expect(200)).text).toContain(
      `refunded to your card (reference ${refund.provider_ref})`,
    );
  });

  it('finishes a pending refund whose webhook never came by looking it up', async () => {
    fake.refundsPending = true;
    const { returnId, refund } = await processingRefund();
    fake.settleRefund(refund.provider_ref, 'succeeded');
    await t.app.get(PaymentSweep).run();
    expect(await returnStatus(returnId)).toBe('received');
    // Looked up once it is a couple of minutes old.
    await sql(t, `UPDATE payment_operations SET created_at = now() - interval '5 minutes' WHERE id = $1`, [refund.id]);
    expect((await t.app.get(PaymentSweep).run()).refundsLookedUp).toBeGreaterThanOrEqual(1);
    expect(await returnStatus(returnId)).toBe('refunded');
  });

  it('shows ops a refund that failed at Stripe, and refunds it on retry under a new key', async () => {
    fake.refundsPending = true;
    const { order, returnId, refund } = await processingRefund();
    fake.refundsPending = false;
    const [failedEvent] = fake.settleRefund(refund.provider_ref, 'failed');
    expect(await fake.deliver(failedEvent)).toBe(200);
    const listed = await t.http.get('/api/v1/ops/payments/operations?state=failed').set(bearer(ops.token)).expect(200);
    const shown = listed.body.items.find((item: { id: string }) => item.id === refund.id);
    expect(shown).toMatchObject({ orderId: order.id, kind: 'refund', state: 'failed', lastError: expect.stringMatching(/expired_or_canceled_card/) });
    expect(await returnStatus(returnId)).toBe('received');
    expect((await movements(order.id)).map((m: { kind: string }) => m.kind)).toEqual(['capture']);

    await t.http.post(`/api/v1/ops/payments/operations/${refund.id}/retry`).set(bearer(ops.token)).send({}).expect(200);
    await eventually(async () => (await returnStatus(returnId)) === 'refunded', 'the refund made on retry');
    const [done] = await sql(t, `SELECT state, provider_ref, idempotency_key FROM payment_operations WHERE id = $1`, [refund.id]);
    expect(done.state).toBe('succeeded');
    expect(done.provider_ref).not.toBe(refund.provider_ref);
    expect(done.idempotency_key).toMatch(new RegExp(`^${refund.idempotency_key}#\\d+$`));
    expect(fake.get(done.provider_ref)).toMatchObject({ status: 'succeeded', amount: 2500 });
    expect((await movements(order.id)).map((m: { kind: string; amount: number }) => [m.kind, m.amount])).toEqual([
      ['capture', 134900],
      ['refund', 2500],
    ]);
  });

  it('shows ops a capture Stripe refuses, and retries it on request', async () => {
    const order = await postedAndAwarded();
    const intentId = fake.get(await sessionOf(order.id), 'checkout.session').payment_intent!;
    // Captured behind our back (in Stripe's dashboard): our capture is refused as "already captured".
    await fake.client().paymentIntents.capture(intentId, {}, { idempotencyKey: 'dashboard' });
    await ship(order.id).expect(200);
    const failed = await eventually(async () => {
      const [op] = await sql(t, `SELECT id, state, last_error FROM payment_operations WHERE order_id = $1 AND kind = 'capture'`, [order.id]);
      return op?.state === 'failed' && op;
    }, 'the failed capture');
    expect(failed.last_error).toMatch(/status of succeeded/);
    const listed = await t.http.get('/api/v1/ops/payments/operations?state=failed').set(bearer(ops.token)).expect(200);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: failed.id, orderId: order.id, kind: 'capture', state: 'failed' }));
    await t.http.post(`/api/v1/ops/payments/operations/${failed.id}/retry`).set(bearer(ops.token)).send({}).expect(200);
    await eventually(async () => (await sql(t, `SELECT attempts FROM payment_operations WHERE id = $1`, [failed.id]))[0].attempts >= 2, 'the retry');
  });
});
