import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { BID_STATUS } from '../src/board/board.sql';
import { Clock } from '../src/resolution/clock';
import { addLocation, makeDealer, PORTLAND } from './support/board';
import { Account, bearer, createManufacturer, createOps, createRetailer } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { awardAnomalies, liveAwards, oracle, seedScenario, waitForRun } from './support/resolution';
import { eventually } from './support/eventually';
import { databaseUrl } from './support/test-env';
import { startTestApp, TestApp } from './support/test-app';
import { itKeepsDealerRecords } from './support/dealer-record-counts';

const startRun = async (t: TestApp, ops: Account) =>
  (await t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: false }).expect(202)).body.id as string;

describe('resolver: exactly once under concurrency', () => {
  describe('with jobs running in parallel in one process', () => {
    let t: TestApp;
    let ops: Account;

    // No Redis: every part of both runs runs at once, each batch in its own pooled connection.
    beforeAll(async () => {
      t = await startTestApp({ REDIS_URL: '', RESOLVE_BATCH_SIZE: '17', RESOLVE_PART_SIZE: '60' });
      ops = await createOps(t);
    });
    afterAll(() => t.close());

    it('two runs started at the same moment award each order exactly once, as the oracle does', async () => {
      const db = t.app.get(DataSource);
      const scenario = await seedScenario(db, { seed: 23, orders: 500, retailers: 100, manufacturers: 3 });
      const expected = oracle(scenario);

      const [a, b] = await Promise.all([startRun(t, ops), startRun(t, ops)]);
      const runs = await Promise.all([waitForRun(t, ops.token, a), waitForRun(t, ops.token, b)]);

      expect(runs.map((run) => run.state)).toEqual(['completed', 'completed']);
      expect(runs[0].counts.considered + runs[1].counts.considered).toBe(expected.size);
      expect(await awardAnomalies(db)).toBe(0);
      const actual = await liveAwards(db);
      expect(actual.size).toBe(expected.size);
      for (const [orderId, decision] of expected) expect(actual.get(orderId)?.bidId).toBe(decision.bidId);
      // Each award is announced once: one customer e-mail per awarded order, whichever run awarded it.
      const mailed = async () => {
        const [mails] = await db.query(
          `SELECT count(*)::int AS n, count(DISTINCT order_id)::int AS orders FROM notifications WHERE event = 'order.awarded' AND channel = 'email'`,
        );
        return mails;
      };
      await eventually(async () => (await mailed()).n >= expected.size, 'the award e-mails');
      expect(await mailed()).toEqual({ n: expected.size, orders: expected.size });
    });

    itKeepsDealerRecords(() => t);
  });

  describe('with bids arriving during the run', () => {
    let t: TestApp;
    let ops: Account;

    beforeAll(async () => {
      t = await startTestApp({ RESOLVE_BATCH_SIZE: '5' });
      ops = await createOps(t);
    });
    afterAll(() => t.close());

    it('a bid committed while the run waits for the order is in the award', async () => {
      const db = t.app.get(DataSource);
      const scenario = await seedScenario(db, { seed: 29, orders: 40, retailers: 10, manufacturers: 1, openShare: 0 });
      const target = scenario.orders[0];
      const bidder = [...scenario.locations.values()].find(
        (l) => !scenario.bids.some((b) => b.orderId === target.id && b.retailerId === l.retailerId),
      )!;
      const [location] = await db.query(
        `INSERT INTO retailer_locations (retailer_id, name, line1, city, region, postal_code, country, lat, lng)
         VALUES ($1, 'Next door', '2 Main St', 'Town', 'ST', '00000', 'US', $2, $3) RETURNING id`,
        [bidder.retailerId, target.lat, target.lng],
      );

      // What the bid endpoint does: lock the order FOR SHARE, check it is still open, insert the bid.
      const bid = new Client({ connectionString: databaseUrl(t.databaseName) });
      await bid.connect();
      await bid.query('BEGIN');
      await bid.query(`SELECT status FROM orders WHERE id = $1 FOR SHARE`, [target.id]);
      const runId = await startRun(t, ops);
      for (let awarded = 0; awarded < scenario.orders.length - 1; await new Promise((r) => setTimeout(r, 50))) {
        [{ n: awarded }] = await db.query(`SELECT count(*)::int AS n FROM awards`);
      }
      await bid.query(`INSERT INTO bids (order_id, retailer_id, location_id) VALUES ($1, $2, $3)`, [target.id, bidder.retailerId, location.id]);
      await bid.query('COMMIT');
      await bid.end();

      const run = await waitForRun(t, ops.token, runId);
      expect(run.counts.considered).toBe(scenario.orders.length);
      const award = (await liveAwards(db)).get(target.id)!;
      expect(award).toMatchObject({ kind: 'retailer', retailerId: bidder.retailerId, distanceKm: 0 });
    });

    it('bids racing a run through the API are either counted or refused with 409, never left open', async () => {
      const maker = await createManufacturer(t, ops);
      const product = await createProduct(t, maker);
      const slug = await storeSlugOf(t, maker);
      const shop = await createRetailer(t, ops);
      await addLocation(t, shop, PORTLAND);
      await makeDealer(t, maker, shop);
      const orders = [];
      for (let i = 0; i < 30; i++) orders.push(await placeOrder(t, slug, { lines: [{ sku: product.sku }] }));
      // The run's clock is past every order's window while the board (database time) still takes bids.
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 30 * 24 * 3600_000));

      const run = t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: false, manufacturerId: maker.id });
      const bids = await Promise.all(
        orders.map((order) => t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({})),
      );
      await waitForRun(t, ops.token, (await run.expect(202)).body.id);
      jest.restoreAllMocks();

      const db = t.app.get(DataSource);
      for (const [i, response] of bids.entries()) {
        expect([200, 409]).toContain(response.status);
        const [order] = await db.query(`SELECT status FROM orders WHERE id = $1`, [orders[i].id]);
        const [state] = await db.query(`SELECT ${BID_STATUS} AS status FROM bids b JOIN orders o ON o.id = b.order_id WHERE b.order_id = $1`, [
          orders[i].id,
        ]);
        if (response.status === 200) {
          expect(order.status).toBe('awarded_retailer');
          expect(state.status).toBe('won');
        } else {
          expect(order.status).toBe('awarded_manufacturer');
          expect(state).toBeUndefined();
        }
      }
    });
  });
});
