import { haversineKm } from '../src/geo/distance';
import { addLocation, makeDealer, sql } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { startWebhookReceiver, WebhookReceiver } from './support/webhook-receiver';

const SECRET = 'whsec_privacy_0123456789';

interface Point {
  lat: number;
  lng: number;
}

/** `km` north and `eastKm` east of `from` (small offsets on a sphere of mean radius). */
const offset = (from: Point, northKm: number, eastKm: number): Point => ({
  lat: from.lat + northKm / 111.195,
  lng: from.lng + eastKm / (111.195 * Math.cos((from.lat * Math.PI) / 180)),
});

/**
 * The point whose great-circle distances to `stations` best match `distances` (least squares), found as an
 * attacker would: a coarse search over a 60 km square, then finer searches around the best point so far.
 */
function trilaterate(stations: Point[], distances: number[], around: Point): Point {
  const misfit = (p: Point) => stations.reduce((sum, s, i) => sum + (haversineKm(p.lat, p.lng, s.lat, s.lng) - distances[i]) ** 2, 0);
  let best = around;
  for (const [spanKm, stepKm] of [
    [30, 0.5],
    [1, 0.02],
    [0.04, 0.001],
  ]) {
    const centre = best;
    for (let n = -spanKm; n <= spanKm; n += stepKm) {
      for (let e = -spanKm; e <= spanKm; e += stepKm) {
        const p = offset(centre, n, e);
        if (misfit(p) < misfit(best)) best = p;
      }
    }
  }
  return best;
}

