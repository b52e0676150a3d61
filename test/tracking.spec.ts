import { DataSource } from 'typeorm';
import { bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

describe('the customer following their order', () => {
  let t: TestApp;
  let maker: Tenant;
  let shop: Tenant;
  let slug: string;

  /** Stands in for the resolver's award: a live award to the shop's location and the status it sets. */
  async function awardToShop(orderId: string, distanceKm: number) {
    const db = t.app.get(DataSource);
    const [location] = await db.query(
      `INSERT INTO retailer_locations (retailer_id, name, line1, city, region, postal_code, country, lat, lng)
       VALUES ($1, 'Velo Shop Pearl', '1 NW 10th Ave', 'Portland', 'OR', '97209', 'US', 45.53, -122.68) RETURNING id`,
      [shop.id],
    );
    await db.query(
      `INSERT INTO awards (order_id, kind, retailer_id, location_id, distance_km, reason) VALUES ($1, 'retailer', $2, $3, $4, 'nearest bidder')`,
      [orderId, shop.id, location.id, distanceKm],
    );
    await db.query(`UPDATE orders SET status = 'awarded_retailer' WHERE id = $1`, [orderId]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    const ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    shop = await createRetailer(t, ops, 'Velo Shop');
    slug = await storeSlugOf(t, maker);
    await createProduct(t, maker, { sku: 'BK-1', name: 'Road bike' });
  });
  afterAll(() => t.close());

  it('shows the timeline, the store and when the fulfiller is chosen, without the street', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }] });
    const response = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(response.body).toMatchObject({
      number: order.number,
      status: 'posted',
      storeName: 'Cascade Cycles',
      shipTo: 'Portland, OR',
      canCancel: true,
    });
    expect(response.body.timeline.map((e: { status: string }) => e.status)).toEqual(['awaiting_payment', 'placed', 'posted']);
    expect(response.body.resolvesAt).toBeTruthy();
    expect(response.body.fulfiller).toBeNull();
    expect(JSON.stringify(response.body)).not.toContain('1200 SW Main St');
  });

  it('says who fulfils the order once it is awarded, and why', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }] });
    await awardToShop(order.id, 4.24);
    const response = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(response.body.fulfiller).toEqual({
      kind: 'retailer',
      name: 'Velo Shop',
      place: 'Portland, OR',
      distanceKm: 4.2,
      summary: 'Velo Shop, Portland OR — 2.6 mi from you, the nearest dealer who confirmed they had it in stock',
    });
    // The store reads the same award about its customer, not as if it were the one shipped to.
    const forMaker = await t.http.get(`/api/v1/manufacturer/orders/${order.id}`).set(bearer(maker.admin.token)).expect(200);
    expect(forMaker.body.fulfiller.summary).toBe(
      'Velo Shop, Portland OR — 2.6 mi from the customer, the nearest dealer who confirmed they had it in stock',
    );
  });

  it('lets the customer cancel before the award, and refuses once it is awarded (409)', async () => {
    const early = await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }] });
    const cancelled = await t.http.post(`/api/v1/orders/track/${early.trackingToken}/cancel`).send({}).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', canCancel: false, canErase: true });
    expect(cancelled.body.timeline.at(-1)).toMatchObject({ status: 'cancelled', note: 'Cancelled at your request' });

    const late = await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }] });
    await awardToShop(late.id, 10);
    const refused = await t.http.post(`/api/v1/orders/track/${late.trackingToken}/cancel`).send({});
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/is awarded to a retailer; it cannot become cancelled/);
    const byMaker = await t.http.post(`/api/v1/manufacturer/orders/${late.id}/cancel`).set(bearer(maker.admin.token)).send({ reason: 'Too late' });
    expect(byMaker.status).toBe(409);
  });

  it('exports everything held about the customer, including who received their data', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }], customer: { name: 'Ada Byron', email: 'ada@example.com' } });
    await awardToShop(order.id, 3);
    const response = await t.http.get(`/api/v1/orders/track/${order.trackingToken}/export`).expect(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.body.order).toMatchObject({ customerName: 'Ada Byron', customerEmail: 'ada@example.com', shipLine1: '1200 SW Main St' });
    expect(response.body.lines).toHaveLength(1);
    expect(response.body.awards).toEqual([expect.objectContaining({ kind: 'retailer', retailer: 'Velo Shop' })]);
  });

  it('erases name, contact and street once the order is over, keeping the order for accounting', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }], customer: { name: 'Grace Hopper', email: 'grace@example.com' } });
    const tooEarly = await t.http.post(`/api/v1/orders/track/${order.trackingToken}/erase`);
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.message).toContain('once it is delivered, picked up, cancelled or expired');

    await t.http.post(`/api/v1/orders/track/${order.trackingToken}/cancel`).send({}).expect(200);
    const erased = await t.http.post(`/api/v1/orders/track/${order.trackingToken}/erase`).expect(200);
    expect(erased.body).toMatchObject({ erased: true, canErase: false, totalMinor: order.totalMinor });

    const exported = await t.http.get(`/api/v1/orders/track/${order.trackingToken}/export`).expect(200);
    const text = JSON.stringify(exported.body);
    for (const personal of ['Grace Hopper', 'grace@example.com', '1200 SW Main St', '503 555', '4242']) expect(text).not.toContain(personal);
    // The amounts stay for the books; the card that paid them goes with the person.
    expect(exported.body.payment).toMatchObject({ authorisedMinor: order.totalMinor, card: 'your card', cardLast4: null });
    const forMaker = await t.http.get(`/api/v1/manufacturer/orders/${order.id}`).set(bearer(maker.admin.token)).expect(200);
    expect(forMaker.body).toMatchObject({ customerName: 'Erased customer', totalMinor: order.totalMinor, status: 'cancelled' });
  });

  it('answers an unknown tracking token with 404', async () => {
    await t.http.get('/api/v1/orders/track/not-a-real-token').expect(404);
  });
});
