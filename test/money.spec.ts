import { sql } from './support/board';
import { Account, bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

const FEE_TABLE = '1.29, JPY 190, KWD 0.4';

describe('money in every currency', () => {
  let t: TestApp;
  let ops: Account;
  const period = `from=${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)}`;

  beforeAll(async () => {
    t = await startTestApp({ PLATFORM_FEE_BASIS_POINTS: '950', PLATFORM_FEE_FIXED: FEE_TABLE });
    ops = await createOps(t);
  });
  afterAll(() => t.close());

  async function makerIn(currency: string): Promise<Tenant> {
    const maker = await createManufacturer(t, ops, `Maker ${currency} ${Date.now()}`);
    await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ currency }).expect(200);
    return maker;
  }

  /** An order the manufacturer won (nobody bid) and shipped itself. */
  async function shippedOrder(maker: Tenant, sku: string, quantity = 1) {
    const order = await placeOrder(t, await storeSlugOf(t, maker), { lines: [{ sku, quantity }] });
    await resolveNow(t, ops.token, maker.id);
    await t.http
      .post(`/api/v1/manufacturer/orders/${order.id}/shipments`)
      .set(bearer(maker.admin.token))
      .send({ carrier: 'USPS', trackingNumber: '9400100000000000000000' })
      .expect(200);
    return order;
  }

  it.each([
    // currency, fulfilment price, fee (9.5% + fixed part in that currency), rule as shown
    ['USD', 120_000, 11_400 + 129, '9.5% + $1.29, at most the fulfilment price'],
    ['JPY', 20_000, 1_900 + 190, '9.5% + ¥190, at most the fulfilment price'],
    ['KWD', 40_000, 3_800 + 400, '9.5% + KWD 0.400, at most the fulfilment price'],
  ])('settles a %s shipment with the fixed fee of that currency and states the rule with it', async (currency, payout, fee, rule) => {
    const maker = await makerIn(currency);
    const product = await createProduct(t, maker, { priceMinor: payout + 10_000, fulfilmentPriceMinor: payout });
    await shippedOrder(maker, product.sku);
    const { body } = await t.http.get(`/api/v1/manufacturer/statements?${period}`).set(bearer(maker.admin.token)).expect(200);
    expect(body.feeRule.replace(/\s/g, ' ')).toBe(rule);
    expect(body.lines).toEqual([expect.objectContaining({ currency, payoutMinor: payout, feeMinor: fee, fulfillerNetMinor: payout - fee })]);
    expect(body.totals).toEqual([expect.objectContaining({ currency, feeMinor: fee, receivesMinor: payout + 10_000 - fee })]);
    expect(body.totals[0].feeRule.replace(/\s/g, ' ')).toBe(rule);
    const csv = await t.http.get(`/api/v1/manufacturer/statements/csv?${period}`).set(bearer(maker.admin.token)).expect(200);
    expect(csv.text.split('\n')[1]).toContain(`,${currency},manufacturer,${payout + 10_000},${payout},${fee},${payout - fee},10000,`);
  });

  it.each([
    ['USD', 144, '$1.44', '$1.29'],
    ['JPY', 211, '¥211', '¥190'],
    // The fee's floor is KWD 0.441; cards take KWD in steps of 0.010, so the smallest price is 0.450.
    ['KWD', 450, 'KWD 0.450', 'KWD 0.400'],
  ])('refuses a %s fulfilment price the fee would take entirely, naming the smallest one', async (currency, smallest, shown, fixed) => {
    const maker = await makerIn(currency);
    const refused = await t.http
      .post('/api/v1/manufacturer/products')
      .set(bearer(maker.admin.token))
      .send({ sku: `LOW-${currency}`, name: 'Valve cap', priceMinor: 5000, fulfilmentPriceMinor: smallest - 1 })
      .expect(422);
    expect(refused.body.message.replace(/\s/g, ' ')).toBe(
      `fulfilmentPriceMinor must be at least ${smallest} (${shown}): below that the platform fee ` +
        `(9.5% + ${fixed}, at most the fulfilment price) leaves the fulfiller nothing`,
    );
    await createProduct(t, maker, { sku: `OK-${currency}`, priceMinor: 5000, fulfilmentPriceMinor: smallest });
    const product = await createProduct(t, maker, { sku: `UP-${currency}`, priceMinor: 5000, fulfilmentPriceMinor: 4000 });
    await t.http.patch(`/api/v1/manufacturer/products/${product.id}`).set(bearer(maker.admin.token)).send({ fulfilmentPriceMinor: 1 }).expect(422);
  });

  it('caps the fee at the fulfilment price of an order priced before the fee rose: the fulfiller nets zero, never less', async () => {
    const maker = await makerIn('USD');
    const product = await createProduct(t, maker, { priceMinor: 500, fulfilmentPriceMinor: 200 });
    // As if the price had been set under a lower fee: the catalogue would refuse 100 today.
    await sql(t, `UPDATE products SET fulfilment_price_minor = 100 WHERE id = $1`, [product.id]);
    await shippedOrder(maker, product.sku);
    const { body } = await t.http.get(`/api/v1/manufacturer/statements?${period}`).set(bearer(maker.admin.token)).expect(200);
    expect(body.lines).toEqual([expect.objectContaining({ payoutMinor: 100, feeMinor: 100, fulfillerNetMinor: 0, manufacturerShareMinor: 400 })]);
  });

  it('takes an order past the 32-bit range, and refuses one past the stated maximum with a 422 naming it', async () => {
    const maker = await makerIn('USD');
    const product = await createProduct(t, maker, { priceMinor: 100_000_000, fulfilmentPriceMinor: 90_000_000 });
    const slug = await storeSlugOf(t, maker);
    const big = await placeOrder(t, slug, { lines: [{ sku: product.sku, quantity: 22 }] });
    expect(big.totalMinor).toBe(2_200_000_000);
    const detail = await t.http.get(`/api/v1/manufacturer/orders/${big.id}`).set(bearer(maker.admin.token)).expect(200);
    expect(detail.body).toMatchObject({ totalMinor: 2_200_000_000, payoutMinor: 1_980_000_000 });
    const tracked = await t.http.get(`/api/v1/orders/track/${big.trackingToken}`).expect(200);
    expect(tracked.body.totalMinor).toBe(2_200_000_000);

    const tooBig = await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', `too-big-${Date.now()}`)
      .send({
        customer: { name: 'Jamie Rivera', email: 'jamie@example.com' },
        shippingAddress: { line1: '1 Main St', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
        lines: [{ sku: product.sku, quantity: 101 }],
      })
      .expect(422);
    expect(tooBig.body.message).toBe(
      'The order total $101,000,000.00 is more than the largest order this store takes, $100,000,000.00 (10000000000 minor units); split it into smaller orders',
    );
    const [{ n }] = await sql(t, `SELECT count(*)::int AS n FROM orders WHERE store_id = (SELECT id FROM stores WHERE slug = $1)`, [slug]);
    expect(n).toBe(1);
  });
});
