import { SchedulerRegistry } from '@nestjs/schedule';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { RatingsService } from '../src/ratings/ratings.service';
import { addLocation, makeDealer, PORTLAND } from './support/board';
import { keptAndRecounted } from './support/dealer-record-counts';
import { bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { databaseUrl } from './support/test-env';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The dealer records' counts are kept per database session (migration DealerRecordCounts): sessions awarding one
 * dealer's orders at once never wait for each other, and ended sessions' rows are folded without changing a figure.
 */
describe('dealer record counts kept as awards are written', () => {
  let t: TestApp;
  let maker: Tenant;
  let shop: Tenant;
  let orderIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    // The hourly fold would move the rows this spec counts.
    for (const job of t.app.get(SchedulerRegistry).getCronJobs().values()) void job.stop();
    const ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    const product = await createProduct(t, maker);
    const slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Pearl District Bikes');
    await addLocation(t, shop, PORTLAND);
    await makeDealer(t, maker, shop);
    orderIds = [];
    for (let i = 0; i < 4; i++) orderIds.push((await placeOrder(t, slug, { lines: [{ sku: product.sku }] })).id);
  });
  afterAll(() => t.close());

  const awardsOf = async () => {
    const records = (await t.http.get('/api/v1/manufacturer/dealer-records').set(bearer(maker.admin.token)).expect(200)).body as {
      retailerId: string;
      awards: number;
    }[];
    return records.find((r) => r.retailerId === shop.id)?.awards ?? 0;
  };

  /** A database session of its own (as one of the resolver's parts would hold), ended by `end()`. */
  async function session(): Promise<Client> {
    const client = new Client({ connectionString: databaseUrl(t.databaseName) });
    await client.connect();
    // A wait on another session's row lock fails fast instead of passing unnoticed.
    await client.query(`SET lock_timeout = '2s'`);
    return client;
  }
  const award = (client: Client, orderId: string) =>
    client.query(
      `INSERT INTO awards (order_id, kind, retailer_id, location_id, reason)
       SELECT $1, 'retailer', l.retailer_id, l.id, 'Nearest bidding retailer' FROM retailer_locations l WHERE l.retailer_id = $2`,
      [orderId, shop.id],
    );

  it("two sessions awarding the same dealer's orders at once do not wait for each other", async () => {
    const [first, second] = [await session(), await session()];
    try {
      await first.query('BEGIN');
      await award(first, orderIds[0]);
      // The first session's transaction is still open: a count row shared by both would hold the second one here.
      await second.query('BEGIN');
      await award(second, orderIds[1]);
      await second.query('COMMIT');
      await first.query('COMMIT');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(await awardsOf()).toBe(2);
  });

  it("folding the ended sessions' rows keeps every figure and leaves one row per dealer", async () => {
    const db = t.app.get(DataSource);
    const third = await session();
    await award(third, orderIds[2]);
    await third.end();
    // A session still open keeps its row: it may add to it again.
    const open = await session();
    await award(open, orderIds[3]);
    try {
      const rows = () =>
        db.query<{ backend: number }[]>(`SELECT backend FROM dealer_record_counts WHERE retailer_id = $1 ORDER BY backend`, [shop.id]);
      expect((await rows()).length).toBe(4);
      const before = await keptAndRecounted(db);

      expect(await t.app.get(RatingsService).foldRecordCounts()).toBe(3);
      const {
        rows: [{ pid }],
      } = await open.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect((await rows()).map((r) => r.backend)).toEqual([0, pid]);
      expect(await keptAndRecounted(db)).toEqual(before);
      expect(before.kept).toEqual(before.recounted);
      expect(await awardsOf()).toBe(4);

      // Folding again finds nothing to fold.
      expect(await t.app.get(RatingsService).foldRecordCounts()).toBe(0);
    } finally {
      await open.end();
    }
  });
});
