import { DataSource } from 'typeorm';
import { addLocation, awardTo, closeWindow, LocationFixture, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { enableAutoBids, pendingOutboxJobs, stockAt, uploadCsv } from './support/inventory';
import { createProduct, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

const HOUR = 3600_000;

describe('inventory feeds and stock holds', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let bike: ProductFixture;
  let helmet: ProductFixture;
  let near: Tenant;
  let far: Tenant;
  let nearShop: LocationFixture;
  let farShop: LocationFixture;

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY_INTERVAL_MS: '50' });
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    bike = await createProduct(t, maker, { sku: 'BK-ROAD-54', gtin: '036000291452' });
    helmet = await createProduct(t, maker, { sku: 'HELMET-M', priceMinor: 9000, fulfilmentPriceMinor: 7000 });
    slug = await storeSlugOf(t, maker);
    near = await createRetailer(t, ops, 'Rose City Bikes');
    far = await createRetailer(t, ops, 'Gorge Cyclery');
    nearShop = await addLocation(t, near, northOf(PORTLAND, 3), { name: 'Pearl District' });
    farShop = await addLocation(t, far, northOf(PORTLAND, 20), { name: 'Vancouver' });
    await makeDealer(t, maker, near);
    await makeDealer(t, maker, far);
  });
  afterAll(() => t.close());

  const db = () => t.app.get(DataSource);
  const order = (lines: { sku: string; quantity?: number }[]) => placeOrder(t, slug, { lines, lat: PORTLAND.lat, lng: PORTLAND.lng });
  const bid = (shop: Tenant, orderId: string) => t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(shop.admin.token)).send({});
  const withdraw = (shop: Tenant, orderId: string) => t.http.delete(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(shop.admin.token)).send({});
  /** Orders on the board no other test touches: each test starts from its own counts. */
  async function settle() {
    await eventually(async () => (await pendingOutboxJobs(db())) === 0, 'automatic bidding to finish');
  }

  describe('CSV upload', () => {
    it('replaces the location stock from a CSV naming products by SKU or GTIN, and lists it', async () => {
      const response = await uploadCsv(t, near, nearShop.id, 'sku,gtin,quantity\n,036000291452,3\nHELMET-M,,10\n').expect(200);
      expect(response.body).toMatchObject({
        applied: 2,
        removed: 0,
        withdrawnBids: 0,
        feed: { hasFeed: true, products: 2, unitsOnHand: 13, unitsHeld: 0 },
      });
      expect(await stockAt(t, near, nearShop.id)).toEqual({
        'BK-ROAD-54': { onHand: 3, held: 0, available: 3 },
        'HELMET-M': { onHand: 10, held: 0, available: 10 },
      });

      await uploadCsv(t, near, nearShop.id, 'SKU,Qty\nBK-ROAD-54,2\n').expect(200);
      expect(await stockAt(t, near, nearShop.id)).toEqual({ 'BK-ROAD-54': { onHand: 2, held: 0, available: 2 } });
    });

    it('refuses a file with bad rows, naming each line, and applies none of it', async () => {
      await uploadCsv(t, near, nearShop.id, 'sku,quantity\nBK-ROAD-54,4\nHELMET-M,4\n').expect(200);
      const csv = ['sku,gtin,quantity', 'BK-ROAD-54,,7', 'NOPE-1,,1', 'HELMET-M,,-2', ',036000291453,1', 'HELMET-M,,3', 'HELMET-M,,4', ',,5'].join(
        '\n',
      );
      const response = await uploadCsv(t, near, nearShop.id, csv).expect(422);
      expect(response.body.message).toContain('5 of 7 rows have errors, so nothing was applied');
      expect(response.body.message).toContain('line 3: SKU "NOPE-1" is not in the catalogue of any manufacturer you are an approved dealer of');
      expect(response.body.message).toContain('line 4: quantity "-2" must be a whole number from 0 to 1000000');
      expect(response.body.message).toContain('line 5: gtin "036000291453" is not a GTIN-8, UPC-A, EAN-13 or GTIN-14 with a valid check digit');
      expect(response.body.message).toContain('line 7: the same product as line 6');
      expect(response.body.message).toContain('line 8: give a sku or a gtin');
      expect(await stockAt(t, near, nearShop.id)).toEqual({
        'BK-ROAD-54': { onHand: 4, held: 0, available: 4 },
        'HELMET-M': { onHand: 4, held: 0, available: 4 },
      });
    });

    it('refuses a header without quantity, an unknown column, malformed CSV and an empty file with a 422 that says what to send', async () => {
      const cases: [string, string][] = [
        ['sku,count\nBK-ROAD-54,1\n', 'Unknown column "count"'],
        ['sku\nBK-ROAD-54\n', 'no quantity column'],
        ['sku,quantity\n"BK-ROAD-54,1\n', 'The CSV could not be read'],
        ['sku,quantity\nBK-ROAD-54,1,9\n', 'The CSV could not be read'],
        ['sku,quantity\n', 'no rows after its header'],
      ];
      for (const [csv, message] of cases) {
        const response = await uploadCsv(t, near, nearShop.id, csv).expect(422);
        expect(response.body.message).toContain(message);
      }
    });

    it("keeps another retailer's location out of reach", async () => {
      await uploadCsv(t, far, nearShop.id, 'sku,quantity\nBK-ROAD-54,1\n').expect(404);
      await t.http.get(`/api/v1/retailer/inventory/locations/${nearShop.id}/items`).set(bearer(far.admin.token)).expect(404);
    });

    it('takes 10,000 rows in one upload within seconds (npm run bench:inventory times 50,000)', async () => {
      const skus = Array.from({ length: 10_000 }, (_, i) => `BULK-${i}`);
      await sql(
        t,
        `INSERT INTO products (manufacturer_id, sku, name, price_minor, fulfilment_price_minor)
         SELECT $1, sku, 'Spoke ' || sku, 100, 80 FROM unnest($2::text[]) AS sku`,
        [maker.id, skus],
      );
      const csv = `sku,quantity\n${skus.map((sku, i) => `${sku},${i % 7}`).join('\n')}\n`;
      const started = Date.now();
      const response = await uploadCsv(t, far, farShop.id, csv).expect(200);
      const ms = Date.now() - started;
      expect(response.body.applied).toBe(10_000);
      // Well under a second on an idle machine; the margin is for a busy CI host.
      expect(ms).toBeLessThan(5_000);
      await sql(t, `DELETE FROM inventory_feeds WHERE location_id = $1`, [farShop.id]);
      await sql(t, `DELETE FROM products WHERE sku LIKE 'BULK-%'`);
    });
  });

  describe('JSON feeds for store systems', () => {
    it('replaces in full and changes by delta with the retailer API key', async () => {
      const { body: created } = await t.http.post('/api/v1/retailer/api-keys').set(bearer(near.admin.token)).send({ name: 'POS' }).expect(201);
      const key = created.key as string;
      await t.http
        .put(`/api/v1/retailer/inventory/locations/${nearShop.id}`)
        .set('X-Api-Key', key)
        .send({
          items: [
            { gtin: '036000291452', quantity: 5 },
            { sku: 'HELMET-M', quantity: 2 },
          ],
        })
        .expect(200);
      await t.http
        .patch(`/api/v1/retailer/inventory/locations/${nearShop.id}`)
        .set('X-Api-Key', key)
        .send({ items: [{ sku: 'HELMET-M', quantity: 6 }] })
        .expect(200);
      expect(await stockAt(t, near, nearShop.id)).toEqual({
        'BK-ROAD-54': { onHand: 5, held: 0, available: 5 },
        'HELMET-M': { onHand: 6, held: 0, available: 6 },
      });

      const future = await t.http
        .patch(`/api/v1/retailer/inventory/locations/${nearShop.id}`)
        .set('X-Api-Key', key)
        .send({ items: [{ sku: 'HELMET-M', quantity: 1 }], countedAt: new Date(Date.now() + 2 * HOUR).toISOString() })
        .expect(422);
      expect(future.body.message).toContain('countedAt is in the future');
      await t.http.patch(`/api/v1/retailer/inventory/locations/${nearShop.id}`).set('X-Api-Key', key).send({ items: [] }).expect(400);
      await t.http
        .put(`/api/v1/retailer/inventory/locations/${nearShop.id}`)
        .set('X-Api-Key', key)
        .send({ items: [{ sku: 'HELMET-M', quantity: 1.5 }] })
        .expect(400);
    });
  });

  describe('holds', () => {
    it('a manual bid holds the stock: a second order for the last unit is refused until the first bid is withdrawn', async () => {
      await uploadCsv(t, near, nearShop.id, 'sku,quantity\nBK-ROAD-54,1\n').expect(200);
      const first = await order([{ sku: bike.sku }]);
      const second = await order([{ sku: bike.sku }]);
      await bid(near, first.id).expect(200);
      expect((await stockAt(t, near, nearShop.id))['BK-ROAD-54']).toEqual({ onHand: 1, held: 1, available: 0 });
      const refused = await bid(near, second.id).expect(409);
      expect(refused.body.message).toBe(
        'No units of SKU BK-ROAD-54 are available at Pearl District (1 on hand, 1 held by open bids, unshipped orders and accepted pickups); this order needs 1. Update its inventory count or bid from another location',
      );
      const holds = await t.http.get(`/api/v1/retailer/inventory/locations/${nearShop.id}/holds`).set(bearer(near.admin.token)).expect(200);
      expect(holds.body.items).toEqual([
        expect.objectContaining({ orderId: first.id, status: 'open', automatic: false, lines: [{ sku: 'BK-ROAD-54', quantity: 1 }] }),
      ]);

      await withdraw(near, first.id).expect(200);
      await bid(near, second.id).expect(200);
      await bid(near, second.id).expect(200); // placing it again does not count against itself
      expect((await stockAt(t, near, nearShop.id))['BK-ROAD-54']).toEqual({ onHand: 1, held: 1, available: 0 });
      await withdraw(near, second.id).expect(200);
    });

    it('the loser is released at the award, the winner holds until it ships, and shipping takes the units off the count', async () => {
      await uploadCsv(t, near, nearShop.id, 'sku,quantity\nBK-ROAD-54,2\nHELMET-M,3\n').expect(200);
      await uploadCsv(t, far, farShop.id, 'sku,quantity\nBK-ROAD-54,2\nHELMET-M,3\n').expect(200);
      const placed = await order([{ sku: bike.sku }, { sku: helmet.sku, quantity: 2 }]);
      await bid(near, placed.id).expect(200);
      await bid(far, placed.id).expect(200);
      expect((await stockAt(t, far, farShop.id))['HELMET-M']).toEqual({ onHand: 3, held: 2, available: 1 });

      await resolveNow(t, ops.token, maker.id);
      expect((await stockAt(t, far, farShop.id))['HELMET-M']).toEqual({ onHand: 3, held: 0, available: 3 });
      expect((await stockAt(t, near, nearShop.id))['HELMET-M']).toEqual({ onHand: 3, held: 2, available: 1 });

      await t.http
        .post(`/api/v1/retailer/orders/${placed.id}/shipments`)
        .set(bearer(near.admin.token))
        .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
        .expect(200);
      expect(await stockAt(t, near, nearShop.id)).toEqual({
        'BK-ROAD-54': { onHand: 1, held: 0, available: 1 },
        'HELMET-M': { onHand: 1, held: 0, available: 1 },
      });
    });

    it('a declined win releases its hold and the next bidder, now awarded, keeps holding', async () => {
      await uploadCsv(t, near, nearShop.id, 'sku,quantity\nHELMET-M,1\n').expect(200);
      await uploadCsv(t, far, farShop.id, 'sku,quantity\nHELMET-M,1\n').expect(200);
      const placed = await order([{ sku: helmet.sku }]);
      await bid(near, placed.id).expect(200);
      await bid(far, placed.id).expect(200);
      await closeWindow(t, placed.id);
      await awardTo(t, placed.id, near.id);
      expect((await stockAt(t, near, nearShop.id))['HELMET-M'].held).toBe(1);

      await t.http
        .post(`/api/v1/retailer/orders/${placed.id}/decline`)
        .set(bearer(near.admin.token))
        .send({ reason: 'Damaged in the shop' })
        .expect(200);
      expect((await stockAt(t, near, nearShop.id))['HELMET-M']).toEqual({ onHand: 1, held: 0, available: 1 });
      expect((await stockAt(t, far, farShop.id))['HELMET-M']).toEqual({ onHand: 1, held: 1, available: 0 });
      await sql(t, `UPDATE orders SET status = 'cancelled' WHERE id = $1`, [placed.id]);
      expect((await stockAt(t, far, farShop.id))['HELMET-M'].held).toBe(0);
    });

    it('a recount below what bids hold withdraws the newest bids, saying why', async () => {
      await uploadCsv(t, near, nearShop.id, 'sku,quantity\nHELMET-M,2\n').expect(200);
      const older = await order([{ sku: helmet.sku }]);
      const newer = await order([{ sku: helmet.sku }]);
      await bid(near, older.id).expect(200);
      await bid(near, newer.id).expect(200);
      const recount = await uploadCsv(t, near, nearShop.id, 'sku,quantity\nHELMET-M,1\n').expect(200);
      expect(recount.body.withdrawnBids).toBe(1);
      const { body } = await t.http.get('/api/v1/retailer/bids?status=withdrawn').set(bearer(near.admin.token)).expect(200);
      expect(body.items.find((b: { orderId: string }) => b.orderId === newer.id)).toMatchObject({
        withdrawnReason: 'The stock count of Pearl District left too few of HELMET-M for this bid',
      });
      expect((await stockAt(t, near, nearShop.id))['HELMET-M']).toEqual({ onHand: 1, held: 1, available: 0 });
      await withdraw(near, older.id).expect(200);
    });
  });

  describe('automatic bids and stale feeds', () => {
    it('bids automatically when an order is posted, holding the stock, and says why it did or did not bid', async () => {
      await uploadCsv(t, near, nearShop.id, 'sku,quantity\nBK-ROAD-54,1\n').expect(200);
      await sql(t, `DELETE FROM inventory_feeds WHERE location_id = $1`, [farShop.id]);
      await enableAutoBids(t, near, maker.id);
      await enableAutoBids(t, far, maker.id);
      const placed = await order([{ sku: bike.sku }]);
      await settle();

      const { body: bids } = await t.http.get('/api/v1/retailer/bids?status=open').set(bearer(near.admin.token)).expect(200);
      expect(bids.items).toEqual([
        expect.objectContaining({ orderId: placed.id, automatic: true, location: { id: nearShop.id, name: 'Pearl District' } }),
      ]);
      const mine = await t.http.get(`/api/v1/retailer/auto-bids/decisions?orderId=${placed.id}`).set(bearer(near.admin.token)).expect(200);
      expect(mine.body.items).toEqual([
        expect.objectContaining({
          outcome: 'bid',
          location: { id: nearShop.id, name: 'Pearl District' },
          reason: 'Bid from Pearl District, your nearest location in range with every line available',
        }),
      ]);
      const theirs = await t.http.get(`/api/v1/retailer/auto-bids/decisions?orderId=${placed.id}`).set(bearer(far.admin.token)).expect(200);
      expect(theirs.body.items).toEqual([expect.objectContaining({ outcome: 'no_feed', location: null })]);

      const second = await order([{ sku: bike.sku }]);
      await settle();
      const out = await t.http.get(`/api/v1/retailer/auto-bids/decisions?orderId=${second.id}`).set(bearer(near.admin.token)).expect(200);
      expect(out.body.items[0]).toMatchObject({ outcome: 'out_of_stock' });

      // Restocking bids on what is still on the board.
      await uploadCsv(t, near, nearShop.id, 'sku,quantity\nBK-ROAD-54,2\n').expect(200);
      await settle();
      const again = await t.http.get(`/api/v1/retailer/auto-bids/decisions?orderId=${second.id}`).set(bearer(near.admin.token)).expect(200);
      expect(again.body.items[0]).toMatchObject({ outcome: 'bid' });
      await withdraw(near, placed.id).expect(200);
      await withdraw(near, second.id).expect(200);
    });

    it('a feed older than the store maximum makes no automatic bids; its automatic bids go before the run; the retailer is told once', async () => {
      await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ maxInventoryAgeHours: 6 }).expect(200);
      await uploadCsv(t, near, nearShop.id, 'sku,quantity\nHELMET-M,5\n', new Date(Date.now() - 5 * HOUR)).expect(200);
      const early = await order([{ sku: helmet.sku }]);
      await settle();
      const { body: open } = await t.http.get('/api/v1/retailer/bids?status=open').set(bearer(near.admin.token)).expect(200);
      expect(open.items.map((b: { orderId: string; automatic: boolean }) => [b.orderId, b.automatic])).toContainEqual([early.id, true]);

      // Two hours later the count is seven hours old: too old for this store.
      await sql(t, `UPDATE inventory_feeds SET counted_at = counted_at - interval '2 hours' WHERE location_id = $1`, [nearShop.id]);
      const late = await order([{ sku: helmet.sku }]);
      await settle();
      const decision = await t.http.get(`/api/v1/retailer/auto-bids/decisions?orderId=${late.id}`).set(bearer(near.admin.token)).expect(200);
      expect(decision.body.items[0]).toMatchObject({ outcome: 'stale', reason: expect.stringContaining("older than the store's maximum of 6 h") });
      const feeds = await t.http.get('/api/v1/retailer/inventory').set(bearer(near.admin.token)).expect(200);
      expect(feeds.body[0]).toMatchObject({ location: { name: 'Pearl District' }, staleFor: [{ id: maker.id, name: 'Cascade Cycles' }] });
      const dealers = await t.http.get('/api/v1/manufacturer/dealer-feeds').set(bearer(maker.admin.token)).expect(200);
      expect(dealers.body).toContainEqual(
        expect.objectContaining({ retailer: { id: near.id, name: 'Rose City Bikes' }, autoBidding: true, freshFeeds: 0, staleFeeds: 1 }),
      );

      await resolveNow(t, ops.token, maker.id);
      const { body: withdrawn } = await t.http.get('/api/v1/retailer/bids?status=withdrawn').set(bearer(near.admin.token)).expect(200);
      expect(withdrawn.items.find((b: { orderId: string }) => b.orderId === early.id)).toMatchObject({
        automatic: true,
        withdrawnReason:
          "Withdrawn automatically: the inventory feed of Pearl District was older than the store's maximum of 6 h; upload a fresh count to bid again",
      });
      const [award] = await sql(t, `SELECT kind FROM awards WHERE order_id = $1`, [early.id]);
      expect(award.kind).toBe('manufacturer');
      const told = await sql(t, `SELECT channel, payload FROM notifications WHERE event = 'inventory.stale' AND retailer_id = $1`, [near.id]);
      expect(told).toEqual([
        expect.objectContaining({
          channel: 'email',
          payload: expect.objectContaining({ userId: near.admin.userId, location: { id: nearShop.id, name: 'Pearl District' } }),
        }),
      ]);
      await resolveNow(t, ops.token, maker.id);
      expect(await sql(t, `SELECT 1 FROM notifications WHERE event = 'inventory.stale' AND retailer_id = $1`, [near.id])).toHaveLength(1);
      const [mail] = await eventually(async () => {
        const rows = await sql(t, `SELECT to_address, subject FROM sent_emails WHERE order_id IS NULL AND to_address = $1`, [near.admin.email]);
        return rows.length ? rows : undefined;
      }, 'the stale-feed e-mail');
      expect(mail.subject).toBe('The stock feed of Pearl District is out of date');
    });
  });
});
