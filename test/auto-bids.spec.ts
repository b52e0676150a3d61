import { DataSource } from 'typeorm';
import { haversineKm } from '../src/geo/distance';
import { AutoBidsService } from '../src/inventory/auto-bids.service';
import { addLocation, LocationFixture, makeDealer, PORTLAND, sql } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { enableAutoBids, pendingOutboxJobs, uploadCsv } from './support/inventory';
import { createProduct, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { random, resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

const HOUR = 3600_000;

interface Spot {
  id: string;
  retailerId: string;
  lat: number;
  lng: number;
  radiusKm: number;
}

/** What the brute force needs to know about the world, read back from the database. */
interface World {
  spots: Spot[];
  /** Retailers bidding automatically, with the locations they bid from (null: all). */
  optedIn: Map<string, string[] | null>;
  /** Locations with a fresh feed: product → on hand. */
  fresh: Map<string, Map<string, number>>;
}

interface OrderShape {
  id: string;
  lat: number;
  lng: number;
  lines: { productId: string; quantity: number }[];
}

/** Where reach is measured to before the award: the centre of the order's ~5.6 km grid cell (as CoarseBoardDistances defines it). */
function areaOf(lat: number, lng: number) {
  const areaLat = (Math.floor(lat / 0.05) + 0.5) * 0.05;
  const width = Math.min(360, 0.05 / Math.cos((areaLat * Math.PI) / 180));
  return { lat: areaLat, lng: (Math.floor((lng + 180) / width) + 0.5) * width - 180 };
}

/** The rule by brute force: nearest in-range, opted-in location with a fresh feed and every line available (ties: lower id). */
function nearestStocked(world: World, held: Map<string, number>, order: OrderShape, retailerId: string): Spot | null {
  const allowed = world.optedIn.get(retailerId);
  const area = areaOf(order.lat, order.lng);
  const candidates = world.spots
    .filter((s) => s.retailerId === retailerId && (allowed === null || allowed!.includes(s.id)))
    .map((s) => ({ s, km: haversineKm(s.lat, s.lng, area.lat, area.lng) }))
    .filter(({ s, km }) => km <= s.radiusKm && world.fresh.has(s.id))
    .filter(({ s }) =>
      order.lines.every((l) => (world.fresh.get(s.id)!.get(l.productId) ?? 0) - (held.get(`${s.id}/${l.productId}`) ?? 0) >= l.quantity),
    )
    .sort((a, b) => a.km - b.km || (a.s.id < b.s.id ? -1 : 1));
  return candidates[0]?.s ?? null;
}

describe('automatic bids', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let products: ProductFixture[];
  let shops: Tenant[];
  const spotsOf = new Map<string, LocationFixture[]>();
  const rnd = random(20261130);

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY_INTERVAL_MS: '20' });
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    slug = await storeSlugOf(t, maker);
    products = [];
    for (let i = 0; i < 4; i++) products.push(await createProduct(t, maker, { sku: `PART-${i}` }));
    shops = [];
    for (let r = 0; r < 6; r++) {
      const shop = await createRetailer(t, ops, `Shop ${r}`);
      const spots: LocationFixture[] = [];
      for (let l = 0; l <= r % 3; l++) {
        const at = { lat: PORTLAND.lat + (rnd.next() - 0.5) * 0.8, lng: PORTLAND.lng + (rnd.next() - 0.5) * 1.1 };
        spots.push(await addLocation(t, shop, at, { name: `Shop ${r} / ${l}`, serviceRadiusKm: 15 + rnd.int(50) }));
      }
      await makeDealer(t, maker, shop);
      spotsOf.set(shop.id, spots);
      shops.push(shop);
    }
    // Shop 0 bids by hand only; shop 5 only from its first location; shop 4's second location never counted.
    for (const shop of shops.slice(1)) await enableAutoBids(t, shop, maker.id, shop === shops[5] ? [spotsOf.get(shop.id)![0].id] : undefined);
  });
  afterAll(() => t.close());

  const db = () => t.app.get(DataSource);
  const settle = () => eventually(async () => (await pendingOutboxJobs(db())) === 0, 'automatic bidding to finish', 60_000);

  /** Fresh random counts at every location (one stale, one never counted), each uploaded as CSV. */
  async function stockEverywhere(maxUnits: number) {
    for (const shop of shops) {
      for (const spot of spotsOf.get(shop.id)!) {
        if (shop === shops[4] && spot === spotsOf.get(shop.id)![1]) continue;
        const csv = `sku,quantity\n${products.map((p) => `${p.sku},${rnd.int(maxUnits + 1)}`).join('\n')}\n`;
        const stale = shop === shops[3] && spot === spotsOf.get(shop.id)![0];
        await uploadCsv(t, shop, spot.id, csv, stale ? new Date(Date.now() - 30 * HOUR) : undefined).expect(200);
      }
    }
    await settle();
  }

  async function readWorld(): Promise<World> {
    const spots: Spot[] = await sql(
      t,
      `SELECT id, retailer_id AS "retailerId", lat, lng, service_radius_km AS "radiusKm" FROM retailer_locations WHERE active`,
    );
    const settings = await sql(t, `SELECT retailer_id, location_ids FROM auto_bid_settings WHERE manufacturer_id = $1`, [maker.id]);
    const items = await sql(
      t,
      `SELECT i.location_id, i.product_id, i.on_hand FROM inventory_items i JOIN inventory_feeds f ON f.location_id = i.location_id
        WHERE f.counted_at >= now() - interval '24 hours'`,
    );
    const feeds = await sql(t, `SELECT location_id FROM inventory_feeds WHERE counted_at >= now() - interval '24 hours'`);
    const fresh = new Map<string, Map<string, number>>(feeds.map((f: { location_id: string }) => [f.location_id, new Map()]));
    for (const i of items) fresh.get(i.location_id)!.set(i.product_id, i.on_hand);
    return {
      spots,
      optedIn: new Map(settings.map((s: { retailer_id: string; location_ids: string[] | null }) => [s.retailer_id, s.location_ids])),
      fresh,
    };
  }

  function randomOrderLines() {
    const picked = [...products].sort(() => rnd.next() - 0.5).slice(0, 1 + rnd.int(3));
    return picked.map((p) => ({ sku: p.sku, quantity: 1 + rnd.int(2) }));
  }

  async function shapeOf(orderId: string): Promise<OrderShape> {
    const [o] = await sql(t, `SELECT id, ship_lat AS lat, ship_lng AS lng FROM orders WHERE id = $1`, [orderId]);
    const lines = await sql(t, `SELECT product_id AS "productId", quantity FROM order_lines WHERE order_id = $1`, [orderId]);
    return { ...o, lines };
  }

  /** Units held now per location/product: open bids on posted orders, and won orders not shipped yet. */
  async function heldNow(): Promise<Map<string, number>> {
    const rows = await sql(
      t,
      `SELECT b.location_id, ol.product_id, sum(ol.quantity)::int AS units
         FROM bids b JOIN orders o ON o.id = b.order_id JOIN order_lines ol ON ol.order_id = b.order_id
        WHERE b.status = 'open'
          AND (o.status = 'posted' OR (o.status = 'awarded_retailer' AND b.id = (SELECT bid_id FROM awards WHERE order_id = o.id AND superseded_at IS NULL)))
        GROUP BY 1, 2`,
    );
    return new Map(rows.map((r: { location_id: string; product_id: string; units: number }) => [`${r.location_id}/${r.product_id}`, r.units]));
  }

  const autoBids = async () =>
    new Set(
      (await sql(t, `SELECT order_id, retailer_id, location_id FROM bids WHERE automatic AND status = 'open'`)).map(
        (b: { order_id: string; retailer_id: string; location_id: string }) => `${b.order_id}/${b.retailer_id}/${b.location_id}`,
      ),
    );

  it('bids exactly as the brute-force rule does on generated feeds and orders posted one after another, and the resolver awards the nearest bid', async () => {
    await stockEverywhere(3);
    const world = await readWorld();
    const held = new Map<string, number>();
    const expected = new Set<string>();
    const orderIds: string[] = [];
    for (let n = 0; n < 30; n++) {
      const at = { lat: PORTLAND.lat + (rnd.next() - 0.5) * 0.8, lng: PORTLAND.lng + (rnd.next() - 0.5) * 1.1 };
      const placed = await placeOrder(t, slug, { lines: randomOrderLines(), ...at });
      orderIds.push(placed.id);
      await settle();
      const order = await shapeOf(placed.id);
      for (const retailerId of world.optedIn.keys()) {
        const spot = nearestStocked(world, held, order, retailerId);
        if (!spot) continue;
        expected.add(`${order.id}/${retailerId}/${spot.id}`);
        for (const l of order.lines) held.set(`${spot.id}/${l.productId}`, (held.get(`${spot.id}/${l.productId}`) ?? 0) + l.quantity);
      }
    }
    expect(expected.size).toBeGreaterThan(10);
    expect(await autoBids()).toEqual(expected);

    // Shop 0 bids by hand on a few orders, so the run decides between automatic and manual bids.
    for (const orderId of orderIds.slice(0, 10)) await t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(shops[0].admin.token)).send({});
    const bids = await sql(
      t,
      `SELECT b.id, b.order_id, b.retailer_id, b.placed_at, l.lat, l.lng FROM bids b JOIN retailer_locations l ON l.id = b.location_id WHERE b.status = 'open'`,
    );
    await resolveNow(t, ops.token, maker.id);
    for (const orderId of orderIds) {
      const order = await shapeOf(orderId);
      const nearest = bids
        .filter((b: { order_id: string }) => b.order_id === orderId)
        .map((b: { id: string; retailer_id: string; placed_at: Date; lat: number; lng: number }) => ({
          ...b,
          km: haversineKm(order.lat, order.lng, b.lat, b.lng),
        }))
        .sort(
          (a: { km: number; placed_at: Date; retailer_id: string }, b: { km: number; placed_at: Date; retailer_id: string }) =>
            a.km - b.km || a.placed_at.getTime() - b.placed_at.getTime() || (a.retailer_id < b.retailer_id ? -1 : 1),
        )[0];
      const [award] = await sql(t, `SELECT bid_id FROM awards WHERE order_id = $1 AND superseded_at IS NULL`, [orderId]);
      expect(award.bid_id).toBe(nearest?.id ?? null);
    }
  });

  it('never promises a unit twice with orders posted at once and a feed update racing them, and leaves no order a stocked retailer could have bid on', async () => {
    // The first test's winners ship what they won, then every location is counted again.
    const won = await sql(
      t,
      `SELECT o.id, a.retailer_id FROM orders o JOIN awards a ON a.order_id = o.id AND a.superseded_at IS NULL WHERE o.status = 'awarded_retailer'`,
    );
    for (const { id, retailer_id } of won) {
      const winner = shops.find((shop) => shop.id === retailer_id)!;
      await t.http
        .post(`/api/v1/retailer/orders/${id}/shipments`)
        .set(bearer(winner.admin.token))
        .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
        .expect(200);
    }
    await stockEverywhere(2);
    const racing = shops[1];
    const racingSpot = spotsOf.get(racing.id)![0];
    const posted = Promise.all(
      Array.from({ length: 24 }, () =>
        placeOrder(t, slug, {
          lines: randomOrderLines(),
          lat: PORTLAND.lat + (rnd.next() - 0.5) * 0.6,
          lng: PORTLAND.lng + (rnd.next() - 0.5) * 0.8,
        }),
      ),
    );
    const recount = (async () => {
      for (const units of [1, 4, 0, 3]) {
        await uploadCsv(t, racing, racingSpot.id, `sku,quantity\n${products.map((p) => `${p.sku},${units}`).join('\n')}\n`).expect(200);
      }
    })();
    const orders = await posted;
    await recount;
    // A duplicate run of every order's job, all at once, places nothing more.
    await Promise.all(orders.map((o) => t.app.get(AutoBidsService).bidOn(o.id, null)));
    await settle();

    const world = await readWorld();
    const held = await heldNow();
    for (const [spotId, counts] of world.fresh) {
      for (const p of products)
        expect({ spotId, sku: p.sku, over: (held.get(`${spotId}/${p.id}`) ?? 0) > (counts.get(p.id) ?? 0) }).toEqual({
          spotId,
          sku: p.sku,
          over: false,
        });
    }
    const open = await sql(t, `SELECT order_id, retailer_id FROM bids WHERE status = 'open'`);
    expect(open.filter((b: { order_id: string }) => orders.some((o) => o.id === b.order_id)).length).toBeGreaterThan(5);
    for (const o of orders) {
      const order = await shapeOf(o.id);
      for (const retailerId of world.optedIn.keys()) {
        if (open.some((b: { order_id: string; retailer_id: string }) => b.order_id === o.id && b.retailer_id === retailerId)) continue;
        expect({ order: o.id, retailerId, couldBidFrom: nearestStocked(world, held, order, retailerId)?.id ?? null }).toEqual({
          order: o.id,
          retailerId,
          couldBidFrom: null,
        });
      }
    }
  });
});
