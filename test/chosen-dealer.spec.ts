import { randomUUID } from 'node:crypto';
import { Role } from '../src/auth/role';
import { RerouteService } from '../src/fulfilment/reroute.service';
import { addLocation, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { Account, bearer, createOps, createRetailer, Tenant } from './support/factories';
import { orderBody, placeOrder } from './support/marketplace';
import { payOrder } from './support/payments';
import { portlandStore, PortlandStore } from './support/portland-store';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { itKeepsDealerRecords } from './support/dealer-record-counts';

describe("the customer's chosen dealer and a location's daily capacity", () => {
  let t: TestApp;
  let ops: Account;
  let store: PortlandStore;
  let outOfReach: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    store = await portlandStore(t, ops);
    outOfReach = await createRetailer(t, ops, 'Coast Outfitters');
    await addLocation(t, outOfReach, northOf(PORTLAND, 150), { name: 'Astoria' });
    await makeDealer(t, store.maker, outOfReach);
  });
  afterAll(() => t.close());

  const bid = (who: Tenant, orderId: string) => t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(who.admin.token)).send({}).expect(200);
  const boardEntry = async (who: Tenant, orderId: string) =>
    (await t.http.get('/api/v1/retailer/board').query({ limit: 100 }).set(bearer(who.admin.token)).expect(200)).body.items.find(
      (e: { orderId: string }) => e.orderId === orderId,
    );
  const bidOf = async (who: Tenant, orderId: string) =>
    (await t.http.get('/api/v1/retailer/bids').query({ limit: 100 }).set(bearer(who.admin.token)).expect(200)).body.items.find(
      (b: { orderId: string }) => b.orderId === orderId,
    );
  const track = async (token: string) => (await t.http.get(`/api/v1/orders/track/${token}`).expect(200)).body;
  const place = (chosenDealerId: string) =>
    t.http
      .post(`/api/v1/stores/${store.slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send({ ...orderBody({ lines: [{ sku: store.product.sku }], ...PORTLAND }), chosenDealerId });

  it('lists the dealers delivering to an address nearest first, and takes only one of them', async () => {
    const { body } = await t.http.get(`/api/v1/stores/${store.slug}/dealers`).query({ postalCode: '97201' }).expect(200);
    expect(body.items.map((d: { name: string }) => d.name)).toEqual(['Rose City Bikes', 'Gorge Cyclery']);
    expect(body.items[0].distanceKm).toBeLessThan(body.items[1].distanceKm);
    expect(Number.isInteger(body.items[1].distanceKm)).toBe(true);

    const far = await place(outOfReach.id).expect(422);
    expect(far.body.message).toBe(
      `chosenDealerId is not a dealer that delivers to this address; choose one from GET /api/v1/stores/${store.slug}/dealers, or leave it out`,
    );
    await place('not-a-uuid').expect(400);
    const [shop] = (await t.http.get('/api/v1/retailer/locations').set(bearer(store.near.admin.token)).expect(200)).body;
    const pickup = await t.http
      .post(`/api/v1/stores/${store.slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send({
        customer: { name: 'Jamie', email: 'j@example.com' },
        lines: [{ sku: store.product.sku, quantity: 1 }],
        fulfilment: { method: 'pickup', locationId: shop.id },
        chosenDealerId: store.far.id,
      });
    expect(pickup.body.message).toBe('A pickup order goes to the store you chose: leave out chosenDealerId');
  });

  it('gives the order to the chosen dealer from farther away when it bids; the tracking page and the losing bid say why', async () => {
    const placed = (await place(store.far.id).expect(201)).body;
    await payOrder(t, placed);
    expect((await boardEntry(store.far, placed.id)).chosenByCustomer).toBe(true);
    expect((await boardEntry(store.near, placed.id)).chosenByCustomer).toBe(false);
    expect((await track(placed.trackingToken)).chosenDealer).toMatchObject({ name: 'Gorge Cyclery', outcome: 'waiting' });
    await bid(store.near, placed.id);
    await bid(store.far, placed.id);

    await resolveNow(t, ops.token, store.maker.id);
    const tracked = await track(placed.trackingToken);
    expect(tracked.fulfiller.name).toBe('Gorge Cyclery');
    expect(tracked.fulfiller.summary).toMatch(/mi from you, the dealer you chose, who confirmed it had it in stock$/);
    expect(tracked.chosenDealer).toEqual({
      name: 'Gorge Cyclery',
      outcome: 'confirmed',
      message: 'You chose Gorge Cyclery; Gorge Cyclery confirmed it has it in stock',
    });
    const lost = await bidOf(store.near, placed.id);
    expect(lost).toMatchObject({ status: 'lost', chosenByCustomer: false, lostReason: { code: 'chosen_dealer' } });
    expect(JSON.stringify(lost)).not.toContain('Gorge');
    expect((await bidOf(store.far, placed.id)).chosenByCustomer).toBe(true);
    // The winner reads why in its own words, not the customer's "You chose …".
    const won = (await t.http.get(`/api/v1/retailer/orders/${placed.id}`).set(bearer(store.far.admin.token)).expect(200)).body;
    expect(won.award.reason).toMatch(/^The customer chose your store at checkout, and you confirmed it in stock, \d+\.\d km away$/);
  });

  it('applies the nearest rule when the chosen dealer does not bid, and the tracking page says so', async () => {
    const placed = (await place(store.far.id).expect(201)).body;
    await payOrder(t, placed);
    await bid(store.near, placed.id);
    await resolveNow(t, ops.token, store.maker.id);
    const tracked = await track(placed.trackingToken);
    expect(tracked.fulfiller.name).toBe('Rose City Bikes');
    expect(tracked.chosenDealer.outcome).toBe('did_not_bid');
    expect(tracked.chosenDealer.message).toMatch(
      /^You chose Gorge Cyclery; Gorge Cyclery did not confirm it had it in stock before bidding closed, so the nearest dealer who confirmed it had it in stock ships it$/,
    );

    // The dealer's record: chosen twice, won once.
    const { body: records } = await t.http.get('/api/v1/manufacturer/dealer-records').set(bearer(store.maker.admin.token)).expect(200);
    expect(records.find((r: { retailerName: string }) => r.retailerName === 'Gorge Cyclery')).toMatchObject({
      chosenByCustomers: 2,
      chosenAndWon: 1,
    });
  });

  it('caps a location at its daily capacity: the nearest bid past it loses for want of capacity and the next bidder wins', async () => {
    const [location] = (await t.http.get('/api/v1/retailer/locations').set(bearer(store.near.admin.token)).expect(200)).body;
    const bad = await t.http
      .patch(`/api/v1/retailer/locations/${location.id}`)
      .set(bearer(store.near.admin.token))
      .send({ dailyCapacity: -1 })
      .expect(400);
    expect(bad.body.message).toContain('dailyCapacity');
    // Two a day: on the day the runs here fall on (a month ahead), the shop already won one order above.
    const capped = await t.http
      .patch(`/api/v1/retailer/locations/${location.id}`)
      .set(bearer(store.near.admin.token))
      .send({ dailyCapacity: 2 })
      .expect(200);
    expect(capped.body).toMatchObject({ dailyCapacity: 2, timeZone: 'America/Los_Angeles', today: { taken: 0, left: 2, openBids: 0 } });

    const first = await placeOrder(t, store.slug, { lines: [{ sku: store.product.sku }], ...PORTLAND });
    const second = await placeOrder(t, store.slug, { lines: [{ sku: store.product.sku }], ...PORTLAND });
    for (const order of [first, second]) {
      await bid(store.near, order.id);
      await bid(store.far, order.id);
    }
    const before = (await t.http.get(`/api/v1/retailer/locations/${location.id}`).set(bearer(store.near.admin.token)).expect(200)).body;
    expect(before.today).toMatchObject({ left: 2, openBids: 2 });
    // The board says the same: the cap, what is left today and the open bids against it.
    const board = (await t.http.get('/api/v1/retailer/board').set(bearer(store.near.admin.token)).expect(200)).body;
    expect(board.capacity).toEqual([
      { location: { id: location.id, name: location.name }, dailyCapacity: 2, localDay: before.today.localDay, taken: 0, left: 2, openBids: 2 },
    ]);

    const run = await resolveNow(t, ops.token, store.maker.id);
    expect(run.counts).toMatchObject({ considered: 2, awardedRetailer: 2 });
    // The earlier bid wins the tie at the capped shop; the other order goes to the next bidder.
    expect((await track(first.trackingToken)).fulfiller.name).toBe('Rose City Bikes');
    expect((await track(second.trackingToken)).fulfiller.name).toBe('Gorge Cyclery');
    expect((await bidOf(store.near, second.id)).lostReason).toEqual({ code: 'no_capacity', message: 'Your location had no capacity left that day' });
    // The customer reads why: the nearest dealer for the first order; for the second, not "the nearest" (a nearer
    // shop was full), and neither that shop's name nor its capacity.
    const [nearest, withRoom] = [await track(first.trackingToken), await track(second.trackingToken)];
    expect(nearest.fulfiller.summary).toMatch(/mi from you, the nearest dealer who confirmed they had it in stock$/);
    expect(withRoom.fulfiller.summary).toMatch(
      /mi from you, the nearest dealer who confirmed they had it in stock and could take more orders that day$/,
    );
    const awardNote = withRoom.timeline.find((e: { status: string }) => e.status === 'awarded_retailer').note;
    expect(awardNote).toMatch(/^The nearest dealer who confirmed they had it in stock and could take more orders that day, [\d.]+ mi away$/);
    expect(JSON.stringify(withRoom)).not.toMatch(/Rose City|capacity|\b2 orders/);
    const lostToNear = (await bidOf(store.far, first.id)).lostReason;
    expect(lostToNear).toMatchObject({ code: 'nearer_dealer', rank: 2, bids: 2 });
    expect(lostToNear.winnerDistanceKm).toBeLessThanOrEqual(6);
    const [{ taken }] = await sql(
      t,
      `SELECT count(*)::int AS taken FROM awards a WHERE a.location_id = $1 AND a.local_day = (SELECT local_day FROM awards WHERE order_id = $2)`,
      [location.id, first.id],
    );
    expect(taken).toBe(2);

    const added = await t.http
      .post('/api/v1/retailer/locations')
      .set(bearer(store.near.admin.token))
      .send({ name: 'Warehouse', line1: '2 Dock Rd', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US', dailyCapacity: 40 })
      .expect(201);
    expect(added.body).toMatchObject({ dailyCapacity: 40, today: { taken: 0, left: 40, openBids: 0 } });
    const cleared = await t.http
      .patch(`/api/v1/retailer/locations/${location.id}`)
      .set(bearer(store.near.admin.token))
      .send({ dailyCapacity: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ dailyCapacity: null, today: { left: null } });
  });

  it('says the brand ships it itself when neither the chosen dealer nor any other dealer bid', async () => {
    const nobody = (await place(store.far.id).expect(201)).body;
    await payOrder(t, nobody);
    await resolveNow(t, ops.token, store.maker.id);
    const tracked = await track(nobody.trackingToken);
    const brand = (await t.http.get(`/api/v1/stores/${store.slug}`).expect(200)).body.name;
    expect(tracked.fulfiller).toMatchObject({ kind: 'manufacturer', summary: `${tracked.fulfiller.name} ships it itself` });
    expect(tracked.chosenDealer).toMatchObject({
      outcome: 'did_not_bid',
      message: `You chose Gorge Cyclery; Gorge Cyclery did not confirm it had it in stock before bidding closed, so ${brand} ships it itself`,
    });
  });

  it('waits while the order is unpaid, and promises nothing once the customer cancels it before bidding closes', async () => {
    const placed = (await place(store.far.id).expect(201)).body;
    expect(placed.status).toBe('awaiting_payment');
    expect((await track(placed.trackingToken)).chosenDealer).toEqual({
      name: 'Gorge Cyclery',
      outcome: 'waiting',
      message: 'You chose Gorge Cyclery. If Gorge Cyclery confirms it has it in stock before bidding closes, Gorge Cyclery ships your order',
    });
    await payOrder(t, placed);
    await t.http.post(`/api/v1/orders/track/${placed.trackingToken}/cancel`).send({ reason: 'Changed my mind' }).expect(200);
    const cancelled = await track(placed.trackingToken);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.chosenDealer).toBeNull();
  });

  it('tells a losing bidder that operations passed the order to the manufacturer after its award, not that its location was full', async () => {
    const order = await placeOrder(t, store.slug, { lines: [{ sku: store.product.sku }], ...PORTLAND });
    await bid(store.near, order.id);
    await bid(store.far, order.id);
    await resolveNow(t, ops.token, store.maker.id);
    const opsPrincipal = { kind: 'user' as const, role: Role.Ops, userId: ops.userId, isAdmin: true };
    const { winner, loser } =
      (await bidOf(store.near, order.id)).status === 'won' ? { winner: store.near, loser: store.far } : { winner: store.far, loser: store.near };
    expect((await bidOf(winner, order.id)).status).toBe('won');
    await t.app.get(RerouteService).byOps(opsPrincipal, order.id, 'manufacturer', 'Dealer asked us to take it back');
    const lost = await bidOf(loser, order.id);
    expect(lost).toMatchObject({
      status: 'lost',
      lostReason: { code: 'passed_to_manufacturer', message: 'After its award the order was passed to the manufacturer, which ships it itself' },
    });
    const page = await t.http.get('/retailer/my-bids').set(bearer(loser.admin.token)).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('After its award the order was passed to the manufacturer, which ships it itself.');
    expect(page.text).not.toContain('The order was cancelled.');
  });

  itKeepsDealerRecords(() => t);
});
