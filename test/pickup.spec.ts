import { randomUUID } from 'node:crypto';
import { NotificationEvent } from '../src/notifications/notification.entity';
import { PickupScheduler } from '../src/pickup/pickup.scheduler';
import { PickupTimers } from '../src/pickup/pickup-timers.service';
import { Clock } from '../src/resolution/clock';
import { addLocation, LocationFixture, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { customerEmail } from './support/pickup';
import { startTestApp, TestApp } from './support/test-app';
import { startWebhookReceiver, WebhookReceiver } from './support/webhook-receiver';
import { paid } from './support/payments';
import { itKeepsDealerRecords } from './support/dealer-record-counts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const SECRET = 'a-webhook-secret-of-thirty-two-chars!';

describe('pick up in store', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let product: ProductFixture;
  let slug: string;
  let shop: Tenant;
  let other: Tenant;
  let shopFloor: LocationFixture;
  let otherFloor: LocationFixture;
  let hooks: WebhookReceiver;

  beforeAll(async () => {
    hooks = await startWebhookReceiver(SECRET);
    t = await startTestApp({ OUTBOX_RELAY_INTERVAL_MS: '50', NOTIFICATION_RETRY_MS: '50' });
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    product = await createProduct(t, maker, { name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    other = await createRetailer(t, ops, 'Gorge Cyclery');
    shopFloor = await addLocation(t, shop, northOf(PORTLAND, 3), { name: 'Pearl District' });
    otherFloor = await addLocation(t, other, northOf(PORTLAND, 20), { name: 'Vancouver' });
    await makeDealer(t, maker, shop);
    await makeDealer(t, maker, other);
    await t.http.put('/api/v1/retailer/webhook').set(bearer(shop.admin.token)).send({ url: hooks.url, secret: SECRET }).expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await hooks?.close();
  });
  afterEach(() => jest.restoreAllMocks());

  const pickupOrder = async (locationId = shopFloor.id, quantity = 1) => {
    const response = await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send({
        customer: { name: 'Jamie Rivera', email: 'jamie@example.com' },
        fulfilment: { method: 'pickup', locationId },
        lines: [{ sku: product.sku, quantity }],
      })
      .expect(201);
    return paid(t, response.body as { id: string; number: string; status: string; trackingToken: string; payment: { checkoutUrl: string } });
  };
  const step = (who: Tenant, orderId: string, what: 'accept' | 'ready' | 'decline' | 'picked-up', body: object = {}) =>
    t.http.post(`/api/v1/retailer/pickups/${orderId}/${what}`).set(bearer(who.admin.token)).send(body);
  const track = async (token: string) => (await t.http.get(`/api/v1/orders/track/${token}`).expect(200)).body;
  const email = (orderId: string, event: NotificationEvent) => customerEmail(t, orderId, event);
  const runTimersAt = async (at: Date) => {
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
    return t.app.get(PickupTimers).run();
  };
  const emailsOf = async (orderId: string, event: string) =>
    (await sql(t, `SELECT count(*)::int AS n FROM notifications WHERE order_id = $1 AND event = $2 AND channel = 'email'`, [orderId, event]))[0].n;
  const codeOf = async (token: string) => (await track(token)).pickup.code as string;

  it("lists the authorised dealers' active locations near a ZIP code, nearest first, with distance and address", async () => {
    const stranger = await createRetailer(t, ops, 'Not A Dealer');
    await addLocation(t, stranger, northOf(PORTLAND, 1));
    const closed = await addLocation(t, shop, northOf(PORTLAND, 5), { name: 'Closed branch' });
    await t.http
      .delete(`/api/v1/retailer/locations/${closed.id}`)
      .set(bearer(shop.admin.token))
      .expect((r) => expect(r.status).toBeLessThan(300));

    const near = await t.http.get(`/api/v1/stores/${slug}/pickup-locations?postalCode=97201`).expect(200);
    expect(near.body.items.map((l: { locationId: string }) => l.locationId)).toEqual([shopFloor.id, otherFloor.id]);
    expect(near.body.items[0]).toMatchObject({
      retailerName: 'Rose City Bikes',
      locationName: 'Pearl District',
      address: '1 Main St, Portland, OR 97201',
      distanceKm: expect.any(Number),
    });
    expect(near.body.items[0].distanceKm).toBeLessThan(near.body.items[1].distanceKm);
    const within = await t.http.get(`/api/v1/stores/${slug}/pickup-locations?lat=${PORTLAND.lat}&lng=${PORTLAND.lng}&withinKm=10`).expect(200);
    expect(within.body.items).toHaveLength(1);

    expect((await t.http.get(`/api/v1/stores/${slug}/pickup-locations?postalCode=00000`).expect(422)).body.message).toContain('00000');
    await t.http.get(`/api/v1/stores/${slug}/pickup-locations?postalCode=portland`).expect(400);
    await t.http.get(`/api/v1/stores/no-such-store/pickup-locations?postalCode=97201`).expect(404);
  });

  it('refuses a pickup at a store that is not an authorised dealer, or with a shipping address', async () => {
    const stranger = await createRetailer(t, ops, 'Elsewhere Bikes');
    const strangerFloor = await addLocation(t, stranger, northOf(PORTLAND, 2));
    const place = (body: object) => t.http.post(`/api/v1/stores/${slug}/orders`).set('Idempotency-Key', randomUUID()).send(body);
    const base = { customer: { name: 'Jamie Rivera', email: 'jamie@example.com' }, lines: [{ sku: product.sku, quantity: 1 }] };

    const notDealer = await place({ ...base, fulfilment: { method: 'pickup', locationId: strangerFloor.id } }).expect(422);
    expect(notDealer.body.message).toContain('not a store you can pick up from');
    await place({ ...base, fulfilment: { method: 'pickup' } }).expect(400);
    await place({ ...base, fulfilment: { method: 'drone' } }).expect(400);
    const both = await place({
      ...base,
      fulfilment: { method: 'pickup', locationId: shopFloor.id },
      shippingAddress: { line1: '1 A St', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
    }).expect(422);
    expect(both.body.message).toContain('omit shippingAddress');
    expect((await place(base).expect(400)).body.message).toContain('shippingAddress');
    const [{ n }] = await sql(
      t,
      `SELECT count(*)::int AS n FROM orders WHERE manufacturer_id = $1 AND customer_email = 'jamie@example.com' AND status = 'placed'`,
      [maker.id],
    );
    expect(n).toBe(0);
  });

  it('an accepted pickup skips the board, is made ready with a code e-mailed to the customer, and is picked up on that code', async () => {
    const order = await pickupOrder();
    expect(order.status).toBe('pickup_assigned');
    expect(await sql(t, `SELECT 1 FROM board_orders WHERE order_id = $1`, [order.id])).toEqual([]);
    const board = await t.http.get('/api/v1/retailer/board').set(bearer(other.admin.token)).expect(200);
    expect(board.body.items.map((i: { id: string }) => i.id)).not.toContain(order.id);
    expect((await email(order.id, 'pickup.assigned')).text).toContain('to pick up at Rose City Bikes');
    await eventually(() => hooks.ofType('pickup.assigned').find((e) => e.data.order.id === order.id), 'pickup.assigned webhook');

    const listed = await t.http.get('/api/v1/retailer/pickups').set(bearer(shop.admin.token)).expect(200);
    expect(listed.body.find((p: { orderId: string }) => p.orderId === order.id)).toMatchObject({
      status: 'pickup_assigned',
      source: 'store',
      customerName: 'Jamie Rivera',
    });
    const tracked = await track(order.trackingToken);
    expect(tracked.fulfiller.summary).toBe('Rose City Bikes, Portland, OR: the store you chose for pickup');
    expect(tracked.pickup).toMatchObject({ store: 'Rose City Bikes', address: '1 Main St, Portland, OR 97201', code: null });

    expect((await step(shop, order.id, 'accept').expect(200)).body.status).toBe('pickup_accepted');
    expect((await step(shop, order.id, 'ready').expect(200)).body).toMatchObject({ status: 'ready_for_pickup', collectBy: expect.any(String) });
    const code = await codeOf(order.trackingToken);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    const ready = await email(order.id, 'pickup.ready');
    expect(ready.subject).toBe(`Order #${order.number} is ready for pickup`);
    expect(ready.text).toContain(`Pickup code: ${code}`);

    const wrong = await step(shop, order.id, 'picked-up', { code: 'WRONG123' }).expect(422);
    expect(wrong.body.message).toContain('does not match');
    expect((await step(shop, order.id, 'picked-up', { code: code.toLowerCase() }).expect(200)).body.status).toBe('picked_up');
    expect((await email(order.id, 'pickup.picked_up')).text).toContain(`#rate`);
    for (const type of ['pickup.accepted', 'pickup.ready', 'pickup.picked_up']) {
      await eventually(() => hooks.ofType(type).find((e) => e.data.order.id === order.id), `${type} webhook`);
    }

    const timeline = (await track(order.trackingToken)).timeline.map((e: { status: string }) => e.status);
    expect(timeline).toEqual(['awaiting_payment', 'placed', 'pickup_assigned', 'pickup_accepted', 'ready_for_pickup', 'picked_up']);
    const statement = await t.http.get(`/api/v1/retailer/statements?from=2000-01-01&to=2100-01-01`).set(bearer(shop.admin.token)).expect(200);
    expect(statement.body.lines.find((l: { orderNumber: string }) => l.orderNumber === order.number)).toMatchObject({
      kind: 'order',
      fulfilledBy: 'Rose City Bikes',
      payoutMinor: 110000,
    });
  });

  it('a store that does not accept in time loses the order to ship-to-store; the customer gets the new estimate', async () => {
    const order = await pickupOrder();
    const placedAt = Date.now();
    await runTimersAt(new Date(placedAt + 23 * HOUR));
    expect((await track(order.trackingToken)).status).toBe('pickup_assigned');

    expect((await runTimersAt(new Date(placedAt + 24 * HOUR + 60_000))).shippedToStore).toBeGreaterThanOrEqual(1);
    await runTimersAt(new Date(placedAt + 24 * HOUR + 120_000));
    jest.restoreAllMocks();
    expect(await emailsOf(order.id, 'pickup.ship_to_store')).toBe(1);
    const tracked = await track(order.trackingToken);
    expect(tracked.status).toBe('ship_to_store');
    expect(tracked.timeline.at(-1).note).toBe(
      'Rose City Bikes did not accept it within 24 hours. Cascade Cycles ships it to the store; expect it ready within 10 days.',
    );
    expect(tracked.pickup.estimatedReadyAt).toEqual(expect.any(String));
    expect((await email(order.id, 'pickup.ship_to_store')).subject).toMatch(new RegExp(`^Order #${order.number}: new estimate `));
    await eventually(() => hooks.ofType('pickup.ship_to_store').find((e) => e.data.order.id === order.id), 'ship-to-store webhook');
    await step(shop, order.id, 'accept').expect(409);

    await t.http
      .post(`/api/v1/manufacturer/orders/${order.id}/shipments`)
      .set(bearer(maker.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
      .expect(200);
    const delivered = await t.http.post(`/api/v1/manufacturer/orders/${order.id}/delivered`).set(bearer(maker.admin.token)).expect(409);
    expect(delivered.body.message).toContain('collected in store');
    await step(shop, order.id, 'ready').expect(200);
    await step(shop, order.id, 'picked-up', { code: await codeOf(order.trackingToken) }).expect(200);

    const statement = await t.http.get(`/api/v1/manufacturer/statements?from=2000-01-01&to=2100-01-01`).set(bearer(maker.admin.token)).expect(200);
    expect(statement.body.lines.find((l: { orderNumber: string }) => l.orderNumber === order.number)).toMatchObject({
      fulfilledBy: 'manufacturer, ship-to-store to Rose City Bikes',
      // What the customer paid less the platform fee on the fulfilment price: 9.5% of 1,100.00 + 1.29.
      receivesMinor: 129900 - 10579,
    });
    const record = await t.http.get('/api/v1/manufacturer/dealer-records').set(bearer(maker.admin.token)).expect(200);
    expect(record.body.find((r: { retailerId: string }) => r.retailerId === shop.id).lateShipments).toBeGreaterThanOrEqual(1);
  });

  it('the quarter-hour tick runs the timers through the job queue', async () => {
    const order = await pickupOrder();
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 25 * HOUR));
    await t.app.get(PickupScheduler).tick();
    await t.app.get(PickupScheduler).tick();
    await eventually(async () => (await track(order.trackingToken)).status === 'ship_to_store', 'ship-to-store by the scheduled job');
    expect(await emailsOf(order.id, 'pickup.ship_to_store')).toBe(1);
  });

  it('a store that declines passes the order to ship-to-store at once', async () => {
    const order = await pickupOrder();
    await step(shop, order.id, 'decline', { reason: 'x' }).expect(400);
    expect((await step(shop, order.id, 'decline', { reason: 'None left in this size' }).expect(200)).body).toMatchObject({
      status: 'ship_to_store',
      source: 'ship-to-store',
    });
    const [stored] = await sql(t, `SELECT note FROM order_events WHERE order_id = $1 ORDER BY id DESC LIMIT 1`, [order.id]);
    expect(stored.note).toContain('Rose City Bikes declined it: None left in this size.');
    // The customer is told where the order goes now, not the store's reason.
    expect((await track(order.trackingToken)).timeline.at(-1).note).toBe(
      'The store could not prepare it from its own stock, so it is being shipped there; we e-mail you when it is ready',
    );
    expect(JSON.stringify(await track(order.trackingToken))).not.toContain('None left in this size');
    const [award] = await sql(t, `SELECT superseded_by FROM awards WHERE order_id = $1 AND retailer_id = $2`, [order.id, shop.id]);
    expect(award.superseded_by).toBe('declined');
  });

  it('a pickup not collected in time is cancelled, after a reminder, once', async () => {
    const order = await pickupOrder();
    await step(shop, order.id, 'accept').expect(200);
    const readyAt = Date.now();
    await step(shop, order.id, 'ready').expect(200);

    await runTimersAt(new Date(readyAt + 26 * DAY));
    expect(await emailsOf(order.id, 'pickup.reminder')).toBe(0);
    await runTimersAt(new Date(readyAt + 27 * DAY + HOUR));
    await runTimersAt(new Date(readyAt + 28 * DAY));
    expect(await emailsOf(order.id, 'pickup.reminder')).toBe(1);
    expect((await email(order.id, 'pickup.reminder')).text).toContain('it is cancelled');
    expect((await track(order.trackingToken)).status).toBe('ready_for_pickup');

    await runTimersAt(new Date(readyAt + 30 * DAY + HOUR));
    await runTimersAt(new Date(readyAt + 30 * DAY + 2 * HOUR));
    jest.restoreAllMocks();
    expect(await emailsOf(order.id, 'order.cancelled')).toBe(1);
    const tracked = await track(order.trackingToken);
    expect(tracked.status).toBe('cancelled');
    expect(tracked.timeline.at(-1).note).toBe('Not collected within 30 days, so the order was cancelled');
    expect((await email(order.id, 'order.cancelled')).text).toContain('Not collected within 30 days');
    await eventually(() => hooks.ofType('pickup.cancelled').find((e) => e.data.order.id === order.id), 'pickup.cancelled webhook');
    await step(shop, order.id, 'picked-up', { code: 'ANYCODE1' }).expect(409);
  });

  it('lets the customer cancel a pickup until the store accepts it; the store is told and can no longer accept it', async () => {
    const order = await pickupOrder();
    expect((await track(order.trackingToken)).canCancel).toBe(true);
    const cancelled = await t.http.post(`/api/v1/orders/track/${order.trackingToken}/cancel`).send({ reason: 'Found it nearer home' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', canCancel: false });
    expect(cancelled.body.timeline.at(-1).note).toBe('Cancelled at your request');
    const hook = await eventually(() => hooks.ofType('pickup.cancelled').find((e) => e.data.order.id === order.id), 'pickup.cancelled webhook');
    expect(JSON.stringify(hook.data)).toContain('Found it nearer home before you accepted it');
    expect((await step(shop, order.id, 'accept').expect(409)).body.message).toMatch(/cancelled/);
    // The acceptance deadline passing later ships nothing to the store.
    await runTimersAt(new Date(Date.now() + 3 * DAY));
    jest.restoreAllMocks();
    expect((await track(order.trackingToken)).status).toBe('cancelled');
  });

  it('refuses every step out of order with a 409, and the customer cannot cancel once the store accepted', async () => {
    const order = await pickupOrder();
    await step(shop, order.id, 'ready').expect(409);
    await step(shop, order.id, 'picked-up', { code: 'ABCDEFGH' }).expect(409);
    await step(shop, order.id, 'accept').expect(200);
    const refused = await t.http.post(`/api/v1/orders/track/${order.trackingToken}/cancel`).send({}).expect(409);
    expect(refused.body.message).toMatch(/accepted by the store/);
    expect((await track(order.trackingToken)).canCancel).toBe(false);
    await step(shop, order.id, 'accept').expect(409);
    await step(shop, order.id, 'decline', { reason: 'Changed my mind' }).expect(409);
    await t.http.post(`/api/v1/retailer/orders/${order.id}/decline`).set(bearer(shop.admin.token)).send({ reason: 'Changed my mind' }).expect(409);
    await t.http
      .post(`/api/v1/retailer/orders/${order.id}/shipments`)
      .set(bearer(shop.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999' })
      .expect(409);
  });

  it("an accepted pickup holds its units in the store's stock until picked up: no bid can promise them, a recount keeps them first", async () => {
    const hawthorne = await addLocation(t, shop, northOf(PORTLAND, 5), { name: 'Hawthorne' });
    const count = (quantity: number) =>
      t.http
        .put(`/api/v1/retailer/inventory/locations/${hawthorne.id}`)
        .set(bearer(shop.admin.token))
        .send({ items: [{ sku: product.sku, quantity }] })
        .expect(200);
    const stock = async () => {
      const page = await t.http.get(`/api/v1/retailer/inventory/locations/${hawthorne.id}/items`).set(bearer(shop.admin.token)).expect(200);
      const { onHand, held, available } = page.body.items.find((i: { sku: string }) => i.sku === product.sku);
      return { onHand, held, available };
    };
    const unitsHeld = async () => {
      const feeds = await t.http.get('/api/v1/retailer/inventory').set(bearer(shop.admin.token)).expect(200);
      return feeds.body.find((f: { location: { id: string } }) => f.location.id === hawthorne.id).unitsHeld;
    };
    const bidFromHawthorne = (orderId: string) =>
      t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(shop.admin.token)).send({ locationId: hawthorne.id });
    const shippedOrder = () => placeOrder(t, slug, { lines: [{ sku: product.sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });

    await count(3);
    const pickup = await pickupOrder(hawthorne.id, 2);
    // Only once the store accepts does it promise the units from its own shelf.
    expect(await stock()).toEqual({ onHand: 3, held: 0, available: 3 });
    await step(shop, pickup.id, 'accept').expect(200);
    expect(await stock()).toEqual({ onHand: 3, held: 2, available: 1 });
    const holds = await t.http.get(`/api/v1/retailer/inventory/locations/${hawthorne.id}/holds`).set(bearer(shop.admin.token)).expect(200);
    expect(holds.body.items).toEqual([
      expect.objectContaining({ bidId: null, orderId: pickup.id, status: 'pickup', lines: [{ sku: product.sku, quantity: 2 }] }),
    ]);

    const first = await shippedOrder();
    await bidFromHawthorne(first.id).expect(200);
    expect(await unitsHeld()).toBe(3);
    const refused = await bidFromHawthorne((await shippedOrder()).id).expect(409);
    expect(refused.body.message).toContain(
      `No units of SKU ${product.sku} are available at Hawthorne (3 on hand, 3 held by open bids, unshipped orders and accepted pickups); this order needs 1`,
    );

    // A recount to 2 leaves room for the accepted pickup only: the bid on the board is withdrawn, the pickup keeps its units.
    await count(2);
    const withdrawn = await t.http.get('/api/v1/retailer/bids?status=withdrawn').set(bearer(shop.admin.token)).expect(200);
    expect(withdrawn.body.items.map((b: { orderId: string }) => b.orderId)).toContain(first.id);
    expect(await stock()).toEqual({ onHand: 2, held: 2, available: 0 });

    await step(shop, pickup.id, 'ready').expect(200);
    expect(await stock()).toEqual({ onHand: 2, held: 2, available: 0 });
    await step(shop, pickup.id, 'picked-up', { code: await codeOf(pickup.trackingToken) }).expect(200);
    expect(await stock()).toEqual({ onHand: 0, held: 0, available: 0 });
  });

  it("an accepted pickup counts against the location's daily capacity: of two acceptances for the last place, one is refused with what to do", async () => {
    const sellwood = await addLocation(t, shop, northOf(PORTLAND, 7), { name: 'Sellwood' });
    const setCap = (dailyCapacity: number | null) =>
      t.http.patch(`/api/v1/retailer/locations/${sellwood.id}`).set(bearer(shop.admin.token)).send({ dailyCapacity }).expect(200);
    await setCap(2);
    const [first, second, third] = [await pickupOrder(sellwood.id), await pickupOrder(sellwood.id), await pickupOrder(sellwood.id)];
    await step(shop, first.id, 'accept').expect(200);
    expect((await setCap(2)).body.today).toMatchObject({ taken: 1, left: 1 });

    // Both at once for the one place left: exactly one is accepted.
    const raced = await Promise.all([step(shop, second.id, 'accept'), step(shop, third.id, 'accept')]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = raced.find((r) => r.status === 409)!;
    expect(refused.body.message).toBe(
      'Sellwood has taken all 2 orders it can take today; raise its "Orders a day" in Settings, Locations, or decline the pickup so the manufacturer ships it to the store',
    );
    const loser = raced[0].status === 409 ? second : third;
    expect((await track(loser.trackingToken)).status).toBe('pickup_assigned');
    expect((await setCap(2)).body.today).toMatchObject({ taken: 2, left: 0 });

    // A higher cap lets the store take it after all.
    await setCap(3);
    expect((await step(shop, loser.id, 'accept').expect(200)).body.status).toBe('pickup_accepted');
  });

  it("another retailer can neither see nor work a store's pickup", async () => {
    const order = await pickupOrder();
    for (const what of ['accept', 'ready'] as const) await step(other, order.id, what).expect(404);
    await step(other, order.id, 'decline', { reason: 'Not mine to decline' }).expect(404);
    await step(maker, order.id, 'accept').expect(403);
    const listed = await t.http.get('/api/v1/retailer/pickups?show=all').set(bearer(other.admin.token)).expect(200);
    expect(listed.body.map((p: { orderId: string }) => p.orderId)).not.toContain(order.id);
    await t.http.get(`/api/v1/retailer/orders/${order.id}`).set(bearer(other.admin.token)).expect(404);
    const mine = (await t.http.get(`/api/v1/retailer/orders/${order.id}`).set(bearer(shop.admin.token)).expect(200)).body;
    expect(mine.customer.name).toBe('Jamie Rivera');
    // Why the store has it, in the store's words (the customer's reads "You chose to pick it up at …").
    expect(mine.award.reason).toBe('The customer chose to pick it up at your store');
  });

  itKeepsDealerRecords(() => t);
});
