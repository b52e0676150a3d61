import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import * as zipcodes from 'zipcodes';
import { haversineKm } from '../../src/geo/distance';
import { Clock } from '../../src/resolution/clock';
import { bearer } from './factories';
import { TestApp } from './test-app';

/** Deterministic pseudo-random numbers (mulberry32), so a failing scenario can be replayed from its seed. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: T[]) => items[Math.floor(next() * items.length)] };
}

const US_ZIPS = Object.values((zipcodes as unknown as { codes: Record<string, zipcodes.ZipCode> }).codes).filter(
  (zip) => zip.country === 'US' && zip.latitude && zip.longitude,
);

export interface ScenarioOptions {
  seed: number;
  manufacturers?: number;
  retailers?: number;
  orders?: number;
  maxBidsPerOrder?: number;
  /** Share of orders whose window has not closed yet (they must stay on the board). */
  openShare?: number;
  /** Share of locations with a daily capacity (0 to `maxCap`), each in UTC or Los Angeles time. */
  capShare?: number;
  maxCap?: number;
  /** Share of orders whose customer chose a dealer: mostly one of its bidders, else any retailer. */
  chosenShare?: number;
}

interface Point {
  lat: number;
  lng: number;
}

export interface Scenario {
  manufacturerIds: string[];
  orders: ({ id: string; manufacturerId: string; due: boolean; number: number; chosenRetailerId: string | null } & Point)[];
  locations: Map<string, Point & { retailerId: string; cap: number | null; zone: string }>;
  bids: { id: string; orderId: string; retailerId: string; locationId: string; placedAt: Date }[];
}

export interface Decision {
  kind: 'retailer' | 'manufacturer';
  retailerId: string | null;
  bidId: string | null;
  distanceKm: number | null;
}

