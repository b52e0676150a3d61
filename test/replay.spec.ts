import { DataSource } from 'typeorm';
import { AppConfig } from '../src/config/app-config';
import { RerouteService } from '../src/fulfilment/reroute.service';
import { resolvesAtFor } from '../src/orders/resolves-at';
import { Clock } from '../src/resolution/clock';
import { Account, bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { seedScenario, waitForRun } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

const HOUR = 3600_000;
// Runs in the future, so every seeded window has closed: two on one local day (they share each location's
// capacity), one the next day. The second scenario's runs are a week later, in a period of their own.
const DAY = Date.UTC(2031, 5, 10);
const CUTOFFS = [new Date(DAY + 10 * HOUR), new Date(DAY + 14 * HOUR), new Date(DAY + 34 * HOUR)];
const RADIUS_DAY = DAY + 7 * 24 * HOUR;

/** Row counts and a checksum of every row of the tables a replay must never write. */
async function fingerprint(db: DataSource): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of ['orders', 'awards', 'bids']) {
    const [row]: { n: string; sum: string | null }[] = await db.query(
      `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t.id)) AS sum FROM ${table} t`,
    );
    out[table] = `${row.n}:${row.sum}`;
  }
  return out;
}

describe('replaying a past period under a policy to try', () => {
  let t: TestApp;
  let db: DataSource;
  let ops: Account;
  let maker: Tenant;
  let radiusMakerId: string;
  let sharedMakers: string[];

  const at = (instant: Date) => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(instant);

  const runAt = async (cutoff: Date, manufacturerId?: string) => {
    at(cutoff);
    const started = await t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: false, manufacturerId }).expect(202);
    expect((await waitForRun(t, ops.token, started.body.id)).state).toBe('completed');
  };

  const replay = async (token: string, body: Record<string, unknown>) => {
    at(new Date(RADIUS_DAY + 48 * HOUR));
    const started = await t.http.post('/api/v1/replays').set(bearer(token)).send(body).expect(202);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { body: view } = await t.http.get(`/api/v1/replays/${started.body.id}`).set(bearer(token)).expect(200);
      if (view.state === 'completed' || view.state === 'failed') return view;
      if (Date.now() > deadline) throw new Error(`Replay still ${view.state}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const period = { from: new Date(DAY).toISOString(), to: new Date(DAY + 2 * 24 * HOUR).toISOString() };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    ops = await createOps(t);
    maker = await createManufacturer(t, ops);
    // Capped locations (some in Los Angeles time), customers who chose a dealer, and ties on distance and time.
    const scenario = await seedScenario(db, { seed: 811, orders: 160, retailers: 30, capShare: 0.5, maxCap: 2, chosenShare: 0.3, openShare: 0.3 });
    sharedMakers = scenario.manufacturerIds;
    // A warehouse in Kansas City, for km saved.
    await db.query(`UPDATE stores SET warehouse_lat = 39.0997, warehouse_lng = -94.5786 WHERE manufacturer_id = ANY($1)`, [scenario.manufacturerIds]);
    await runAt(CUTOFFS[0], scenario.manufacturerIds[0]);
    await runAt(CUTOFFS[1]);
    // The orders still open get a window that closes before the next day's run.
    await db.query(`UPDATE orders SET resolves_at = $1 WHERE status = 'posted'`, [new Date(CUTOFFS[2].getTime() - HOUR)]);
    await runAt(CUTOFFS[2]);

    // Locations serving 30 km, bids placed from farther away too (before a radius change, say).
    const radius = await seedScenario(db, { seed: 812, orders: 80, retailers: 25, manufacturers: 1, openShare: 0 });
    radiusMakerId = radius.manufacturerIds[0];
    await db.query(`UPDATE retailer_locations SET service_radius_km = 30 WHERE id = ANY($1)`, [[...radius.locations.keys()]]);
    await runAt(new Date(RADIUS_DAY + 10 * HOUR), radiusMakerId);
  }, 180_000);
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('replaying the live policy reproduces every award of the period, and writes no order, award or bid', async () => {
    const before = await fingerprint(db);
    const [{ decided, saved }]: { decided: number; saved: number }[] = await db.query(
      `SELECT count(*)::int AS decided,
              round(sum(nearfill_distance_km(s.warehouse_lat, s.warehouse_lng, o.ship_lat, o.ship_lng) - a.distance_km)::numeric, 1)::float8 AS saved
         FROM awards a JOIN resolution_runs r ON r.id = a.run_id JOIN orders o ON o.id = a.order_id JOIN stores s ON s.id = o.store_id
        WHERE r.cutoff >= $1 AND r.cutoff < $2`,
      [period.from, period.to],
    );
    const view = await replay(ops.token, period);
    expect(view.state).toBe('completed');
    expect(view.progressPercent).toBe(100);
    expect(view.result.orders).toBe(decided);
    expect(view.result.changed).toBe(0);
    expect(view.result.examples).toEqual([]);
    expect(view.result.replayed).toEqual(view.result.actual);
    expect(view.result.actual.kmSaved).toBe(saved);
    // The scenario exercises every part of the rule: capacity, the customer's choice, and fallbacks.
    expect(view.result.actual.toChosenDealers).toBeGreaterThan(0);
    expect(view.result.actual.toManufacturer).toBeGreaterThan(0);
    // One manufacturer's replay too: its orders shared the locations' capacity with the other's.
    for (const manufacturerId of sharedMakers) {
      const own = await replay(ops.token, { ...period, manufacturerId });
      expect({ orders: own.result.orders > 0, changed: own.result.changed }).toEqual({ orders: true, changed: 0 });
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  it("turning the customer's chosen dealer off changes awards, and only to bids placed on those orders", async () => {
    const before = await fingerprint(db);
    const view = await replay(ops.token, { ...period, chosenDealer: false });
    expect(view.result.changed).toBeGreaterThan(0);
    expect(view.result.replayed.toChosenDealers).toBeLessThan(view.result.actual.toChosenDealers);
    expect(view.result.examples.length).toBe(Math.min(view.result.changed, 20));
    for (const example of view.result.examples) {
      if (example.replayed.kind === 'manufacturer') continue;
      const [bid]: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM bids b JOIN orders o ON o.id = b.order_id JOIN retailers r ON r.id = b.retailer_id WHERE o.number = $1 AND r.name = $2`,
        [example.orderNumber, example.replayed.retailerName],
      );
      expect(bid.n).toBeGreaterThan(0);
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  it('with a larger radius, awards the nearest bid that is then in reach, never one farther', async () => {
    const radiusPeriod = {
      from: new Date(RADIUS_DAY).toISOString(),
      to: new Date(RADIUS_DAY + 24 * HOUR).toISOString(),
      manufacturerId: radiusMakerId,
    };
    for (const radiusKm of [60, 400]) {
      const view = await replay(ops.token, { ...radiusPeriod, radiusKm });
      // The nearest bid of each order whose location reaches the order's area (as the board measures reach).
      const nearest: { number: string; km: number }[] = await db.query(
        `SELECT o.number::text AS number, min(nearfill_distance_km(o.ship_lat, o.ship_lng, l.lat, l.lng)) AS km
           FROM orders o JOIN bids b ON b.order_id = o.id JOIN retailer_locations l ON l.id = b.location_id
          WHERE o.manufacturer_id = $1 AND nearfill_area_km(l.lat, l.lng, o.ship_lat, o.ship_lng) <= $2
          GROUP BY o.number`,
        [radiusMakerId, radiusKm],
      );
      const byNumber = new Map(nearest.map((row) => [row.number, row.km]));
      const kms = nearest.map((row) => row.km);
      expect(view.result.replayed.toRetailers).toBe(nearest.length);
      expect(view.result.replayed.maxKm).toBe(Math.round(Math.max(...kms) * 10) / 10);
      expect(view.result.replayed.meanKm).toBe(Math.round((kms.reduce((a, b) => a + b, 0) / kms.length) * 10) / 10);
      for (const example of view.result.examples) {
        if (example.replayed.kind === 'retailer')
          expect(example.replayed.distanceKm).toBeLessThanOrEqual(Math.round(byNumber.get(example.orderNumber)! * 10) / 10);
        else expect(byNumber.has(example.orderNumber)).toBe(false);
      }
    }
  });

  it('with a shorter minimum board time, drops the bids placed after the window would have closed', async () => {
    const radiusPeriod = {
      from: new Date(RADIUS_DAY).toISOString(),
      to: new Date(RADIUS_DAY + 24 * HOUR).toISOString(),
      manufacturerId: radiusMakerId,
    };
    const config = t.app.get(AppConfig);
    const orders: { id: string; posted_at: Date; bids: number }[] = await db.query(
      `SELECT o.id, o.posted_at, (SELECT count(*)::int FROM bids b WHERE b.order_id = o.id) AS bids FROM orders o WHERE o.manufacturer_id = $1 ORDER BY o.number`,
      [radiusMakerId],
    );
    // Every other order's bids came from a minute after a 1-hour window would have closed (still before the run).
    const late = orders.filter((o, i) => i % 2 === 0 && o.bids > 0);
    for (const order of late) {
      const closes = resolvesAtFor(order.posted_at, 1, config.RESOLVE_CRON, config.RESOLVE_TZ);
      // Shifted together, so ties on distance still go to the same earlier bid.
      await db.query(
        `UPDATE bids SET placed_at = placed_at + ($2::timestamptz - (SELECT min(placed_at) FROM bids WHERE order_id = $1)) WHERE order_id = $1`,
        [order.id, new Date(closes.getTime() + 60_000)],
      );
    }
    const live = await replay(ops.token, radiusPeriod);
    expect(live.result.changed).toBe(0);
    const shorter = await replay(ops.token, { ...radiusPeriod, minBoardHours: 1 });
    expect(shorter.result.changed).toBe(late.length);
    expect(shorter.result.replayed.toManufacturer).toBe(live.result.actual.toManufacturer + late.length);
    // A longer window cannot add a bid nobody placed: it changes nothing here.
    expect((await replay(ops.token, { ...radiusPeriod, minBoardHours: 72 })).result.changed).toBe(0);
  });

  it("replaying the live policy still reproduces the runs' awards after they were taken away for a missed ship-by date", async () => {
    // Days after the runs, the ship-by sweep passes every unshipped retailer award on and withdraws its bid.
    at(new Date(RADIUS_DAY + 48 * HOUR));
    expect(await t.app.get(RerouteService).rerouteOverdue()).toBeGreaterThan(0);
    const [{ overdue }]: { overdue: number }[] = await db.query(
      `SELECT count(*)::int AS overdue FROM awards a JOIN resolution_runs r ON r.id = a.run_id JOIN bids b ON b.id = a.bid_id
        WHERE r.cutoff >= $1 AND r.cutoff < $2 AND a.superseded_by = 'overdue' AND b.status = 'withdrawn'`,
      [period.from, period.to],
    );
    expect(overdue).toBeGreaterThan(0);
    // Two replays queued back to back, as two people starting them at once would.
    const [all, own] = await Promise.all([replay(ops.token, period), replay(ops.token, { ...period, manufacturerId: sharedMakers[0] })]);
    expect({ all: all.result.changed, own: own.result.changed }).toEqual({ all: 0, own: 0 });
    expect(all.result.replayed).toEqual(all.result.actual);
  });

  it('refuses a period longer than 31 days, or a radius given both ways, saying what to do', async () => {
    at(new Date(RADIUS_DAY + 48 * HOUR));
    const long = await t.http.post('/api/v1/replays').set(bearer(ops.token)).send({ from: '2031-01-01', to: '2031-03-01' }).expect(400);
    expect(long.body.message).toContain('Choose a period of at most 31 days');
    const both = await t.http
      .post('/api/v1/replays')
      .set(bearer(ops.token))
      .send({ ...period, radiusKm: 50, radiusFactor: 2 })
      .expect(400);
    expect(both.body.message).toContain('either a radius in km or a radius factor');
    await t.http
      .post('/api/v1/replays')
      .set(bearer(ops.token))
      .send({ ...period, colour: 'red' })
      .expect(400);
  });

  it("lets a manufacturer replay its own store's orders only", async () => {
    const own = await replay(maker.admin.token, period);
    expect(own.manufacturerId).toBe(maker.id);
    expect(own.result.orders).toBe(0);
    await t.http
      .post('/api/v1/replays')
      .set(bearer(maker.admin.token))
      .send({ ...period, manufacturerId: radiusMakerId })
      .expect(403);
    const opsReplay = (await t.http.get('/api/v1/replays').set(bearer(ops.token)).expect(200)).body.items.find(
      (r: { manufacturerId: string | null }) => r.manufacturerId === null,
    );
    await t.http.get(`/api/v1/replays/${opsReplay.id}`).set(bearer(maker.admin.token)).expect(404);
    const listed = (await t.http.get('/api/v1/replays').set(bearer(maker.admin.token)).expect(200)).body;
    expect(listed.items.map((r: { manufacturerId: string }) => r.manufacturerId)).toEqual([maker.id]);
  });
});
