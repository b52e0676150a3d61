import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Account, bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct, orderBody, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';
import { payOrder } from './support/payments';

describe('customers ordering from a branded store', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let helmet: ProductFixture;

  const countOrders = async () => Number((await t.app.get(DataSource).query('SELECT count(*) AS n FROM orders'))[0].n);
  const post = (body: unknown, key: string = randomUUID()) =>
    t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', key)
      .send(body as object);

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    slug = await storeSlugOf(t, maker);
    await createProduct(t, maker, { sku: 'BK-1', name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
    helmet = await createProduct(t, maker, { sku: 'HM-1', name: 'Helmet', priceMinor: 7999, fulfilmentPriceMinor: 6000 });
  });
  afterAll(() => t.close());

  it('prices the order from the catalogue, locates the ZIP code and posts it to the board with its resolvesAt once paid', async () => {
    const response = await post(
      orderBody({
        lines: [
          { sku: 'BK-1', quantity: 1 },
          { sku: 'HM-1', quantity: 2 },
        ],
        postalCode: '97201',
      }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'awaiting_payment',
      currency: 'USD',
      totalMinor: 129900 + 2 * 7999,
      payment: { status: 'awaiting_payment', provider: 'test', checkoutUrl: expect.stringContaining('/test-payments/pay?session=') },
    });
    const onBoard = () => t.app.get(DataSource).query(`SELECT 1 FROM board_orders WHERE order_id = $1`, [response.body.id]);
    expect(await onBoard()).toHaveLength(0);
    await payOrder(t, response.body);
    expect(await onBoard()).toHaveLength(1);
    expect(response.body.lines).toEqual([
      { sku: 'BK-1', name: 'Road bike', quantity: 1, unitPriceMinor: 129900, lineTotalMinor: 129900 },
      { sku: 'HM-1', name: 'Helmet', quantity: 2, unitPriceMinor: 7999, lineTotalMinor: 15998 },
    ]);
    expect(response.body.trackingUrl).toContain(`/s/${slug}/track/${response.body.trackingToken}`);

    const detail = await t.http.get(`/api/v1/manufacturer/orders/${response.body.id}`).set(bearer(maker.admin.token)).expect(200);
    expect(detail.body.payoutMinor).toBe(110000 + 2 * 6000);
    expect(detail.body.shippingAddress).toMatchObject({ postalCode: '97201', lat: 45.5078, lng: -122.6897 });
    expect(detail.body.history.map((h: { status: string }) => h.status)).toEqual(['awaiting_payment', 'placed', 'posted']);
    // Default policy: the first 02:00 UTC run at least 12 hours later.
    const resolvesAt = new Date(detail.body.resolvesAt);
    expect(resolvesAt.getUTCHours()).toBe(2);
    expect(resolvesAt.getTime() - Date.now()).toBeGreaterThanOrEqual(12 * 3600_000 - 60_000);
    expect(resolvesAt.getTime() - Date.now()).toBeLessThanOrEqual(36 * 3600_000);
  });

  it('keeps the price at order time when the catalogue changes later', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku: 'HM-1' }] });
    await t.http.patch(`/api/v1/manufacturer/products/${helmet.id}`).set(bearer(maker.admin.token)).send({ priceMinor: 9999 }).expect(200);
    const detail = await t.http.get(`/api/v1/manufacturer/orders/${order.id}`).set(bearer(maker.admin.token)).expect(200);
    expect(detail.body.lines[0].unitPriceMinor).toBe(7999);
    await t.http.patch(`/api/v1/manufacturer/products/${helmet.id}`).set(bearer(maker.admin.token)).send({ priceMinor: 7999 }).expect(200);
  });

  it('rejects a price sent in the body as an unknown field, and writes nothing', async () => {
    const before = await countOrders();
    const body = orderBody({ lines: [{ sku: 'BK-1' }] });
    (body.lines[0] as Record<string, unknown>).unitPriceMinor = 1;
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('lines[0].unitPriceMinor is not an accepted field');
    expect(await countOrders()).toBe(before);
  });

  it.each([
    ['an unknown sku', { lines: [{ sku: 'NOPE' }] }, 422, 'lines[0].sku "NOPE" is not sold in this store'],
    ['a quantity of 0', { lines: [{ sku: 'BK-1', quantity: 0 }] }, 400, 'quantity must be at least 1'],
    ['a quantity of 1000', { lines: [{ sku: 'BK-1', quantity: 1000 }] }, 400, 'quantity must be at most 999'],
    ['a ZIP code that does not exist', { lines: [{ sku: 'BK-1' }], postalCode: '00000' }, 422, 'send shippingAddress.lat and shippingAddress.lng'],
  ])('refuses %s naming the field, and writes nothing', async (_, options, status, message) => {
    const before = await countOrders();
    const response = await post(orderBody(options));
    expect(response.status).toBe(status);
    expect(response.body.message).toContain(message);
    expect(await countOrders()).toBe(before);
  });

  it('refuses a malformed e-mail, more than 100 lines, an inactive product and a missing Idempotency-Key', async () => {
    const before = await countOrders();
    const badEmail = await post(orderBody({ lines: [{ sku: 'BK-1' }], customer: { email: 'not-an-email' } }));
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.message).toContain('customer.email must be an e-mail address');

    const many = await post(orderBody({ lines: Array.from({ length: 101 }, (_, i) => ({ sku: `S${i}` })) }));
    expect(many.status).toBe(400);
    expect(many.body.message).toContain('lines may contain at most 100 products');

    const retired = await createProduct(t, maker, { sku: 'OLD-1' });
    await t.http.delete(`/api/v1/manufacturer/products/${retired.id}`).set(bearer(maker.admin.token)).expect(200);
    const inactive = await post(orderBody({ lines: [{ sku: 'OLD-1' }] }));
    expect(inactive.status).toBe(422);
    expect(inactive.body.message).toContain('is no longer available');

    const noKey = await t.http.post(`/api/v1/stores/${slug}/orders`).send(orderBody({ lines: [{ sku: 'BK-1' }] }));
    expect(noKey.status).toBe(400);
    expect(noKey.body.message).toContain('Idempotency-Key');
    expect(await countOrders()).toBe(before);
  });

  it('accepts explicit coordinates for an address outside the ZIP data', async () => {
    const body = orderBody({ lines: [{ sku: 'BK-1' }], postalCode: 'SW1A 1AA', lat: 51.501, lng: -0.1416 });
    body.shippingAddress.country = 'GB';
    const response = await post(body);
    expect(response.status).toBe(201);
  });

  it('replays the same answer for the same Idempotency-Key and body, and refuses the key with another body', async () => {
    const key = randomUUID();
    const body = orderBody({ lines: [{ sku: 'BK-1' }] });
    const first = await post(body, key);
    const again = await post(body, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);

    const other = await post(orderBody({ lines: [{ sku: 'HM-1' }] }), key);
    expect(other.status).toBe(422);
    expect(other.body.message).toContain('already used with a different order');
  });

  it('creates exactly one order from 200 concurrent identical requests', async () => {
    const before = await countOrders();
    const key = randomUUID();
    const body = orderBody({ lines: [{ sku: 'BK-1', quantity: 2 }] });
    const responses = await Promise.all(Array.from({ length: 200 }, () => post(body, key)));
    // The first claims the key; the others wait for it, then replay its answer.
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    for (const response of responses) expect(response.body).toEqual(responses[0].body);
    expect(await countOrders()).toBe(before + 1);
  });

  it('scopes idempotency keys to the store', async () => {
    const other = await createManufacturer(t, ops, 'Other Maker');
    await createProduct(t, other, { sku: 'BK-1' });
    const key = randomUUID();
    const body = orderBody({ lines: [{ sku: 'BK-1' }] });
    const here = await post(body, key);
    const there = await t.http
      .post(`/api/v1/stores/${await storeSlugOf(t, other)}/orders`)
      .set('Idempotency-Key', key)
      .send(body);
    expect(here.status).toBe(201);
    expect(there.status).toBe(201);
    expect(there.body.id).not.toBe(here.body.id);
  });

  it('404s for an unknown store', async () => {
    const response = await t.http
      .post('/api/v1/stores/no-such-store/orders')
      .set('Idempotency-Key', randomUUID())
      .send(orderBody({ lines: [{ sku: 'BK-1' }] }));
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('Store not found');
  });

  it('shows the public store with its branding and only active products, without fulfilment prices', async () => {
    const shelved = await createProduct(t, maker, { sku: 'SHELVED-1' });
    await t.http.delete(`/api/v1/manufacturer/products/${shelved.id}`).set(bearer(maker.admin.token)).expect(200);
    const store = await t.http.get(`/api/v1/stores/${slug}`).expect(200);
    expect(store.body).toMatchObject({ slug, name: 'Cascade Cycles', currency: 'USD' });
    const products = await t.http.get(`/api/v1/stores/${slug}/products`).expect(200);
    const skus = products.body.map((p: { sku: string }) => p.sku);
    expect(skus).toEqual(expect.arrayContaining(['BK-1', 'HM-1']));
    expect(skus).not.toContain('SHELVED-1');
    expect(JSON.stringify(products.body)).not.toContain('fulfilmentPriceMinor');
  });
});
