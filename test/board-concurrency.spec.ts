import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { addLocation, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

const RETAILERS = 100;

/** Runs `work` over `items`, `width` at a time: onboarding hashes passwords, which is slow all at once. */
async function inBatches<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(work))));
  return results;
}

describe('bidding at the same moment', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let shops: Tenant[];
  let slug: string;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    maker = await createManufacturer(t, ops);
    slug = await storeSlugOf(t, maker);
    await createProduct(t, maker, { sku: 'BK-1' });
    shops = await inBatches([...Array(RETAILERS).keys()], 10, async (i) => {
      const shop = await createRetailer(t, ops);
      await addLocation(t, shop, northOf(PORTLAND, i % 50));
      await makeDealer(t, maker, shop);
      return shop;
    });
  }, 180_000);
  afterAll(() => t.close());

  it(`records all ${RETAILERS} bids of ${RETAILERS} retailers bidding on one order at once, without an error`, async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }], ...PORTLAND });
    const responses = await Promise.all(
      shops.map((shop) => t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({})),
    );
    expect(responses.map((r) => r.status)).toEqual(shops.map(() => 200));
    const [{ open }] = await sql(t, `SELECT count(*)::int AS open FROM bids WHERE order_id = $1 AND status = 'open'`, [order.id]);
    expect(open).toBe(RETAILERS);
    const entry = await t.http.get(`/api/v1/ops/board/${order.id}`).set(bearer(ops.token)).expect(200);
    expect(new Set(entry.body.bids.map((b: { retailer: { id: string } }) => b.retailer.id)).size).toBe(RETAILERS);
  });

  it('keeps one bid per retailer when the same retailer bids many times at once', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }], ...PORTLAND });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shops[0].admin.token)).send({})),
    );
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([200]));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
  });
});