describe("a retailer's view of where an order ships before the award", () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let sku: string;
  let spy: Tenant;
  let hooks: WebhookReceiver;
  let cell: { centre: Point; latHalf: number; lngHalf: number };

  const bid = (who: Tenant, orderId: string, locationId?: string) =>
    t.http
      .put(`/api/v1/retailer/board/${orderId}/bid`)
      .set(bearer(who.admin.token))
      .send(locationId ? { locationId } : {});
  const boardEntry = async (who: Tenant, orderId: string) =>
    (await t.http.get('/api/v1/retailer/board').query({ limit: 100 }).set(bearer(who.admin.token)).expect(200)).body.items.find(
      (e: { orderId: string }) => e.orderId === orderId,
    );
  const order = (at: Point) => placeOrder(t, slug, { lines: [{ sku }], ...at });

  beforeAll(async () => {
    hooks = await startWebhookReceiver(SECRET);
    t = await startTestApp({ OUTBOX_RELAY_INTERVAL_MS: '50' });
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Front Range Bikes');
    slug = await storeSlugOf(t, maker);
    sku = (await createProduct(t, maker, { name: 'Gravel bike', priceMinor: 199900, fulfilmentPriceMinor: 170000 })).sku;
    spy = await createRetailer(t, ops, 'Three Shops Cycling');
    await makeDealer(t, maker, spy);
    await t.http.put('/api/v1/retailer/webhook').set(bearer(spy.admin.token)).send({ url: hooks.url, secret: SECRET }).expect(200);
    // The grid cell around downtown Denver, as the database draws it.
    const [row] = await sql(t, `SELECT nearfill_area_lat(39.7392) AS lat, nearfill_area_lng(39.7392, -104.9903) AS lng`);
    const centre = { lat: row.lat, lng: row.lng };
    cell = { centre, latHalf: 0.025, lngHalf: 0.025 / Math.cos((centre.lat * Math.PI) / 180) };
  });
  afterAll(async () => {
    await t?.close();
    await hooks?.close();
  });

  // Near opposite corners of one cell, 0.003° in from its edges: about 6.9 km apart.
  const southWestCorner = () => ({ lat: cell.centre.lat - cell.latHalf + 0.003, lng: cell.centre.lng - cell.lngHalf * 0.88 });
  const northEastCorner = () => ({ lat: cell.centre.lat + cell.latHalf - 0.003, lng: cell.centre.lng + cell.lngHalf * 0.88 });

  it('cannot be trilaterated closer than its area from three locations, board, bids, webhooks, cursor and errors', async () => {
    const stations = [offset(cell.centre, 15, 0), offset(cell.centre, -8, 13), offset(cell.centre, -9, -12)];
    const locations = [];
    for (const [i, at] of stations.entries()) locations.push(await addLocation(t, spy, at, { name: `Shop ${i + 1}` }));
    // A fourth shop with a small radius, to read the out-of-range message.
    const small = await addLocation(t, spy, offset(cell.centre, 0, 25), { name: 'Kiosk', serviceRadiusKm: 10 });

    const observe = async (at: Point) => {
      const placed = await order(at);
      const distances: number[] = [];
      for (const location of locations) distances.push((await bid(spy, placed.id, location.id).expect(200)).body.distanceKm);
      const listed = (await t.http.get('/api/v1/retailer/bids').set(bearer(spy.admin.token)).expect(200)).body.items.find(
        (b: { orderId: string }) => b.orderId === placed.id,
      );
      const entry = await boardEntry(spy, placed.id);
      const posted = await eventually(() => hooks.ofType('order.posted').find((e) => e.data.order.id === placed.id), 'order.posted');
      const refused = (await bid(spy, placed.id, small.id).expect(422)).body.message;
      return { placed, distances, listed: listed.distanceKm, board: entry.distanceKm, webhook: posted.data.nearestLocation.distanceKm, refused };
    };

    const exact = southWestCorner();
    const seen = await observe(exact);
    for (const d of [...seen.distances, seen.listed, seen.board, seen.webhook]) expect(Number.isInteger(d)).toBe(true);
    expect(seen.refused).toMatch(/^Location "Kiosk" is about \d+ km from the order's area, beyond its 10 km service radius/);

    const solved = trilaterate(stations, seen.distances, cell.centre);
    const errorKm = haversineKm(solved.lat, solved.lng, exact.lat, exact.lng);
    const fromCentreKm = haversineKm(solved.lat, solved.lng, cell.centre.lat, cell.centre.lng);
    console.log(`trilateration from 3 bids: ${errorKm.toFixed(2)} km from the shipping point, ${fromCentreKm.toFixed(2)} km from its cell centre`);
    // The attacker finds the area (its centre, within the rounding to whole km), never the point.
    expect(errorKm).toBeGreaterThan(2.5);
    expect(fromCentreKm).toBeLessThan(1.5);

    // Another order at the far corner of the same cell, ~6.9 km away, reads exactly the same everywhere:
    // nothing a retailer is shown tells two points of one area apart.
    const other = await observe(northEastCorner());
    expect(haversineKm(exact.lat, exact.lng, northEastCorner().lat, northEastCorner().lng)).toBeGreaterThan(6);
    const { placed: _a, ...first } = seen;
    const { placed: _b, ...second } = other;
    expect(second).toEqual(first);
  });

  it('pages the board with a cursor that holds only the whole km shown and the order id', async () => {
    const placed = await order(southWestCorner());
    const firstPage = await t.http.get('/api/v1/retailer/board').query({ limit: 1 }).set(bearer(spy.admin.token)).expect(200);
    const [km, id] = JSON.parse(Buffer.from(firstPage.body.nextCursor, 'base64url').toString());
    expect([km, id]).toEqual([firstPage.body.items[0].distanceKm, firstPage.body.items[0].orderId]);
    expect(Number.isInteger(km)).toBe(true);
    // A forged cursor with a fractional distance is refused rather than used to probe.
    const forged = Buffer.from(JSON.stringify([km + 0.37, placed.id])).toString('base64url');
    await t.http.get('/api/v1/retailer/board').query({ cursor: forged }).set(bearer(spy.admin.token)).expect(400);
  });

  it('decides reach by the area, so a radius or a maxDistanceKm cannot be tuned to find the point', async () => {
    const prober = await createRetailer(t, ops, 'Radius Prober');
    await makeDealer(t, maker, prober);
    const location = await addLocation(t, prober, offset(cell.centre, 20, 0), { name: 'Probe', serviceRadiusKm: 100 });
    const [a, b] = [await order(southWestCorner()), await order(northEastCorner())];
    const reach = async (query: Record<string, number>) => {
      const items = (
        await t.http
          .get('/api/v1/retailer/board')
          .query({ limit: 100, ...query })
          .set(bearer(prober.admin.token))
          .expect(200)
      ).body.items;
      return [a.id, b.id].map((id) => items.some((e: { orderId: string }) => e.orderId === id));
    };
    // Both orders share an area, so every cut-off shows both or neither, whatever the exact points.
    for (let maxDistanceKm = 14; maxDistanceKm <= 26; maxDistanceKm += 0.25) {
      const [seesA, seesB] = await reach({ maxDistanceKm });
      expect(seesA).toBe(seesB);
    }
    for (const serviceRadiusKm of [17, 19, 20, 21, 23]) {
      await t.http.patch(`/api/v1/retailer/locations/${location.id}`).set(bearer(prober.admin.token)).send({ serviceRadiusKm }).expect(200);
      const [seesA, seesB] = await reach({});
      expect(seesA).toBe(seesB);
      expect((await bid(prober, a.id)).status).toBe((await bid(prober, b.id)).status);
    }
  });

  it('still awards by the exact shipping point: the nearer bidder wins though its area distance is the larger', async () => {
    const exact = southWestCorner();
    const placed = await order(exact);
    const [nearPoint, nearArea] = [await createRetailer(t, ops, 'Near The Door'), await createRetailer(t, ops, 'Near The Middle')];
    for (const shop of [nearPoint, nearArea]) await makeDealer(t, maker, shop);
    // 4 km beyond the shipping point from the cell's centre, and 5 km beyond the centre the other way.
    await addLocation(t, nearPoint, offset(exact, -2.83, -2.83), { name: 'Door' });
    await addLocation(t, nearArea, offset(cell.centre, 3.54, 3.54), { name: 'Middle' });
    const [doorBid, middleBid] = [(await bid(nearPoint, placed.id).expect(200)).body, (await bid(nearArea, placed.id).expect(200)).body];
    expect(doorBid.distanceKm).toBeGreaterThan(middleBid.distanceKm);

    await resolveNow(t, ops.token, maker.id);
    const [award] = await sql(t, `SELECT retailer_id, distance_km FROM awards WHERE order_id = $1 AND superseded_at IS NULL`, [placed.id]);
    expect(award.retailer_id).toBe(nearPoint.id);
    expect(award.distance_km).toBeCloseTo(4, 1);
  });
});
