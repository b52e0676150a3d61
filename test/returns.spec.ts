import { NotificationEvent } from '../src/notifications/notification.entity';
import { Clock } from '../src/resolution/clock';
import { addLocation, LocationFixture, makeDealer, northOf, PORTLAND } from './support/board';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { customerEmail, pickedUpOrder } from './support/pickup';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { eventually } from './support/eventually';

const DAY = 24 * 3600_000;
const FEE = (payout: number) => Math.floor((payout * 950 + 5000) / 10_000) + 129;

describe('returns (RMA)', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let bike: ProductFixture;
  let bell: ProductFixture;
  let shop: Tenant;
  let other: Tenant;
  let floor: LocationFixture;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    bike = await createProduct(t, maker, { name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
    bell = await createProduct(t, maker, { name: 'Bell', priceMinor: 2500, fulfilmentPriceMinor: 2000 });
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    other = await createRetailer(t, ops, 'Gorge Cyclery');
    floor = await addLocation(t, shop, northOf(PORTLAND, 3));
    await addLocation(t, other, northOf(PORTLAND, 20));
    await makeDealer(t, maker, shop);
    await makeDealer(t, maker, other);
  });
  afterAll(() => t?.close());
  afterEach(() => jest.restoreAllMocks());

  const collected = () =>
    pickedUpOrder(t, slug, shop, floor.id, [
      { sku: bike.sku, quantity: 3 },
      { sku: bell.sku, quantity: 1 },
    ]);
  const ask = (token: string, lines: object[]) => t.http.post(`/api/v1/orders/track/${token}/returns`).send({ lines });
  const act = (who: Tenant, side: 'retailer' | 'manufacturer', id: string, what: 'approve' | 'refuse' | 'received', body: object = {}) =>
    t.http.post(`/api/v1/${side}/returns/${id}/${what}`).set(bearer(who.admin.token)).send(body);
  const approve = (id: string, who = shop) => act(who, 'retailer', id, 'approve', { instructions: 'Bring it to the counter with your code' });
  const statement = async (who: Tenant, side: 'retailer' | 'manufacturer', from: Date, to: Date) =>
    (await t.http.get(`/api/v1/${side}/statements?from=${from.toISOString()}&to=${to.toISOString()}`).set(bearer(who.admin.token)).expect(200)).body;
  const atTime = (at: Date) => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
  const email = (orderId: string, event: NotificationEvent) => customerEmail(t, orderId, event);

  it('a return is approved with instructions, received and refunded as a record the customer sees', async () => {
    const order = await collected();
    const before = await t.http.get(`/api/v1/orders/track/${order.trackingToken}/returns`).expect(200);
    expect(before.body.returnable).toEqual(
      [
        { sku: bike.sku, name: 'Road bike', quantity: 3 },
        { sku: bell.sku, name: 'Bell', quantity: 1 },
      ].sort((a, b) => a.sku.localeCompare(b.sku)),
    );
    expect(new Date(before.body.returnableUntil).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);

    const requested = await ask(order.trackingToken, [{ sku: bike.sku, quantity: 1, reason: 'Frame too small' }]).expect(201);
    expect(requested.body).toMatchObject({ status: 'requested', handledBy: 'Rose City Bikes', refundMinor: 129900, refundedAt: null });
    const id = requested.body.id;
    const listed = await t.http.get('/api/v1/retailer/returns').set(bearer(shop.admin.token)).expect(200);
    expect(listed.body.map((r: { id: string }) => r.id)).toContain(id);

    expect((await approve(id).expect(200)).body).toMatchObject({ status: 'approved', instructions: 'Bring it to the counter with your code' });
    expect((await email(order.id, 'return.approved')).text).toContain('Bring it to the counter with your code');
    const received = await act(shop, 'retailer', id, 'received').expect(200);
    expect(received.body).toMatchObject({ status: 'received', receivedAt: expect.any(String), refundedAt: null });
    // The card refund runs through the queue once the step commits; the return then reads refunded, with its id.
    const refunded = await eventually(async () => {
      const view = (await t.http.get(`/api/v1/retailer/returns/${id}`).set(bearer(shop.admin.token)).expect(200)).body;
      return view.status === 'refunded' && view;
    }, 'the card refund');
    expect(refunded).toMatchObject({ refundedAt: expect.any(String), providerRefundId: expect.stringMatching(/^tre_/) });
    expect(refunded.history.map((h: { status: string }) => h.status)).toEqual(['requested', 'approved', 'received', 'refunded']);
    expect(refunded.history.at(-1).note).toMatch(/^Refund of \$1,299\.00 to Visa ending 4242 \(refund tre_/);
    expect((await email(order.id, 'return.refunded')).text).toContain('A refund of $1,299.00 is on its way to the card you paid with');
    const payment = (await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200)).body.payment;
    expect(payment).toMatchObject({ capturedMinor: 3 * 129900 + 2500, refundedMinor: 129900 });

    const mine = await t.http.get(`/api/v1/orders/track/${order.trackingToken}/returns`).expect(200);
    expect(mine.body.returns[0]).toMatchObject({
      status: 'refunded',
      refundMinor: 129900,
      lines: [{ sku: bike.sku, quantity: 1, reason: 'Frame too small' }],
    });
    expect(mine.body.returnable.find((l: { sku: string }) => l.sku === bike.sku).quantity).toBe(2);
  });

  it('returns in parts take only what is left; a refused one gives its units back, with the reason told', async () => {
    const order = await collected();
    const first = await ask(order.trackingToken, [
      { sku: bike.sku, quantity: 2, reason: 'Bought too many' },
      { sku: bell.sku, quantity: 1, reason: 'Too loud' },
    ]).expect(201);
    const tooMany = await ask(order.trackingToken, [{ sku: bike.sku, quantity: 2, reason: 'Bought too many' }]).expect(422);
    expect(tooMany.body.message).toBe(`lines[0].quantity: only 1 of "${bike.sku}" can still be returned`);

    const refused = await act(shop, 'retailer', first.body.id, 'refuse', { reason: 'The bikes were ridden' }).expect(200);
    expect(refused.body).toMatchObject({ status: 'refused', refusalReason: 'The bikes were ridden' });
    expect((await email(order.id, 'return.refused')).text).toContain('refused: The bikes were ridden');
    await ask(order.trackingToken, [{ sku: bike.sku, quantity: 3, reason: 'Unopened, changed my mind' }]).expect(201);
    await ask(order.trackingToken, [{ sku: bell.sku, quantity: 1, reason: 'Unopened, changed my mind' }]).expect(201);
    await ask(order.trackingToken, [{ sku: bell.sku, quantity: 1, reason: 'Once more' }]).expect(422);
  });

  it('refuses bad requests: nothing to return, unknown lines, before delivery, after the window', async () => {
    const order = await collected();
    await ask(order.trackingToken, []).expect(400);
    await ask(order.trackingToken, [{ sku: bike.sku, quantity: 0, reason: 'Too small' }]).expect(400);
    await ask(order.trackingToken, [{ sku: bike.sku, quantity: 1 }]).expect(400);
    await ask(order.trackingToken, [{ sku: bike.sku, quantity: 1, reason: 'Too small', extra: 1 }]).expect(400);
    expect((await ask(order.trackingToken, [{ sku: 'NOPE', quantity: 1, reason: 'Too small' }]).expect(422)).body.message).toContain(
      'not on this order',
    );
    await ask('no-such-token', [{ sku: bike.sku, quantity: 1, reason: 'Too small' }]).expect(404);

    const shipping = await placeOrder(t, slug, { lines: [{ sku: bike.sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    const early = await ask(shipping.trackingToken, [{ sku: bike.sku, quantity: 1, reason: 'Too small' }]).expect(409);
    expect(early.body.message).toContain('once the order is delivered or picked up');

    atTime(new Date(Date.now() + 31 * DAY));
    const late = await ask(order.trackingToken, [{ sku: bike.sku, quantity: 1, reason: 'Too small' }]).expect(409);
    expect(late.body.message).toMatch(/^The 30-day return window closed on \d{4}-\d{2}-\d{2}$/);
  });

  it('refuses every step out of order with a 409', async () => {
    const order = await collected();
    const { body } = await ask(order.trackingToken, [{ sku: bell.sku, quantity: 1, reason: 'Too loud' }]).expect(201);
    const received = await act(shop, 'retailer', body.id, 'received').expect(409);
    expect(received.body.message).toBe('This return is requested; it cannot become received');
    await approve(body.id).expect(200);
    await approve(body.id).expect(409);
    await act(shop, 'retailer', body.id, 'refuse', { reason: 'Too late now' }).expect(409);
    await act(shop, 'retailer', body.id, 'received').expect(200);
    await act(shop, 'retailer', body.id, 'received').expect(409);
    await approve(body.id).expect(409);
  });

  it("only the fulfiller acts on a return; the manufacturer sees its dealers' and handles those it shipped", async () => {
    const order = await collected();
    const { body } = await ask(order.trackingToken, [{ sku: bell.sku, quantity: 1, reason: 'Too loud' }]).expect(201);
    await approve(body.id, other).expect(404);
    await t.http.get(`/api/v1/retailer/returns/${body.id}`).set(bearer(other.admin.token)).expect(404);
    expect((await t.http.get('/api/v1/retailer/returns').set(bearer(other.admin.token)).expect(200)).body).toEqual([]);
    await act(maker, 'manufacturer', body.id, 'approve', { instructions: 'Send it to us' }).expect(404);
    expect((await t.http.get(`/api/v1/manufacturer/returns/${body.id}`).set(bearer(maker.admin.token)).expect(200)).body.handledBy).toBe(
      'Rose City Bikes',
    );
    const stranger = await createManufacturer(t, ops, 'Other Maker');
    await t.http.get(`/api/v1/manufacturer/returns/${body.id}`).set(bearer(stranger.admin.token)).expect(404);

    // Nobody bids: the manufacturer ships, delivers and handles the return.
    const shipped = await placeOrder(t, slug, { lines: [{ sku: bell.sku, quantity: 2 }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    await resolveNow(t, ops.token, maker.id);
    await t.http
      .post(`/api/v1/manufacturer/orders/${shipped.id}/shipments`)
      .set(bearer(maker.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA1' })
      .expect(200);
    await t.http.post(`/api/v1/manufacturer/orders/${shipped.id}/delivered`).set(bearer(maker.admin.token)).expect(200);
    const own = await ask(shipped.trackingToken, [{ sku: bell.sku, quantity: 1, reason: 'Dented' }]).expect(201);
    expect(own.body.handledBy).toBe('Cascade Cycles');
    await approve(own.body.id).expect(404);
    await act(maker, 'manufacturer', own.body.id, 'approve', { instructions: 'Ship it back to our warehouse' }).expect(200);
    await act(maker, 'manufacturer', own.body.id, 'received').expect(200);
  });

  it('a return received in a later period reverses its payout and fee there, and the periods add up', async () => {
    const order = await collected();
    const shippedAt = Date.now();
    const { body } = await ask(order.trackingToken, [{ sku: bike.sku, quantity: 1, reason: 'Frame too small' }]).expect(201);
    await approve(body.id).expect(200);
    const receivedAt = new Date(shippedAt + 20 * DAY);
    atTime(receivedAt);
    await act(shop, 'retailer', body.id, 'received').expect(200);

    const periodOne = [new Date(shippedAt - DAY), new Date(shippedAt + 10 * DAY)] as const;
    const periodTwo = [periodOne[1], new Date(shippedAt + 40 * DAY)] as const;
    const payout = 3 * 110000 + 2000;
    const returnedPayout = 110000;
    for (const [who, side] of [
      [shop, 'retailer'],
      [maker, 'manufacturer'],
    ] as const) {
      const one = await statement(who, side, ...periodOne);
      const two = await statement(who, side, ...periodTwo);
      const orderLine = one.lines.find((l: { orderNumber: string }) => l.orderNumber === order.number);
      expect(orderLine).toMatchObject({ kind: 'order', payoutMinor: payout, feeMinor: FEE(payout) });
      expect(one.lines.filter((l: { kind: string }) => l.kind === 'return' && l.orderNumber === order.number)).toEqual([]);
      const reversal = two.lines.find((l: { orderNumber: string }) => l.orderNumber === order.number);
      expect(reversal).toMatchObject({
        kind: 'return',
        returnReceivedAt: receivedAt.toISOString(),
        totalMinor: -129900,
        payoutMinor: -returnedPayout,
        feeMinor: -(FEE(payout) - FEE(payout - returnedPayout)),
      });
      // Across both periods the order counts as if only the kept units had been sold.
      expect(orderLine.feeMinor + reversal.feeMinor).toBe(FEE(payout - returnedPayout));
      const kept = side === 'retailer' ? payout - returnedPayout - FEE(payout - returnedPayout) : 2 * 129900 + 2500 - (payout - returnedPayout);
      expect(orderLine.receivesMinor + reversal.receivesMinor).toBe(kept);
      expect(two.totals[0].orders).toBe(0);
    }
  });
});
