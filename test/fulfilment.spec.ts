import { Clock } from '../src/resolution/clock';
import { RerouteService } from '../src/fulfilment/reroute.service';
import { addLocation, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { itKeepsDealerRecords } from './support/dealer-record-counts';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

const DAY = 24 * 3600_000;

describe('fulfilment after the award', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let product: ProductFixture;
  let slug: string;
  // Three bidders, nearest first: 2, 6 and 25 km from the customer in Portland.
  let shops: Tenant[];

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    product = await createProduct(t, maker);
    slug = await storeSlugOf(t, maker);
    shops = [];
    for (const km of [2, 6, 25]) {
      const shop = await createRetailer(t, ops, `Shop ${km} km`);
      await addLocation(t, shop, northOf(PORTLAND, km));
      await makeDealer(t, maker, shop);
      shops.push(shop);
    }
  });
  afterAll(() => t.close());

  /** An order in Portland bid on by the given shops, then resolved. */
  async function awardedOrder(bidders: Tenant[]) {
    const order = await placeOrder(t, slug, { lines: [{ sku: product.sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    for (const shop of bidders) await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    await resolveNow(t, ops.token, maker.id);
    return order;
  }

  const ship = (who: Tenant, side: 'retailer' | 'manufacturer', orderId: string) =>
    t.http
      .post(`/api/v1/${side}/orders/${orderId}/shipments`)
      .set(bearer(who.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' });
  const decline = (who: Tenant, orderId: string, reason = 'The last one in stock was damaged') =>
    t.http.post(`/api/v1/retailer/orders/${orderId}/decline`).set(bearer(who.admin.token)).send({ reason });
  const timeline = async (token: string) =>
    (await t.http.get(`/api/v1/orders/track/${token}`).expect(200)).body.timeline as { status: string; note: string }[];
  /** The order's history as its store reads it: whole notes, reasons included (the customer reads customer words). */
  const storeHistory = async (orderId: string) =>
    (await t.http.get(`/api/v1/manufacturer/orders/${orderId}`).set(bearer(maker.admin.token)).expect(200)).body.history as {
      status: string;
      note: string;
    }[];
  /** Each shop's bid on the order as the shop reads it in its own bid list. */
  const bidStatuses = (orderId: string) =>
    Promise.all(
      shops.map(async (shop) => {
        const bids = (await t.http.get('/api/v1/retailer/bids').set(bearer(shop.admin.token)).expect(200)).body.items;
        return bids.find((bid: { orderId: string }) => bid.orderId === orderId).status;
      }),
    );
  const liveAward = async (orderId: string) =>
    (await sql(t, `SELECT kind, retailer_id FROM awards WHERE order_id = $1 AND superseded_at IS NULL`, [orderId]))[0];

  it('only the current fulfiller ships; the customer sees carrier and tracking number; then it is delivered', async () => {
    const order = await awardedOrder([shops[1], shops[0]]);
    const wonOrder = async () => (await t.http.get(`/api/v1/retailer/orders/${order.id}`).set(bearer(shops[0].admin.token)).expect(200)).body;
    expect((await wonOrder()).shipments).toEqual([]);
    await ship(shops[1], 'retailer', order.id).expect(404);
    await ship(maker, 'manufacturer', order.id).expect(404);

    const shipped = await ship(shops[0], 'retailer', order.id).expect(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', carrier: 'UPS', trackingNumber: '1Z999AA10123456784' });
    expect(await timeline(order.trackingToken)).toContainEqual(
      expect.objectContaining({ status: 'shipped', note: 'Shipped with UPS, tracking number 1Z999AA10123456784' }),
    );
    expect((await wonOrder()).shipments).toEqual([
      { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', shippedAt: shipped.body.shippedAt, deliveredAt: null },
    ]);
    await ship(shops[0], 'retailer', order.id).expect(409);
    await decline(shops[0], order.id).expect(409);

    await t.http.post(`/api/v1/retailer/orders/${order.id}/delivered`).set(bearer(shops[1].admin.token)).expect(404);
    const delivered = await t.http.post(`/api/v1/retailer/orders/${order.id}/delivered`).set(bearer(shops[0].admin.token)).expect(200);
    expect(delivered.body).toMatchObject({ status: 'delivered', deliveredAt: expect.any(String) });
    expect((await wonOrder()).shipments).toEqual([expect.objectContaining({ carrier: 'UPS', deliveredAt: delivered.body.deliveredAt })]);
  });

  it('accepts tracking numbers as carriers print them and stores the lookup form', async () => {
    const printed: [string, string][] = [
      ['99.00.123456.12345678', '990012345612345678'],
      ['1z 999 aa1 01 2345 678 4', '1Z999AA10123456784'],
      ['JJD/0001/2345/6789', 'JJD000123456789'],
      ['9400-1000\t0000 0000', '9400100000000000'],
    ];
    for (const [form, stored] of printed) {
      const order = await awardedOrder([shops[0]]);
      const shipped = await t.http
        .post(`/api/v1/retailer/orders/${order.id}/shipments`)
        .set(bearer(shops[0].admin.token))
        .send({ carrier: 'DHL', trackingNumber: form })
        .expect(200);
      expect(shipped.body.trackingNumber).toBe(stored);
      expect(await timeline(order.trackingToken)).toContainEqual(expect.objectContaining({ note: `Shipped with DHL, tracking number ${stored}` }));
    }
    const order = await awardedOrder([shops[0]]);
    for (const bad of ['99..', '12', '99.00.12#34', ' . ', 'A'.repeat(41), `${'12 '.repeat(20)}12`]) {
      const refused = await t.http
        .post(`/api/v1/retailer/orders/${order.id}/shipments`)
        .set(bearer(shops[0].admin.token))
        .send({ carrier: 'DHL', trackingNumber: bad })
        .expect(400);
      expect(refused.body.message).toMatch(/trackingNumber must be 4 to 40 letters and digits/);
    }
    const spec = (await t.http.get('/docs-json').expect(200)).body;
    expect(spec.components.schemas.ShipOrderDto.properties.trackingNumber).toMatchObject({ pattern: expect.any(String), maxLength: 60 });
  });

  it('each decline passes the order at once to the next-nearest bidder, the last one to the manufacturer', async () => {
    const order = await awardedOrder(shops);
    expect(await liveAward(order.id)).toEqual({ kind: 'retailer', retailer_id: shops[0].id });

    expect(await bidStatuses(order.id)).toEqual(['won', 'lost', 'lost']);
    expect((await decline(shops[0], order.id).expect(200)).body).toMatchObject({ passedTo: 'retailer' });
    expect(await liveAward(order.id)).toEqual({ kind: 'retailer', retailer_id: shops[1].id });
    expect(await bidStatuses(order.id)).toEqual(['withdrawn', 'won', 'lost']);
    const tracked = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(tracked.body.fulfiller.summary).toBe(
      'Shop 6 km, Portland OR — 3.7 mi from you, the next-nearest dealer who confirmed they had it in stock',
    );
    await ship(shops[0], 'retailer', order.id).expect(404);
    await decline(shops[0], order.id).expect(404);

    await decline(shops[1], order.id).expect(200);
    expect(await liveAward(order.id)).toEqual({ kind: 'retailer', retailer_id: shops[2].id });
    expect((await decline(shops[2], order.id).expect(200)).body).toMatchObject({ passedTo: 'manufacturer' });
    expect(await liveAward(order.id)).toEqual({ kind: 'manufacturer', retailer_id: null });

    const [{ n }] = await sql(t, `SELECT count(*)::int AS n FROM awards WHERE order_id = $1`, [order.id]);
    expect(n).toBe(4);
    const hops = (await storeHistory(order.id)).filter((e) => e.note.includes('declined it'));
    expect(hops.map((e) => e.note)).toEqual([
      'Shop 2 km declined it: The last one in stock was damaged. The next-nearest dealer who confirmed they had it in stock, 6.0 km away.',
      'Shop 6 km declined it: The last one in stock was damaged. The next-nearest dealer who confirmed they had it in stock, 25.0 km away.',
      'Shop 25 km declined it: The last one in stock was damaged. No other retailer bid on it, so Cascade Cycles ships it itself.',
    ]);
    // The customer reads that it was passed on, in miles, never a dealer's reason.
    const told = (await timeline(order.trackingToken)).map((e) => e.note).join('\n');
    expect(told).not.toContain('damaged');
    expect(told.match(/passed on at once to a new fulfiller/g)).toHaveLength(3);
    await ship(maker, 'manufacturer', order.id).expect(200);
  });

  it('an order not shipped within the ship-by days is re-routed by the scheduled check, not before', async () => {
    const order = await awardedOrder([shops[0], shops[2]]);
    const clock = t.app.get(Clock);
    const reroutes = t.app.get(RerouteService);

    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 2 * DAY));
    await reroutes.rerouteOverdue();
    expect(await liveAward(order.id)).toEqual({ kind: 'retailer', retailer_id: shops[0].id });

    // The store's ship-by SLA is 3 days (the default).
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 3 * DAY + 60_000));
    await reroutes.rerouteOverdue();
    expect(await liveAward(order.id)).toEqual({ kind: 'retailer', retailer_id: shops[2].id });
    expect(await storeHistory(order.id)).toContainEqual(
      expect.objectContaining({
        note: 'Shop 2 km did not ship it within 3 days. The next-nearest dealer who confirmed they had it in stock, 25.0 km away.',
      }),
    );
    expect(await timeline(order.trackingToken)).toContainEqual(
      expect.objectContaining({ note: 'The dealer first given the order could not ship it, so it was passed on at once to a new fulfiller' }),
    );
    // Running the check again changes nothing: the new award is fresh.
    await reroutes.rerouteOverdue();
    expect(await liveAward(order.id)).toEqual({ kind: 'retailer', retailer_id: shops[2].id });
  });

  it("a parcel shipped after the ship-by days counts once as late on the dealer's record, one shipped in time does not", async () => {
    const recordOf = async (shop: Tenant) => {
      const records = (await t.http.get('/api/v1/manufacturer/dealer-records').set(bearer(maker.admin.token)).expect(200)).body as {
        retailerId: string;
        awards: number;
        lateShipments: number;
      }[];
      return records.find((r) => r.retailerId === shop.id) ?? { awards: 0, lateShipments: 0 };
    };
    const clock = t.app.get(Clock);
    const before = await recordOf(shops[1]);
    const onTime = await awardedOrder([shops[1]]);
    await ship(shops[1], 'retailer', onTime.id).expect(200);
    expect(await recordOf(shops[1])).toMatchObject({ awards: before.awards + 1, lateShipments: before.lateShipments });
    const late = await awardedOrder([shops[1]]);
    // Shipped 3 days and 2 hours after the award, before the quarter-hourly check re-routed it.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 3 * DAY + 2 * 3600_000));
    await ship(shops[1], 'retailer', late.id).expect(200);
    jest.restoreAllMocks();
    expect(await recordOf(shops[1])).toMatchObject({ awards: before.awards + 2, lateShipments: before.lateShipments + 1 });
  });

  itKeepsDealerRecords(() => t);
});
