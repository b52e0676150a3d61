import { SchedulerRegistry } from '@nestjs/schedule';
import { randomUUID } from 'node:crypto';
import { AutoBidsService } from '../src/inventory/auto-bids.service';
import { addLocation, awardTo, LocationFixture, makeDealer, northOf, PORTLAND } from './support/board';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { enableAutoBids, stockAt } from './support/inventory';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { payOrder } from './support/payments';
import { startTestApp, TestApp } from './support/test-app';

/** Every way a location's stock gets promised, and the recount that changes what there is to promise. */
type Path = 'bid' | 'auto-bid' | 'pickup' | 'reroute' | 'recount';
const PROMISES: Path[] = ['bid', 'auto-bid', 'pickup', 'reroute'];
const ON_HAND = 3;
const TRIES_PER_PATH = 4;
const RECOUNT_TO = 1;

describe('stock promises: the same unit is never promised twice', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let shop: Tenant;
  let rival: Tenant;
  let floor: LocationFixture;

  beforeAll(async () => {
    t = await startTestApp();
    // The outbox is not relayed here: automatic bids run only when a test calls them, so each race is the one it names.
    t.app.get(SchedulerRegistry).deleteInterval('outbox-relay');
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    rival = await createRetailer(t, ops, 'Gorge Cyclery');
    floor = await addLocation(t, shop, northOf(PORTLAND, 3), { name: 'Pearl District' });
    await addLocation(t, rival, northOf(PORTLAND, 5), { name: 'Hollywood' });
    await makeDealer(t, maker, shop);
    await makeDealer(t, maker, rival);
    await enableAutoBids(t, shop, maker.id);
  });
  afterAll(() => t?.close());

  const as = (who: Tenant) => bearer(who.admin.token);
  const count = (sku: string, quantity: number) =>
    t.http
      .patch(`/api/v1/retailer/inventory/locations/${floor.id}`)
      .set(as(shop))
      .send({ items: [{ sku, quantity }] });
  const stockOf = async (sku: string) => (await stockAt(t, shop, floor.id))[sku];
  const newSku = async () => (await createProduct(t, maker, { sku: `PROMISE-${randomUUID().slice(0, 8)}` })).sku;
  const boardOrder = (sku: string, quantity = 1) => placeOrder(t, slug, { lines: [{ sku, quantity }], lat: PORTLAND.lat, lng: PORTLAND.lng });
  const pickupOrder = async (sku: string, quantity = 1) => {
    const { body } = await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send({
        customer: { name: 'Jamie Rivera', email: 'jamie@example.com' },
        fulfilment: { method: 'pickup', locationId: floor.id },
        lines: [{ sku, quantity }],
      })
      .expect(201);
    await payOrder(t, body);
    return body.id as string;
  };
  const accept = (orderId: string) => t.http.post(`/api/v1/retailer/pickups/${orderId}/accept`).set(as(shop)).send({});
  /** 2xx: promised; 409: refused for stock. Anything else fails the test. */
  const promised = (status: number, body: unknown) => {
    if (status === 409) return false;
    if (status >= 200 && status < 300) return true;
    throw new Error(`unexpected ${status}: ${JSON.stringify(body)}`);
  };

  /**
   * Sets up `tries` attempts of `path` on product `sku` (each promises one unit at the shop's location when it
   * succeeds) and returns them, not yet started. A re-route is an order the rival won and declines, the shop's
   * bid the next in line; its setup needs stock, so the caller counts `ON_HAND` afterwards.
   */
  async function prepare(path: Path, sku: string, tries: number): Promise<(() => Promise<{ promised: boolean; held?: number }>)[]> {
    const attempts = [];
    for (let i = 0; i < tries; i++) {
      if (path === 'bid') {
        const { id } = await boardOrder(sku);
        attempts.push(async () => {
          const r = await t.http.put(`/api/v1/retailer/board/${id}/bid`).set(as(shop)).send({});
          return { promised: promised(r.status, r.body) };
        });
      } else if (path === 'auto-bid') {
        const { id } = await boardOrder(sku);
        attempts.push(async () => ({ promised: (await t.app.get(AutoBidsService).bidOn(id, shop.id)) === 1 }));
      } else if (path === 'pickup') {
        const id = await pickupOrder(sku);
        attempts.push(async () => {
          const r = await accept(id);
          return { promised: promised(r.status, r.body) };
        });
      } else if (path === 'reroute') {
        const { id } = await boardOrder(sku);
        await t.http.put(`/api/v1/retailer/board/${id}/bid`).set(as(shop)).send({}).expect(200);
        await t.http.put(`/api/v1/retailer/board/${id}/bid`).set(as(rival)).send({}).expect(200);
        await awardTo(t, id, rival.id);
        attempts.push(async () => {
          const r = await t.http.post(`/api/v1/retailer/orders/${id}/decline`).set(as(rival)).send({ reason: 'Out of stock' });
          if (r.status !== 200) throw new Error(`decline: ${r.status} ${JSON.stringify(r.body)}`);
          return { promised: r.body.passedTo === 'retailer' };
        });
      } else {
        attempts.push(async () => {
          const r = await count(sku, RECOUNT_TO).expect(200);
          const over = (r.body.overcommitted as { sku: string; held: number }[]).find((line) => line.sku === sku);
          return { promised: false, held: over?.held ?? 0 };
        });
      }
    }
    return attempts;
  }

  const pairs: [Path, Path][] = [];
  const paths: Path[] = [...PROMISES, 'recount'];
  paths.forEach((a, i) => paths.slice(i).forEach((b) => a !== 'recount' && pairs.push([a, b])));

  it.each(pairs)('%s against %s: never more held than on hand', async (first, second) => {
    const sku = await newSku();
    await count(sku, 100).expect(200);
    const tries = (path: Path) => (path === 'recount' ? 1 : TRIES_PER_PATH);
    const attempts = [...(await prepare(first, sku, tries(first))), ...(await prepare(second, sku, tries(second)))];
    await count(sku, ON_HAND).expect(200);

    const results = await Promise.all(attempts.map((attempt) => attempt()));
    const made = results.filter((r) => r.promised).length;
    const { onHand, held } = await stockOf(sku);
    if (second !== 'recount') {
      // 8 tries of one unit each for 3 units: exactly 3 promises, each holding its unit.
      expect({ made, onHand, held }).toEqual({ made: ON_HAND, onHand: ON_HAND, held: ON_HAND });
    } else {
      // The recount to 1 is the truth. Bids on the board beyond it are withdrawn; won orders and accepted pickups
      // made before it keep their hold (it reports them); nothing is promised on top of those after it.
      const keptByRecount = results.find((r) => r.held !== undefined)!.held!;
      expect(onHand).toBe(RECOUNT_TO);
      expect(held).toBeLessThanOrEqual(Math.max(onHand, keptByRecount));
      if (first === 'bid' || first === 'auto-bid') expect(held).toBeLessThanOrEqual(onHand);
    }
  });

  it('accepts 100 concurrent pickups of one unit with 3 on hand exactly 3 times', async () => {
    const sku = await newSku();
    await count(sku, ON_HAND).expect(200);
    const orders: string[] = [];
    for (let i = 0; i < 100; i++) orders.push(await pickupOrder(sku));
    const responses = await Promise.all(orders.map(accept));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(ON_HAND);
    expect(statuses.filter((s) => s === 409)).toHaveLength(100 - ON_HAND);
    expect(await stockOf(sku)).toEqual({ onHand: ON_HAND, held: ON_HAND, available: 0 });
  });

  it('refuses a pickup of 5 with 3 available, saying what is available where and what to do', async () => {
    const sku = await newSku();
    await count(sku, ON_HAND).expect(200);
    const orderId = await pickupOrder(sku, 5);
    const refused = await accept(orderId).expect(409);
    expect(refused.body.message).toBe(
      `Only 3 of SKU ${sku} are available at Pearl District (3 on hand, 0 held by open bids, unshipped orders and accepted pickups); ` +
        `this order needs 5. Update the location's inventory count if it is wrong, or decline the pickup so the manufacturer ships it to the store`,
    );
    const tracked = await t.http.get(`/api/v1/retailer/pickups`).set(as(shop)).expect(200);
    expect(tracked.body.find((p: { orderId: string }) => p.orderId === orderId)).toMatchObject({ status: 'pickup_assigned', acceptedAt: null });
    // The store can still pass it on: the manufacturer ships it to the store.
    await t.http.post(`/api/v1/retailer/pickups/${orderId}/decline`).set(as(shop)).send({ reason: 'Only 3 in stock' }).expect(200);
  });

  it('passes a declined order over a bidder whose location no longer has it, to the manufacturer', async () => {
    const sku = await newSku();
    await count(sku, 100).expect(200);
    const { id } = await boardOrder(sku, 2);
    await t.http.put(`/api/v1/retailer/board/${id}/bid`).set(as(shop)).send({}).expect(200);
    await t.http.put(`/api/v1/retailer/board/${id}/bid`).set(as(rival)).send({}).expect(200);
    await awardTo(t, id, rival.id);
    await count(sku, 1).expect(200);

    const declined = await t.http.post(`/api/v1/retailer/orders/${id}/decline`).set(as(rival)).send({ reason: 'Damaged' }).expect(200);
    expect(declined.body.passedTo).toBe('manufacturer');
    expect(await stockOf(sku)).toEqual({ onHand: 1, held: 0, available: 1 });
  });

  it('takes a recount below what won orders and accepted pickups hold as the truth, reports it, and promises nothing more there', async () => {
    const sku = await newSku();
    await count(sku, 10).expect(200);
    const pickup = await pickupOrder(sku, 2);
    await accept(pickup).expect(200);
    const won = await boardOrder(sku, 2);
    await t.http.put(`/api/v1/retailer/board/${won.id}/bid`).set(as(shop)).send({}).expect(200);
    await awardTo(t, won.id, shop.id);
    const onBoard = await boardOrder(sku, 1);
    await t.http.put(`/api/v1/retailer/board/${onBoard.id}/bid`).set(as(shop)).send({}).expect(200);

    const recount = await count(sku, 3).expect(200);
    expect(recount.body.withdrawnBids).toBe(1);
    expect(recount.body.overcommitted).toContainEqual({ sku, onHand: 3, held: 4 });
    expect(await stockOf(sku)).toEqual({ onHand: 3, held: 4, available: -1 });
    const { body: bids } = await t.http.get(`/api/v1/retailer/bids?status=withdrawn&limit=100`).set(as(shop)).expect(200);
    expect(bids.items.find((b: { orderId: string }) => b.orderId === onBoard.id).withdrawnReason).toBe(
      `The stock count of Pearl District left too few of ${sku} for this bid`,
    );

    const next = await boardOrder(sku, 1);
    const refused = await t.http.put(`/api/v1/retailer/board/${next.id}/bid`).set(as(shop)).send({});
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain(`No units of SKU ${sku} are available at Pearl District (3 on hand, 4 held`);
    expect(await t.app.get(AutoBidsService).bidOn(next.id, shop.id)).toBe(0);
    await accept(await pickupOrder(sku, 1)).expect(409);
  });
});
