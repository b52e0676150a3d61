import { randomUUID } from 'node:crypto';
import { addLocation, LocationFixture, makeDealer, northOf, PORTLAND } from './support/board';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, ProductFixture, storeSlugOf } from './support/marketplace';
import { pickedUpOrder } from './support/pickup';
import { startTestApp, TestApp } from './support/test-app';
import { payOrder } from './support/payments';

describe('customer ratings and dealer records', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let bike: ProductFixture;
  let shop: Tenant;
  let other: Tenant;
  let floor: LocationFixture;
  let otherFloor: LocationFixture;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    bike = await createProduct(t, maker, { name: 'Road bike' });
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    other = await createRetailer(t, ops, 'Gorge Cyclery');
    floor = await addLocation(t, shop, northOf(PORTLAND, 3));
    otherFloor = await addLocation(t, other, northOf(PORTLAND, 20));
    await makeDealer(t, maker, shop);
    await makeDealer(t, maker, other);
  });
  afterAll(() => t?.close());

  const rate = (token: string, body: object) => t.http.put(`/api/v1/orders/track/${token}/rating`).send(body);
  const records = async (who: Tenant, side: 'manufacturer' | 'retailer') =>
    (await t.http.get(`/api/v1/${side}/dealer-records`).set(bearer(who.admin.token)).expect(200)).body as { retailerId: string }[];

  it("the customer rates once delivered or picked up, may change it, and the dealer's record counts it", async () => {
    const placed = await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send({
        customer: { name: 'Jamie Rivera', email: 'jamie@example.com' },
        fulfilment: { method: 'pickup', locationId: floor.id },
        lines: [{ sku: bike.sku, quantity: 1 }],
      })
      .expect(201);
    await payOrder(t, placed.body);
    expect((await t.http.get(`/api/v1/orders/track/${placed.body.trackingToken}/rating`).expect(200)).body).toEqual({ canRate: false, rating: null });
    expect((await rate(placed.body.trackingToken, { stars: 5 }).expect(409)).body.message).toBe(
      'You can rate the order once it is delivered or picked up',
    );

    const first = await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    const second = await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    expect((await rate(first.trackingToken, { stars: 2, comment: '  Slow at the counter ' }).expect(200)).body).toMatchObject({
      stars: 2,
      comment: 'Slow at the counter',
      fulfilledBy: 'Rose City Bikes',
    });
    // A comment that ends its own sentence is quoted without a second full stop after it.
    await rate(first.trackingToken, { stars: 4, comment: 'Sorted out quickly in the end.' }).expect(200);
    const page = (await t.http.get(`/s/${slug}/track/${first.trackingToken}`).set('Accept', 'text/html').expect(200)).text;
    expect(page).toContain('4 of 5 stars: “Sorted out quickly in the end.” You can change it below.');
    await rate(first.trackingToken, { stars: 4, comment: 'Sorted out quickly in the end' }).expect(200);
    await rate(second.trackingToken, { stars: 5 }).expect(200);
    expect((await t.http.get(`/api/v1/orders/track/${first.trackingToken}/rating`).expect(200)).body).toMatchObject({
      canRate: true,
      rating: { stars: 4, comment: 'Sorted out quickly in the end' },
    });

    const seen = (await records(maker, 'manufacturer')).find((r) => r.retailerId === shop.id);
    expect(seen).toMatchObject({
      retailerName: 'Rose City Bikes',
      manufacturerName: 'Cascade Cycles',
      awards: 3,
      declines: 0,
      lateShipments: 0,
      ratings: 2,
      averageStars: 4.5,
    });
    expect(await records(shop, 'retailer')).toEqual([seen]);
    expect(await records(other, 'retailer')).toEqual([]);
  });

  it('refuses ratings that are not 1 to 5 whole stars, or too long', async () => {
    const order = await pickedUpOrder(t, slug, other, otherFloor.id, [{ sku: bike.sku, quantity: 1 }]);
    for (const stars of [0, 6, 2.5, '5']) await rate(order.trackingToken, { stars }).expect(400);
    await rate(order.trackingToken, { stars: 3, comment: 'x'.repeat(1001) }).expect(400);
    await rate(order.trackingToken, { stars: 3, reviewer: 'me' }).expect(400);
    await rate('no-such-token', { stars: 3 }).expect(404);
  });

  it("the rating is in the customer's export and loses its words on erase, keeping its stars for the record", async () => {
    const order = await pickedUpOrder(t, slug, other, otherFloor.id, [{ sku: bike.sku, quantity: 1 }]);
    await rate(order.trackingToken, { stars: 1, comment: 'Jamie here, call me on 503 555 0100' }).expect(200);
    const exported = await t.http.get(`/api/v1/orders/track/${order.trackingToken}/export`).expect(200);
    expect(exported.body.rating).toMatchObject({ stars: 1, comment: 'Jamie here, call me on 503 555 0100' });

    await t.http.post(`/api/v1/orders/track/${order.trackingToken}/erase`).expect(200);
    const after = await t.http.get(`/api/v1/orders/track/${order.trackingToken}/export`).expect(200);
    expect(after.body.rating).toMatchObject({ stars: 1, comment: null });
    expect(JSON.stringify(after.body)).not.toContain('503 555 0100');
    const record = (await records(maker, 'manufacturer')).find((r) => r.retailerId === other.id);
    expect(record).toMatchObject({ ratings: 1, averageStars: 1 });

    // No new words (nor new stars) once erased: the stars given stay, the comment stays gone.
    for (const body of [{ stars: 1, comment: 'Jamie again, 503 555 0100' }, { stars: 5 }]) {
      const refused = await rate(order.trackingToken, body).expect(409);
      expect(refused.body.message).toBe(
        "Your details on this order were erased, so it takes no new rating or comment; your 1 star stays on the dealer's record",
      );
    }
    expect((await t.http.get(`/api/v1/orders/track/${order.trackingToken}/export`).expect(200)).body.rating).toMatchObject({
      stars: 1,
      comment: null,
    });
    expect((await t.http.get(`/api/v1/orders/track/${order.trackingToken}/rating`).expect(200)).body).toMatchObject({
      canRate: false,
      rating: { stars: 1, comment: null },
    });
  });

  it('an order erased before it was rated cannot be rated', async () => {
    const order = await pickedUpOrder(t, slug, other, otherFloor.id, [{ sku: bike.sku, quantity: 1 }]);
    await t.http.post(`/api/v1/orders/track/${order.trackingToken}/erase`).expect(200);
    const refused = await rate(order.trackingToken, { stars: 4, comment: 'Great' }).expect(409);
    expect(refused.body.message).toBe('Your details on this order were erased, so it can no longer be rated');
  });
});
