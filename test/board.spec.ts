import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { addLocation, awardTo, closeWindow, LocationFixture, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

const ENTRY_KEYS = [
  'chosenByCustomer',
  'currency',
  'distanceKm',
  'lines',
  'location',
  'manufacturer',
  'myBid',
  'number',
  'orderId',
  'payoutMinor',
  'postedAt',
  'resolvesAt',
  'shipTo',
  'storeName',
].sort();
const CUSTOMER = { name: 'Jamie Rivera', email: 'jamie@example.com', phone: '+1 503 555 0100' };
const STREET = '1200 SW Main St';

describe('the bid board', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let otherMaker: Tenant;
  let slug: string;
  let otherSlug: string;
  let shop: Tenant;
  let near: LocationFixture;
  let farther: LocationFixture;

  const order = (at = PORTLAND, sku = 'BK-1', store = () => slug) => placeOrder(t, store(), { lines: [{ sku, quantity: 2 }], ...at });
  const board = (who: Tenant, query: Record<string, string | number> = {}) =>
    t.http.get('/api/v1/retailer/board').query(query).set(bearer(who.admin.token));
  const bid = (who: Tenant, orderId: string, body: object = {}) =>
    t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(who.admin.token)).send(body);
  const withdraw = (who: Tenant, orderId: string) => t.http.delete(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(who.admin.token));
  const boardIds = async (who: Tenant, query: Record<string, string | number> = {}) =>
    (await board(who, query).expect(200)).body.items.map((e: { orderId: string }) => e.orderId);

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    [maker, otherMaker, shop] = await Promise.all([
      createManufacturer(t, ops, 'Cascade Cycles'),
      createManufacturer(t, ops, 'Summit Golf'),
      createRetailer(t, ops, 'Rose City Bikes'),
    ]);
    [slug, otherSlug] = await Promise.all([storeSlugOf(t, maker), storeSlugOf(t, otherMaker)]);
    await createProduct(t, maker, { sku: 'BK-1', name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
    await createProduct(t, maker, { sku: 'HM-1', name: 'Helmet', priceMinor: 7999, fulfilmentPriceMinor: 6000 });
    await createProduct(t, otherMaker, { sku: 'GF-1', name: 'Driver', priceMinor: 49900, fulfilmentPriceMinor: 40000 });
    near = await addLocation(t, shop, northOf(PORTLAND, 10), { name: 'Pearl District' });
    farther = await addLocation(t, shop, northOf(PORTLAND, 30), { name: 'Vancouver WA' });
    await makeDealer(t, maker, shop);
  });
  afterAll(() => t.close());

  it('shows an order by area only, with payout, distance from the nearest location and no customer details', async () => {
    const placed = await order();
    const response = await board(shop).expect(200);
    const entry = response.body.items.find((e: { orderId: string }) => e.orderId === placed.id);

    expect(Object.keys(entry).sort()).toEqual(ENTRY_KEYS);
    expect(Object.keys(entry.shipTo).sort()).toEqual(['city', 'country', 'postalCode', 'region']);
    expect(entry).toMatchObject({
      number: placed.number,
      manufacturer: { id: maker.id, name: 'Cascade Cycles' },
      storeName: 'Cascade Cycles',
      lines: [{ sku: 'BK-1', name: 'Road bike', quantity: 2 }],
      payoutMinor: 220000,
      currency: 'USD',
      shipTo: { city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
      location: { id: near.id, name: 'Pearl District' },
      myBid: null,
    });
    // Whole km to the order's area (the ~5.6 km cell around the point), not to the point itself (10 km).
    expect(Number.isInteger(entry.distanceKm)).toBe(true);
    expect(Math.abs(entry.distanceKm - 10)).toBeLessThanOrEqual(4);
    expect(new Date(entry.resolvesAt).getTime()).toBeGreaterThan(Date.now());
    const text = JSON.stringify(response.body);
    for (const secret of [...Object.values(CUSTOMER), STREET]) expect(text).not.toContain(secret);
  });

  it('lists nearest first and filters by manufacturer, sku and maximum distance', async () => {
    await makeDealer(t, otherMaker, shop);
    // Distances to the orders' areas: a 10.2 km from "Vancouver WA", b 2.6 km from "Pearl District",
    // c 6.7 km from "Vancouver WA", d 32.3 km from "Vancouver WA".
    const a = await order(northOf(PORTLAND, 40));
    const b = await order(northOf(PORTLAND, 11));
    const c = await order(northOf(PORTLAND, 25), 'GF-1', () => otherSlug);
    const d = await order(northOf(PORTLAND, 60), 'HM-1');

    const ids = await boardIds(shop);
    const mine = ids.filter((id: string) => [a.id, b.id, c.id, d.id].includes(id));
    expect(mine).toEqual([b.id, c.id, a.id, d.id]);

    expect(await boardIds(shop, { manufacturerId: otherMaker.id })).toEqual([c.id]);
    expect(await boardIds(shop, { sku: 'HM-1' })).toEqual([d.id]);
    const within = await boardIds(shop, { maxDistanceKm: 8 });
    expect(within).toEqual(expect.arrayContaining([b.id, c.id]));
    expect(within).not.toContain(a.id);
    expect(within).not.toContain(d.id);
  });

  it('pages with a cursor through every entry exactly once', async () => {
    const all = await boardIds(shop, { limit: 100 });
    expect(all.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { orderId: string }[]; nextCursor: string | null } } = await board(shop, {
        limit: 2,
        ...(cursor ? { cursor } : {}),
      }).expect(200);
      seen.push(...page.body.items.map((e) => e.orderId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const bad = await board(shop, { cursor: 'not-a-cursor' }).expect(400);
    expect(bad.body.message).toMatch(/nextCursor/);
  });

  it('pages as the whole board ranks: nearest location in reach, whole km, then id, whatever the page size', async () => {
    // Locations with overlapping reaches, orders around them (two at one point, so two at one distance).
    const base = { lat: 39.74, lng: -104.99 }; // Denver: out of every other test's reach
    const ranked = await createRetailer(t, ops);
    await makeDealer(t, maker, ranked);
    await addLocation(t, ranked, base, { serviceRadiusKm: 15 });
    await addLocation(t, ranked, northOf(base, 20), { serviceRadiusKm: 40 });
    await addLocation(t, ranked, northOf(base, 70), { serviceRadiusKm: 10 });
    for (const km of [-30, -12, -4, 0, 3, 3, 9, 16, 24, 33, 47, 58, 66, 71, 90]) await order(northOf(base, km));

    // What the board must hold, read without its indexes or bounds: each order's nearest location in reach.
    const expected: { orderId: string; km: number; exactKm: number; locationId: string }[] = (
      await sql(
        t,
        `SELECT DISTINCT ON (o.id) o.id AS "orderId", round(d.km)::int AS km, d.km AS "exactKm", l.id AS "locationId"
           FROM orders o
           JOIN retailer_locations l ON l.retailer_id = $1 AND l.active
          CROSS JOIN LATERAL (SELECT nearfill_area_km(l.lat, l.lng, o.ship_lat, o.ship_lng) AS km) d
          WHERE o.status = 'posted' AND o.resolves_at > now() AND d.km <= l.service_radius_km
            AND EXISTS (SELECT 1 FROM dealer_approvals da WHERE da.retailer_id = $1 AND da.manufacturer_id = o.manufacturer_id AND da.status = 'approved')
          ORDER BY o.id, d.km, l.id`,
        [ranked.id],
      )
    ).sort((a: { km: number; orderId: string }, b: { km: number; orderId: string }) => a.km - b.km || (a.orderId < b.orderId ? -1 : 1));
    expect(expected.length).toBeGreaterThanOrEqual(10);

    const entries = async (query: Record<string, string | number>) => {
      const seen: { orderId: string; distanceKm: number; location: { id: string } }[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: typeof seen; nextCursor: string | null } } = await board(ranked, {
          ...query,
          ...(cursor ? { cursor } : {}),
        }).expect(200);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen.map((e) => ({ orderId: e.orderId, km: e.distanceKm, locationId: e.location.id }));
    };
    const shown = (list: typeof expected) => list.map(({ orderId, km, locationId }) => ({ orderId, km, locationId }));
    for (const limit of [1, 2, 3, 100]) expect(await entries({ limit })).toEqual(shown(expected));
    expect(await entries({ limit: 2, maxDistanceKm: 6 })).toEqual(shown(expected.filter((e) => e.exactKm <= 6)));
  });

  it('hides orders from a retailer that is not an approved dealer or has no location in range, and refuses its bids as not found', async () => {
    const placed = await order();
    const stranger = await createRetailer(t, ops);
    await addLocation(t, stranger, northOf(PORTLAND, 5));
    expect(await boardIds(stranger)).toEqual([]);
    expect((await bid(stranger, placed.id).expect(404)).body.message).toBe('Order not found');

    const distant = await createRetailer(t, ops);
    await addLocation(t, distant, northOf(PORTLAND, 300));
    await makeDealer(t, maker, distant);
    expect(await boardIds(distant)).toEqual([]);
    await bid(distant, placed.id).expect(404);

    // A wider radius brings it in reach.
    const far = await addLocation(t, distant, northOf(PORTLAND, 200), { serviceRadiusKm: 250 });
    expect(await boardIds(distant)).toContain(placed.id);
    expect((await bid(distant, placed.id).expect(200)).body.location.id).toBe(far.id);
  });

  it('withdraws the bids of a location that stops shipping on orders still on the board; what it won stays won', async () => {
    const closing = await createRetailer(t, ops, 'Closing Cycles');
    const location = await addLocation(t, closing, northOf(PORTLAND, 5));
    await makeDealer(t, maker, closing);
    const [onBoard, decided] = [await order(), await order()];
    for (const placed of [onBoard, decided]) await bid(closing, placed.id).expect(200);
    await awardTo(t, decided.id, closing.id);

    await t.http.delete(`/api/v1/retailer/locations/${location.id}`).set(bearer(closing.admin.token)).expect(200);

    const bids = (await t.http.get('/api/v1/retailer/bids').set(bearer(closing.admin.token)).expect(200)).body.items;
    const statusOf = (orderId: string) => bids.find((b: { orderId: string }) => b.orderId === orderId).status;
    expect([statusOf(onBoard.id), statusOf(decided.id)]).toEqual(['withdrawn', 'won']);
  });

  it('takes a bid idempotently, withdraws it, and reopens it later as a new bid', async () => {
    const placed = await order();
    const first = await bid(shop, placed.id).expect(200);
    expect(first.body).toMatchObject({ orderId: placed.id, status: 'open', location: { id: near.id } });
    const again = await bid(shop, placed.id).expect(200);
    expect(again.body.placedAt).toBe(first.body.placedAt);
    expect(again.body.id).toBe(first.body.id);

    const entry = (await board(shop).expect(200)).body.items.find((e: { orderId: string }) => e.orderId === placed.id);
    expect(entry.myBid).toMatchObject({ status: 'open', locationId: near.id });

    expect((await withdraw(shop, placed.id).expect(200)).body.status).toBe('withdrawn');
    const withdrawn = await t.http.get('/api/v1/retailer/bids').query({ status: 'withdrawn' }).set(bearer(shop.admin.token)).expect(200);
    expect(withdrawn.body.items.map((b: { orderId: string }) => b.orderId)).toContain(placed.id);

    const reopened = await bid(shop, placed.id, { locationId: farther.id }).expect(200);
    expect(reopened.body).toMatchObject({ id: first.body.id, status: 'open', location: { id: farther.id } });
    expect(new Date(reopened.body.placedAt).getTime()).toBeGreaterThan(new Date(first.body.placedAt).getTime());
    const open = await t.http.get('/api/v1/retailer/bids').query({ status: 'open' }).set(bearer(shop.admin.token)).expect(200);
    expect(open.body.items.find((b: { orderId: string }) => b.orderId === placed.id)).toMatchObject({ status: 'open', orderStatus: 'posted' });
  });

  it('refuses a location that is not yours (404) or out of its range (422)', async () => {
    const placed = await order(northOf(PORTLAND, -60)); // its area is 70 km from "Pearl District", 90 km from "Vancouver WA"
    const other = await createRetailer(t, ops);
    const theirs = await addLocation(t, other, PORTLAND);
    await bid(shop, placed.id, { locationId: theirs.id }).expect(404);
    const outOfRange = await bid(shop, placed.id, { locationId: farther.id }).expect(422);
    expect(outOfRange.body.message).toMatch(/beyond its 80 km service radius/);
    expect((await bid(shop, placed.id).expect(200)).body.location.id).toBe(near.id);
  });

  it('refuses bids and withdrawals once the window has closed or the order left the board (409)', async () => {
    const closing = await order();
    await bid(shop, closing.id).expect(200);
    await closeWindow(t, closing.id);
    const late = await bid(shop, closing.id).expect(409);
    expect(late.body.message).toMatch(new RegExp(`Bidding on order #${closing.number} closed at`));
    await withdraw(shop, closing.id).expect(409);
    expect(await boardIds(shop)).not.toContain(closing.id);

    const cancelled = await order();
    await sql(t, `UPDATE orders SET status = 'cancelled' WHERE id = $1`, [cancelled.id]);
    expect((await bid(shop, cancelled.id).expect(409)).body.message).toMatch(/is cancelled; bids can be placed only while it is on the bid board/);
  });

  it('follows its orders whoever writes them: a cancelled or awarded order leaves it, a moved window moves with it', async () => {
    const [cancelled, awarded, moved] = [await order(), await order(), await order()];
    expect(await boardIds(shop, { limit: 100 })).toEqual(expect.arrayContaining([cancelled.id, awarded.id, moved.id]));

    await t.http
      .post(`/api/v1/manufacturer/orders/${cancelled.id}/cancel`)
      .set(bearer(maker.admin.token))
      .send({ reason: 'Out of stock' })
      .expect(200);
    // Awarded to the manufacturer (nobody bid), as the resolver writes it.
    await sql(t, `INSERT INTO awards (order_id, kind, reason) VALUES ($1, 'manufacturer', 'No retailer bid on it')`, [awarded.id]);
    await sql(t, `UPDATE orders SET status = 'awarded_manufacturer' WHERE id = $1`, [awarded.id]);
    const later = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    await sql(t, `UPDATE orders SET resolves_at = $2 WHERE id = $1`, [moved.id, later]);

    const entries = (await board(shop, { limit: 100 }).expect(200)).body.items;
    const ids = entries.map((e: { orderId: string }) => e.orderId);
    expect(ids).not.toContain(cancelled.id);
    expect(ids).not.toContain(awarded.id);
    expect(new Date(entries.find((e: { orderId: string }) => e.orderId === moved.id).resolvesAt)).toEqual(later);
    const rows = await sql(t, `SELECT order_id, resolves_at FROM board_orders WHERE order_id = ANY($1)`, [[cancelled.id, awarded.id, moved.id]]);
    expect(rows).toEqual([{ order_id: moved.id, resolves_at: later }]);
  });

  it("shows the customer's name, address and contact to the winner only, never to a losing bidder", async () => {
    const rival = await createRetailer(t, ops);
    await addLocation(t, rival, northOf(PORTLAND, 20));
    await makeDealer(t, maker, rival);
    const placed = await order();
    await bid(shop, placed.id).expect(200);
    await bid(rival, placed.id).expect(200);

    const expectNoCustomer = async (who: Tenant) => {
      for (const path of ['/api/v1/retailer/board', '/api/v1/retailer/bids', '/api/v1/retailer/orders']) {
        const text = JSON.stringify((await t.http.get(path).set(bearer(who.admin.token)).expect(200)).body);
        for (const secret of [...Object.values(CUSTOMER), STREET]) expect(text).not.toContain(secret);
      }
      await t.http.get(`/api/v1/retailer/orders/${placed.id}`).set(bearer(who.admin.token)).expect(404);
    };
    await expectNoCustomer(shop);
    await expectNoCustomer(rival);

    await awardTo(t, placed.id, shop.id);
    await expectNoCustomer(rival);
    const lost = await t.http.get('/api/v1/retailer/bids').query({ status: 'lost' }).set(bearer(rival.admin.token)).expect(200);
    expect(lost.body.items.map((b: { orderId: string }) => b.orderId)).toEqual([placed.id]);

    const won = await t.http.get(`/api/v1/retailer/orders/${placed.id}`).set(bearer(shop.admin.token)).expect(200);
    expect(won.body).toMatchObject({
      id: placed.id,
      status: 'awarded_retailer',
      customer: CUSTOMER,
      shipTo: { line1: STREET, city: 'Portland', postalCode: '97201' },
      award: { locationId: near.id },
    });
    const list = await t.http.get('/api/v1/retailer/orders').set(bearer(shop.admin.token)).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([placed.id]);

    // A superseded award (declined, SLA missed) takes the customer out of sight again.
    await sql(t, `UPDATE awards SET superseded_at = now() WHERE order_id = $1`, [placed.id]);
    await t.http.get(`/api/v1/retailer/orders/${placed.id}`).set(bearer(shop.admin.token)).expect(404);
  });

  it("lets a retailer's own systems bid with its API key", async () => {
    const key = await t.http.post('/api/v1/retailer/api-keys').set(bearer(shop.admin.token)).send({ name: 'POS' }).expect(201);
    const placed = await order();
    await t.http.put(`/api/v1/retailer/board/${placed.id}/bid`).set('X-Api-Key', key.body.key).send({}).expect(200);
    const bids = await t.http.get('/api/v1/retailer/bids').set('X-Api-Key', key.body.key).expect(200);
    expect(bids.body.items.map((b: { orderId: string }) => b.orderId)).toContain(placed.id);
  });

  it('lets ops read any board entry with its bids, but not bid', async () => {
    const placed = await order();
    await bid(shop, placed.id).expect(200);
    const entry = await t.http.get(`/api/v1/ops/board/${placed.id}`).set(bearer(ops.token)).expect(200);
    expect(entry.body).toMatchObject({
      orderId: placed.id,
      status: 'posted',
      bids: [{ retailer: { id: shop.id }, location: { id: near.id }, status: 'open' }],
    });
    expect(JSON.stringify(entry.body)).not.toContain(CUSTOMER.email);
    await t.http.put(`/api/v1/retailer/board/${placed.id}/bid`).set(bearer(ops.token)).send({}).expect(403);
  });
});
