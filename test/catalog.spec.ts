import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

describe("a manufacturer's store and catalogue", () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let rival: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    [maker, rival] = await Promise.all([createManufacturer(t, ops, 'Summit Golf'), createManufacturer(t, ops, 'Rival Golf')]);
  });
  afterAll(() => t.close());

  it('brands the store: name, slug, logo, colours, tagline, support e-mail, currency, policies and warehouse', async () => {
    const response = await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(maker.admin.token))
      .send({
        name: 'Summit Golf Co.',
        slug: 'summit-golf',
        logoUrl: 'https://cdn.summit.test/logo.svg',
        primaryColor: '#0f766e',
        accentColor: '#f59e0b',
        tagline: 'Clubs made in Oregon',
        supportEmail: 'help@summit.test',
        currency: 'EUR',
        minBoardHours: 24,
        shipByDays: 5,
        warehouse: { line1: '1 Factory Rd', city: 'Bend', region: 'OR', postalCode: '97701', country: 'US' },
      })
      .expect(200);
    expect(response.body).toMatchObject({ slug: 'summit-golf', currency: 'EUR', minBoardHours: 24, shipByDays: 5 });
    expect(response.body.warehouse).toMatchObject({ city: 'Bend', lat: expect.any(Number), lng: expect.any(Number) });
    const publicView = await t.http.get('/api/v1/stores/summit-golf').expect(200);
    expect(publicView.body).toEqual({
      slug: 'summit-golf',
      name: 'Summit Golf Co.',
      logoUrl: 'https://cdn.summit.test/logo.svg',
      heroImageUrl: null,
      heroImageVariants: [],
      primaryColor: '#0f766e',
      accentColor: '#f59e0b',
      tagline: 'Clubs made in Oregon',
      supportEmail: 'help@summit.test',
      currency: 'EUR',
    });
  });

  it('refuses a taken slug, a slug that is not URL-safe, and a bad colour or currency', async () => {
    const rivalSlug = await storeSlugOf(t, rival);
    const taken = await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ slug: rivalSlug });
    expect(taken.status).toBe(409);
    const unsafe = await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ slug: 'Summit Golf!' });
    expect(unsafe.status).toBe(400);
    expect(unsafe.body.message).toContain('slug may contain only lower-case letters');
    const colour = await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ primaryColor: 'teal', currency: 'XYZ' });
    expect(colour.status).toBe(400);
    expect(colour.body.message).toContain('primaryColor must be a colour');
    expect(colour.body.message).toContain('currency must be an ISO 4217 code');
  });

  it('creates, updates, lists with filters and deactivates products', async () => {
    const driver = await createProduct(t, maker, { sku: 'DRV-10', name: 'Titanium driver', priceMinor: 49900, fulfilmentPriceMinor: 40000 });
    await createProduct(t, maker, { sku: 'PUT-1', name: 'Blade putter', priceMinor: 19900, fulfilmentPriceMinor: 15000 });
    await t.http
      .patch(`/api/v1/manufacturer/products/${driver.id}`)
      .set(bearer(maker.admin.token))
      .send({ description: 'Low spin, 10.5°' })
      .expect(200);
    await t.http.delete(`/api/v1/manufacturer/products/${driver.id}`).set(bearer(maker.admin.token)).expect(200);

    const active = await t.http.get('/api/v1/manufacturer/products?active=true').set(bearer(maker.admin.token)).expect(200);
    expect(active.body.items.map((p: { sku: string }) => p.sku)).toEqual(['PUT-1']);
    const text = await t.http.get('/api/v1/manufacturer/products?q=spin').set(bearer(maker.admin.token)).expect(200);
    expect(text.body.items.map((p: { sku: string }) => p.sku)).toEqual(['DRV-10']);
    const page = await t.http.get('/api/v1/manufacturer/products?limit=1&offset=1').set(bearer(maker.admin.token)).expect(200);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.body.items).toHaveLength(1);
  });

  it('refuses a fulfilment price above the price, a duplicate sku, and fractional money', async () => {
    const above = await t.http
      .post('/api/v1/manufacturer/products')
      .set(bearer(maker.admin.token))
      .send({ sku: 'X-1', name: 'X', priceMinor: 1000, fulfilmentPriceMinor: 1001 });
    expect(above.status).toBe(422);
    expect(above.body.message).toContain('must not exceed priceMinor');
    await createProduct(t, maker, { sku: 'DUP-1' });
    const duplicate = await t.http
      .post('/api/v1/manufacturer/products')
      .set(bearer(maker.admin.token))
      .send({ sku: 'DUP-1', name: 'Again', priceMinor: 1000, fulfilmentPriceMinor: 900 });
    expect(duplicate.status).toBe(409);
    const fractional = await t.http
      .post('/api/v1/manufacturer/products')
      .set(bearer(maker.admin.token))
      .send({ sku: 'F-1', name: 'F', priceMinor: 10.5, fulfilmentPriceMinor: 9 });
    expect(fractional.status).toBe(400);
    expect(fractional.body.message).toContain('priceMinor must be a whole number of minor units');
  });

  it("hides another manufacturer's products and orders (404) and keeps them unchanged", async () => {
    const theirs = await createProduct(t, rival, { sku: 'RIVAL-1', priceMinor: 5000, fulfilmentPriceMinor: 4000 });
    const order = await placeOrder(t, await storeSlugOf(t, rival), { lines: [{ sku: 'RIVAL-1' }] });
    const mine = bearer(maker.admin.token);
    await t.http.get(`/api/v1/manufacturer/products/${theirs.id}`).set(mine).expect(404);
    await t.http.patch(`/api/v1/manufacturer/products/${theirs.id}`).set(mine).send({ priceMinor: 1 }).expect(404);
    await t.http.delete(`/api/v1/manufacturer/products/${theirs.id}`).set(mine).expect(404);
    await t.http.get(`/api/v1/manufacturer/orders/${order.id}`).set(mine).expect(404);
    await t.http.post(`/api/v1/manufacturer/orders/${order.id}/cancel`).set(mine).send({ reason: 'Not mine' }).expect(404);
    const list = await t.http.get('/api/v1/manufacturer/orders').set(mine).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(order.id);

    const unchanged = await t.http.get(`/api/v1/manufacturer/products/${theirs.id}`).set(bearer(rival.admin.token)).expect(200);
    expect(unchanged.body).toMatchObject({ priceMinor: 5000, active: true });
    const stillPosted = await t.http.get(`/api/v1/manufacturer/orders/${order.id}`).set(bearer(rival.admin.token)).expect(200);
    expect(stillPosted.body.status).toBe('posted');
  });

  it('keeps retailers and customers out of the manufacturer API', async () => {
    const shop = await createRetailer(t, ops);
    await t.http.get('/api/v1/manufacturer/products').set(bearer(shop.admin.token)).expect(403);
    await t.http.get('/api/v1/manufacturer/orders').set(bearer(shop.admin.token)).expect(403);
    await t.http.get('/api/v1/manufacturer/orders').expect(401);
  });

  it('lists its orders by status and date range, and cancels one with a reason', async () => {
    const slug = await storeSlugOf(t, maker);
    const keep = await placeOrder(t, slug, { lines: [{ sku: 'PUT-1' }] });
    const drop = await placeOrder(t, slug, { lines: [{ sku: 'PUT-1' }] });
    const noReason = await t.http.post(`/api/v1/manufacturer/orders/${drop.id}/cancel`).set(bearer(maker.admin.token)).send({});
    expect(noReason.status).toBe(400);
    const cancelled = await t.http
      .post(`/api/v1/manufacturer/orders/${drop.id}/cancel`)
      .set(bearer(maker.admin.token))
      .send({ reason: 'Out of production' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Out of production' });

    const posted = await t.http.get('/api/v1/manufacturer/orders?status=posted').set(bearer(maker.admin.token)).expect(200);
    expect(posted.body.items.map((o: { id: string }) => o.id)).toContain(keep.id);
    expect(posted.body.items.map((o: { id: string }) => o.id)).not.toContain(drop.id);
    const future = await t.http.get('/api/v1/manufacturer/orders?from=2999-01-01').set(bearer(maker.admin.token)).expect(200);
    expect(future.body.total).toBe(0);
    const badDate = await t.http.get('/api/v1/manufacturer/orders?from=yesterday').set(bearer(maker.admin.token));
    expect(badDate.status).toBe(400);
  });
});
