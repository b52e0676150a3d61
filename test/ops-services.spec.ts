import { addLocation, makeDealer, northOf, PORTLAND } from './support/board';
import { Account, bearer, createManufacturer, createOps, createRetailer, login, Tenant } from './support/factories';
import { createProduct, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

describe('ops services: closing bidding windows, finding orders, managing organisations', () => {
  let t: TestApp;
  let ops: Account;
  let cascade: Tenant;
  let summit: Tenant;
  let shop: Tenant;
  let cascadeProduct: ProductFixture;
  let summitProduct: ProductFixture;
  let cascadeSlug: string;
  let summitSlug: string;

  const order = (slug: string, product: ProductFixture, email = 'jamie@example.com') =>
    placeOrder(t, slug, { lines: [{ sku: product.sku }], lat: PORTLAND.lat, lng: PORTLAND.lng, customer: { email } });
  const bid = (orderId: string) => t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(shop.admin.token)).send({});
  const closeWindows = (body: object, token = ops.token) => t.http.post('/api/v1/ops/bidding-windows/close').set(bearer(token)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    cascade = await createManufacturer(t, ops, 'Cascade Cycles');
    summit = await createManufacturer(t, ops, 'Summit Golf');
    cascadeProduct = await createProduct(t, cascade);
    summitProduct = await createProduct(t, summit);
    cascadeSlug = await storeSlugOf(t, cascade);
    summitSlug = await storeSlugOf(t, summit);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    await addLocation(t, shop, northOf(PORTLAND, 3));
    await makeDealer(t, cascade, shop);
    await makeDealer(t, summit, shop);
  });
  afterAll(() => t?.close());

  it("closes one store's windows now: its orders take no more bids and say why in their history; other stores' stay open", async () => {
    const mine = await order(cascadeSlug, cascadeProduct);
    const theirs = await order(summitSlug, summitProduct);
    const { body: closure } = await closeWindows({ manufacturerId: cascade.id, reason: 'Urgent run for a launch' }).expect(200);
    expect(closure).toEqual(
      expect.objectContaining({ manufacturerId: cascade.id, manufacturerName: 'Cascade Cycles', ordersClosed: 1, closedBy: ops.email }),
    );

    expect((await bid(mine.id)).status).toBe(409);
    await bid(theirs.id).expect(200);
    const { body: detail } = await t.http.get(`/api/v1/ops/orders/${mine.id}`).set(bearer(ops.token)).expect(200);
    expect(detail.history.map((h: { note: string }) => h.note)).toContain('Bidding closed early by Nearfill operations: Urgent run for a launch');
    const { body: makerView } = await t.http.get(`/api/v1/manufacturer/orders/${mine.id}`).set(bearer(cascade.admin.token)).expect(200);
    expect(new Date(makerView.resolvesAt).getTime()).toBeLessThanOrEqual(Date.now());

    const { body: recent } = await t.http.get('/api/v1/ops/bidding-windows/closures').set(bearer(ops.token)).expect(200);
    expect(recent[0]).toEqual(expect.objectContaining({ id: closure.id, reason: 'Urgent run for a launch' }));
  });

  it("closes every store's windows at once", async () => {
    const a = await order(cascadeSlug, cascadeProduct);
    const b = await order(summitSlug, summitProduct);
    const { body } = await closeWindows({ reason: 'Demo' }).expect(200);
    expect(body.ordersClosed).toBeGreaterThanOrEqual(2);
    expect(body.manufacturerId).toBeNull();
    expect((await bid(a.id)).status).toBe(409);
    expect((await bid(b.id)).status).toBe(409);
  });

  it('refuses closing without a reason, for an unknown manufacturer, and to anyone but ops', async () => {
    expect((await closeWindows({ manufacturerId: cascade.id })).body.message).toMatch(/reason is required/);
    await closeWindows({ manufacturerId: '00000000-0000-4000-8000-000000000000', reason: 'Demo run' }).expect(404);
    await closeWindows({ reason: 'Demo run' }, cascade.admin.token).expect(403);
    await closeWindows({ reason: 'Demo run' }, shop.admin.token).expect(403);
  });

  it("finds orders across stores by number or by the customer's e-mail, with the order's story", async () => {
    const placed = await order(summitSlug, summitProduct, 'Pat.Lee@Example.com');
    const other = await order(cascadeSlug, cascadeProduct, 'pat.lee@example.com');
    const byNumber = await t.http
      .get('/api/v1/ops/orders')
      .query({ q: `#${placed.number}` })
      .set(bearer(ops.token))
      .expect(200);
    expect(byNumber.body.items.map((o: { id: string }) => o.id)).toEqual([placed.id]);
    expect(byNumber.body.items[0]).toEqual(expect.objectContaining({ storeName: 'Summit Golf', customerEmail: 'pat.lee@example.com' }));

    const byEmail = await t.http.get('/api/v1/ops/orders').query({ q: 'PAT.LEE@' }).set(bearer(ops.token)).expect(200);
    expect(byEmail.body.items.map((o: { id: string }) => o.id)).toEqual([other.id, placed.id]);
    const wildcard = await t.http.get('/api/v1/ops/orders').query({ q: '%' }).set(bearer(ops.token)).expect(200);
    expect(wildcard.body.total).toBe(0);

    const { body: story } = await t.http.get(`/api/v1/ops/orders/${placed.id}`).set(bearer(ops.token)).expect(200);
    expect(story).toEqual(expect.objectContaining({ number: placed.number, manufacturerName: 'Summit Golf', storeSlug: summitSlug }));
    expect(story.history.map((h: { status: string }) => h.status).slice(0, 2)).toEqual(['awaiting_payment', 'placed']);

    await t.http.get('/api/v1/ops/orders').set(bearer(cascade.admin.token)).expect(403);
    await t.http.get(`/api/v1/ops/orders/${placed.id}`).set(bearer(shop.admin.token)).expect(403);
  });

  it('lists organisations with their users, and disables a user whose token then stops working', async () => {
    const { body: organisations } = await t.http.get('/api/v1/ops/organisations').set(bearer(ops.token)).expect(200);
    expect(organisations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'manufacturer', id: cascade.id, storeSlug: cascadeSlug, users: 1, activeUsers: 1 }),
        expect.objectContaining({ kind: 'retailer', id: shop.id, storeSlug: null, users: 1 }),
      ]),
    );
    const { body: users } = await t.http.get('/api/v1/ops/users').query({ retailerId: shop.id }).set(bearer(ops.token)).expect(200);
    expect(users.map((u: { email: string }) => u.email)).toEqual([shop.admin.email]);
    await t.http.get('/api/v1/ops/users').set(bearer(ops.token)).expect(400);

    const victim = await createRetailer(t, ops, 'Closing Down Cycles');
    const { body: disabled } = await t.http.post(`/api/v1/ops/users/${victim.admin.userId}/disable`).set(bearer(ops.token)).expect(200);
    expect(disabled.disabledAt).not.toBeNull();
    await t.http.get('/api/v1/retailer/locations').set(bearer(victim.admin.token)).expect(401);
    await expect(login(t, victim.admin.email)).rejects.toThrow();

    await t.http.post(`/api/v1/ops/users/${ops.userId}/disable`).set(bearer(ops.token)).expect(409);
    await t.http.post(`/api/v1/ops/users/${shop.admin.userId}/disable`).set(bearer(cascade.admin.token)).expect(403);
  });
});