const uuid = () => {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/**
 * Posted orders, retailer locations and bids on real US ZIP coordinates, written with plain SQL (the
 * resolver only reads tables). Locations share a small pool of ZIPs and bids a few timestamps, so ties
 * on distance and on time are common.
 */
export async function seedScenario(db: DataSource, options: ScenarioOptions): Promise<Scenario> {
  const rnd = random(options.seed);
  const { manufacturers = 2, retailers = 80, orders = 300, maxBidsPerOrder = 6, openShare = 0.1 } = options;
  const zipPool = Array.from({ length: 40 }, () => rnd.pick(US_ZIPS));
  const times = Array.from({ length: 4 }, (_, i) => new Date(Date.UTC(2026, 0, 1, 8, i)));

  const manufacturerIds: string[] = [];
  const storeIds: string[] = [];
  for (let i = 0; i < manufacturers; i++) {
    const [maker] = await db.query(`INSERT INTO manufacturers (name) VALUES ($1) RETURNING id`, [`Maker ${options.seed}-${i}`]);
    const [store] = await db.query(`INSERT INTO stores (manufacturer_id, slug, name) VALUES ($1, $2, $3) RETURNING id`, [
      maker.id,
      `maker-${options.seed}-${i}-${randomBytes(3).toString('hex')}`,
      `Maker ${i}`,
    ]);
    manufacturerIds.push(maker.id);
    storeIds.push(store.id);
  }

  const retailerIds: string[] = (
    await db.query(`INSERT INTO retailers (name) SELECT 'Shop ' || g FROM generate_series(1, $1) g RETURNING id`, [retailers])
  ).map((row: { id: string }) => row.id);
  const locations: Scenario['locations'] = new Map();
  const byRetailer = new Map<string, string[]>();
  for (const retailerId of retailerIds) {
    for (let n = 1 + rnd.int(2); n > 0; n--) {
      const zip = rnd.pick(zipPool);
      const id = uuid();
      const capped = rnd.next() < (options.capShare ?? 0);
      locations.set(id, {
        retailerId,
        lat: zip.latitude,
        lng: zip.longitude,
        cap: capped ? rnd.int((options.maxCap ?? 3) + 1) : null,
        zone: capped && rnd.next() < 0.5 ? 'America/Los_Angeles' : 'UTC',
      });
      byRetailer.set(retailerId, [...(byRetailer.get(retailerId) ?? []), id]);
    }
  }
  const locs = [...locations.entries()];
  await db.query(
    `INSERT INTO retailer_locations (id, retailer_id, name, line1, city, region, postal_code, country, lat, lng, daily_capacity, time_zone)
     SELECT id, retailer_id, 'Store', '1 Main St', 'Town', 'ST', '00000', 'US', lat, lng, cap, zone
       FROM unnest($1::uuid[], $2::uuid[], $3::float8[], $4::float8[], $5::int[], $6::text[]) AS t(id, retailer_id, lat, lng, cap, zone)`,
    [
      locs.map(([id]) => id),
      locs.map(([, l]) => l.retailerId),
      locs.map(([, l]) => l.lat),
      locs.map(([, l]) => l.lng),
      locs.map(([, l]) => l.cap),
      locs.map(([, l]) => l.zone),
    ],
  );

  const orderRows: Scenario['orders'] = [];
  const bids: Scenario['bids'] = [];
  for (let i = 0; i < orders; i++) {
    const zip = rnd.next() < 0.3 ? rnd.pick(zipPool) : rnd.pick(US_ZIPS);
    const m = rnd.int(manufacturers);
    const order = {
      id: uuid(),
      manufacturerId: manufacturerIds[m],
      lat: zip.latitude,
      lng: zip.longitude,
      due: rnd.next() >= openShare,
      number: 0,
      chosenRetailerId: null as string | null,
    };
    orderRows.push(order);
    const bidders = new Set<string>();
    for (let n = rnd.int(maxBidsPerOrder + 1); n > 0; n--) bidders.add(rnd.pick(retailerIds));
    if (rnd.next() < (options.chosenShare ?? 0))
      order.chosenRetailerId = bidders.size && rnd.next() < 0.7 ? rnd.pick([...bidders]) : rnd.pick(retailerIds);
    for (const retailerId of bidders) {
      bids.push({ id: uuid(), orderId: order.id, retailerId, locationId: rnd.pick(byRetailer.get(retailerId)!), placedAt: rnd.pick(times) });
    }
  }
  await db.query(
    `INSERT INTO orders (id, manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name,
                         customer_email, ship_line1, ship_city, ship_region, ship_postal_code, ship_country,
                         ship_lat, ship_lng, tracking_token, posted_at, resolves_at, chosen_retailer_id)
     SELECT id, m, s, 'posted', 'USD', 15000, 12000, 'Customer', 'c@example.com', '1 Road', 'Town', 'ST', '00000', 'US',
            lat, lng, gen_random_uuid()::text, now() - interval '2 days',
            CASE WHEN due THEN now() - interval '1 hour' ELSE now() + interval '1 day' END, chosen
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::float8[], $5::float8[], $6::bool[], $7::uuid[]) AS t(id, m, s, lat, lng, due, chosen)`,
    [
      orderRows.map((o) => o.id),
      orderRows.map((o) => o.manufacturerId),
      orderRows.map((o) => storeIds[manufacturerIds.indexOf(o.manufacturerId)]),
      orderRows.map((o) => o.lat),
      orderRows.map((o) => o.lng),
      orderRows.map((o) => o.due),
      orderRows.map((o) => o.chosenRetailerId),
    ],
  );
  const numbers = new Map<string, string>(
    (await db.query(`SELECT id, number FROM orders WHERE id = ANY($1)`, [orderRows.map((o) => o.id)])).map((r: { id: string; number: string }) => [
      r.id,
      r.number,
    ]),
  );
  for (const order of orderRows) order.number = Number(numbers.get(order.id));
  await db.query(
    `INSERT INTO bids (id, order_id, retailer_id, location_id, placed_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[])`,
    [bids.map((b) => b.id), bids.map((b) => b.orderId), bids.map((b) => b.retailerId), bids.map((b) => b.locationId), bids.map((b) => b.placedAt)],
  );
  return { manufacturerIds, orders: orderRows, locations, bids };
}

/** The awards by brute force: every bid's distance, nearest first, then earliest, then lowest retailer id. */
export function oracle(scenario: Scenario, manufacturerId?: string): Map<string, Decision> {
  const decisions = new Map<string, Decision>();
  for (const order of scenario.orders) {
    if (!order.due || (manufacturerId && order.manufacturerId !== manufacturerId)) continue;
    let best: (Decision & { placedAt: number }) | null = null;
    for (const bid of scenario.bids.filter((b) => b.orderId === order.id)) {
      const at = scenario.locations.get(bid.locationId)!;
      const candidate = {
        kind: 'retailer' as const,
        retailerId: bid.retailerId,
        bidId: bid.id,
        distanceKm: haversineKm(order.lat, order.lng, at.lat, at.lng),
        placedAt: bid.placedAt.getTime(),
      };
      const better =
        !best ||
        candidate.distanceKm < best.distanceKm! ||
        (candidate.distanceKm === best.distanceKm &&
          (candidate.placedAt < best.placedAt || (candidate.placedAt === best.placedAt && candidate.retailerId < best.retailerId!)));
      if (better) best = candidate;
    }
    decisions.set(
      order.id,
      best
        ? { kind: best.kind, retailerId: best.retailerId, bidId: best.bidId, distanceKm: best.distanceKm }
        : { kind: 'manufacturer', retailerId: null, bidId: null, distanceKm: null },
    );
  }
  return decisions;
}

/** Every live award in the database, by order. */
export async function liveAwards(db: DataSource): Promise<Map<string, Decision>> {
  const rows: ({ order_id: string } & Record<string, unknown>)[] = await db.query(
    `SELECT order_id, kind, retailer_id, bid_id, distance_km FROM awards WHERE superseded_at IS NULL`,
  );
  return new Map(rows.map((r) => [r.order_id, { kind: r.kind, retailerId: r.retailer_id, bidId: r.bid_id, distanceKm: r.distance_km } as Decision]));
}

/** Orders with more than one live award, or with awards at all but no live one: must always be zero. */
export async function awardAnomalies(db: DataSource): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n FROM (
       SELECT order_id FROM awards GROUP BY order_id HAVING count(*) FILTER (WHERE superseded_at IS NULL) <> 1) x`,
  );
  return row.n;
}

/** Polls the ops API until the run has finished; returns its last view. */
export async function waitForRun(t: TestApp, opsToken: string, runId: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await t.http.get(`/api/v1/ops/resolutions/${runId}`).set(bearer(opsToken)).expect(200);
    if (body.state === 'completed' || body.state === 'failed') return body;
    if (Date.now() > deadline) throw new Error(`Run ${runId} still ${body.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Expected run figures from the oracle's decisions. */
export function expectedCounts(decisions: Map<string, Decision>) {
  const retailer = [...decisions.values()].filter((d) => d.kind === 'retailer');
  const distances = retailer.map((d) => d.distanceKm!);
  return {
    considered: decisions.size,
    awardedRetailer: retailer.length,
    awardedManufacturer: decisions.size - retailer.length,
    meanKm: Math.round((distances.reduce((a, b) => a + b, 0) / distances.length) * 10) / 10,
    maxKm: Math.round(Math.max(...distances) * 10) / 10,
  };
}

/** Runs the resolver as if every order's window had closed (the run's clock is a month ahead); waits for it. */
export async function resolveNow(t: TestApp, opsToken: string, manufacturerId?: string) {
  const clock = t.app.get(Clock);
  const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 30 * 24 * 3600_000));
  try {
    const started = await t.http.post('/api/v1/ops/resolutions').set(bearer(opsToken)).send({ dryRun: false, manufacturerId }).expect(202);
    return await waitForRun(t, opsToken, started.body.id);
  } finally {
    spy.mockRestore();
  }
}
