import { DataSource } from 'typeorm';
import { haversineKm } from '../src/geo/distance';
import { InsightRefresh } from '../src/insight/insight-refresh.service';
import { PORTLAND } from './support/board';
import { Account, bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { SeededOrder, SeededShop, seedHistory, seedShops } from './support/insight';
import { startTestApp, TestApp } from './support/test-app';

const KM_PER_MI = 1.609344;
const PERIOD = { from: '2026-01-01', to: '2026-07-01' };
// Reno: the customers and dealers are around Portland.
const WAREHOUSE = { lat: 39.53, lng: -119.81 };
const SHIP_BY_DAYS = 3;

// The documented bin widths (docs/manufacturer-guide.md): a reported median or p90 is the upper edge of its bin.
const binWidthAt = (km: number) => (km < 10 ? 1 : km < 50 ? 2 : km < 100 ? 5 : km < 300 ? 10 : km < 1000 ? 25 : km < 3000 ? 100 : 250);
const nearestRank = (values: number[], fraction: number) => [...values].sort((a, b) => a - b)[Math.max(1, Math.ceil(fraction * values.length)) - 1];
const within = (reported: number, exact: number) => {
  expect(reported).toBeGreaterThan(exact);
  expect(reported - exact).toBeLessThanOrEqual(binWidthAt(exact));
};

/** The report, computed again from the generated orders themselves: no summary table, no SQL. */
function bruteForce(orders: SeededOrder[], currency: string, rate: { base: number; perKm: number }, period = PERIOD) {
  const inPeriod = orders.filter(
    (o) => o.currency === currency && o.createdAt >= new Date(`${period.from}T00:00:00Z`) && o.createdAt < new Date(`${period.to}T00:00:00Z`),
  );
  const counted = inPeriod.filter((o) => o.kind !== 'cancelled' && o.kind !== 'unpaid');
  const assigned = counted.filter((o) => o.kind !== 'unassigned');
  const measured = assigned
    .filter((o) => o.ship)
    .map((o) => {
      const warehouseKm = haversineKm(WAREHOUSE.lat, WAREHOUSE.lng, o.ship!.lat, o.ship!.lng);
      const fromKm = o.from && o.kind !== 'manufacturer' ? haversineKm(o.from.lat, o.from.lng, o.ship!.lat, o.ship!.lng) : warehouseKm;
      return { fromKm, warehouseKm };
    });
  const cost = (km: number) => rate.base + rate.perKm * km;
  const dealers = new Map<
    string,
    { awards: number; bids: number; won: number; chosen: number; declines: number; returns: number; stars: number[] }
  >();
  const dealer = (id: string) =>
    dealers.get(id) ?? dealers.set(id, { awards: 0, bids: 0, won: 0, chosen: 0, declines: 0, returns: 0, stars: [] }).get(id)!;
  for (const o of counted) {
    for (const a of o.awards.filter((a) => a.retailerId)) {
      dealer(a.retailerId!).awards++;
      if (a.supersededBy === 'declined') dealer(a.retailerId!).declines++;
    }
    for (const b of o.bids) {
      dealer(b.retailerId).bids++;
      if (b.won) dealer(b.retailerId).won++;
    }
    if (o.chosenRetailerId) dealer(o.chosenRetailerId).chosen++;
    for (const r of o.returns.filter((r) => r.status !== 'refused')) dealer(r.retailerId).returns++;
    if (o.rating?.retailerId) dealer(o.rating.retailerId).stars.push(o.rating.stars);
  }
  return {
    orders: counted.length,
    byKind: (kind: string) => counted.filter((o) => o.kind === kind).length,
    assigned: assigned.length,
    measured,
    kmSaved: measured.reduce((sum, m) => sum + m.warehouseKm - m.fromKm, 0),
    costSaved:
      Math.round(measured.reduce((sum, m) => sum + cost(m.warehouseKm), 0)) - Math.round(measured.reduce((sum, m) => sum + cost(m.fromKm), 0)),
    declines: counted.reduce((sum, o) => sum + o.awards.filter((a) => a.supersededBy === 'declined').length, 0),
    rerouted: counted.filter((o) => o.awards.some((a) => a.supersededBy)).length,
    stars: counted.filter((o) => o.rating).map((o) => o.rating!.stars),
    dealerShipHours: counted
      .filter((o) => o.kind === 'dealer' && o.shippedAt)
      .map((o) => (o.shippedAt!.getTime() - o.createdAt.getTime()) / 3_600_000),
    dealers,
  };
}

describe('fulfilment insight', () => {
  let t: TestApp;
  let db: DataSource;
  let ops: Account;
  let maker: Tenant;
  let other: Tenant;
  let storeId: string;
  let otherStoreId: string;
  let shops: SeededShop[];
  let orders: SeededOrder[];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    other = await createManufacturer(t, ops, 'Gorge Gear');
    await db.query(`UPDATE stores SET warehouse_lat = $2, warehouse_lng = $3, ship_by_days = $4 WHERE manufacturer_id = $1`, [
      maker.id,
      WAREHOUSE.lat,
      WAREHOUSE.lng,
      SHIP_BY_DAYS,
    ]);
    await db.query(`UPDATE stores SET warehouse_lat = 47.6, warehouse_lng = -122.3 WHERE manufacturer_id = $1`, [other.id]);
    [{ id: storeId }] = await db.query(`SELECT id FROM stores WHERE manufacturer_id = $1`, [maker.id]);
    [{ id: otherStoreId }] = await db.query(`SELECT id FROM stores WHERE manufacturer_id = $1`, [other.id]);
    shops = await seedShops(db, PORTLAND, 10, 11);
    orders = await seedHistory(db, { id: storeId, manufacturerId: maker.id, warehouse: WAREHOUSE, shipByDays: SHIP_BY_DAYS }, shops, {
      orders: 900,
      start: new Date('2025-12-15T00:00:00Z'),
      days: 220,
      seed: 7,
      customersAround: PORTLAND,
    });
    await seedHistory(db, { id: otherStoreId, manufacturerId: other.id, warehouse: { lat: 47.6, lng: -122.3 }, shipByDays: 3 }, shops, {
      orders: 200,
      start: new Date('2026-01-01T00:00:00Z'),
      days: 150,
      seed: 8,
      customersAround: PORTLAND,
    });
    for (const id of [storeId, otherStoreId]) await t.http.post(`/api/v1/ops/insight/refresh/${id}`).set(bearer(ops.token)).expect(200);
  });
  afterAll(() => t?.close());

  const report = (token: string, query: Record<string, string> = {}, path = '/api/v1/manufacturer/insight') =>
    t.http
      .get(path)
      .query({ ...PERIOD, ...query })
      .set(bearer(token));

  it("matches a brute-force reading of the store's orders: shares, distances, km and estimated cost saved, declines, ratings", async () => {
    await t.http
      .put('/api/v1/manufacturer/insight/shipping-rates')
      .set(bearer(maker.admin.token))
      .send({ baseMinor: 450, perUnitMinor: 56, unit: 'mi' })
      .expect(200);
    const body = (await report(maker.admin.token).expect(200)).body;
    expect(body.currencies.map((c: { currency: string }) => c.currency)).toEqual(['USD', 'CAD']);
    const usd = body.currencies.find((c: { currency: string }) => c.currency === 'USD');
    const expected = bruteForce(orders, 'USD', { base: 450, perKm: 56 / KM_PER_MI });

    expect(usd.orders).toBe(expected.orders);
    for (const kind of ['dealer', 'pickup', 'ship_to_store', 'manufacturer']) {
      const share = usd.fulfillers.find((f: { fulfiller: string }) => f.fulfiller === kind);
      expect(share.orders).toBe(expected.byKind(kind));
      expect(share.share).toBeCloseTo(expected.byKind(kind) / expected.assigned, 10);
    }
    expect(usd.fulfillers.find((f: { fulfiller: string }) => f.fulfiller === 'unassigned').orders).toBe(expected.byKind('unassigned'));

    expect(usd.distance.measuredOrders).toBe(expected.measured.length);
    expect(usd.distance.kmSaved).toBeCloseTo(expected.kmSaved, 6);
    expect(usd.distance.kmSaved).toBeGreaterThan(0);
    within(
      usd.distance.fulfillerMedianKm,
      nearestRank(
        expected.measured.map((m) => m.fromKm),
        0.5,
      ),
    );
    within(
      usd.distance.fulfillerP90Km,
      nearestRank(
        expected.measured.map((m) => m.fromKm),
        0.9,
      ),
    );
    within(
      usd.distance.warehouseMedianKm,
      nearestRank(
        expected.measured.map((m) => m.warehouseKm),
        0.5,
      ),
    );
    within(
      usd.distance.warehouseP90Km,
      nearestRank(
        expected.measured.map((m) => m.warehouseKm),
        0.9,
      ),
    );
    expect(usd.distanceBins.reduce((sum: number, b: { fulfillerOrders: number }) => sum + b.fulfillerOrders, 0)).toBe(expected.measured.length);

    expect(usd.shippingEstimate.savedMinor).toBe(expected.costSaved);
    expect(body.currencies.find((c: { currency: string }) => c.currency === 'CAD').shippingEstimate).toBeNull();

    expect(usd.declines).toBe(expected.declines);
    expect(usd.rerouted).toBe(expected.rerouted);
    expect(usd.ratings).toBe(expected.stars.length);
    expect(usd.rating).toBeCloseTo(expected.stars.reduce((a, b) => a + b, 0) / expected.stars.length, 10);
    const dealerTimes = usd.times.find((x: { fulfiller: string }) => x.fulfiller === 'dealer');
    expect(dealerTimes.shipped).toBe(expected.dealerShipHours.length);
    expect(dealerTimes.toShipmentHours).toBeCloseTo(expected.dealerShipHours.reduce((a, b) => a + b, 0) / expected.dealerShipHours.length, 6);
    expect(usd.series.reduce((sum: number, p: { dealer: number }) => sum + p.dealer, 0)).toBe(expected.byKind('dealer'));
  });

  it("counts each dealer's awards, bids won, customers' choices, declines, returns and rating, sorted as asked", async () => {
    const usd = (await report(maker.admin.token, { sort: 'name', order: 'asc' }).expect(200)).body.currencies.find(
      (c: { currency: string }) => c.currency === 'USD',
    );
    const expected = bruteForce(orders, 'USD', { base: 0, perKm: 0 }).dealers;
    expect(usd.dealers.map((d: { name: string }) => d.name)).toEqual(
      shops
        .filter((s) => expected.has(s.retailerId))
        .map((s) => s.name)
        .sort(),
    );
    for (const row of usd.dealers) {
      const want = expected.get(row.retailerId)!;
      expect({ awards: row.awards, bids: row.bids, chosen: row.chosen, declines: row.declines, returns: row.returns, ratings: row.ratings }).toEqual({
        awards: want.awards,
        bids: want.bids,
        chosen: want.chosen,
        declines: want.declines,
        returns: want.returns,
        ratings: want.stars.length,
      });
      expect(row.winRate).toBeCloseTo(want.won / want.bids, 10);
    }
    const byAwards = (await report(maker.admin.token, { sort: 'awards' }).expect(200)).body.currencies[0].dealers.map(
      (d: { awards: number }) => d.awards,
    );
    expect(byAwards).toEqual([...byAwards].sort((a, b) => b - a));
  });

  it('counts each day once in a period that starts and ends inside months, and compares dealers with the period before', async () => {
    const period = { from: '2026-02-14', to: '2026-05-09' };
    const previous = { from: '2025-11-21', to: '2026-02-14' };
    const usd = (await report(maker.admin.token, period).expect(200)).body.currencies.find((c: { currency: string }) => c.currency === 'USD');
    const expected = bruteForce(orders, 'USD', { base: 0, perKm: 0 }, period);
    const before = bruteForce(orders, 'USD', { base: 0, perKm: 0 }, previous).dealers;
    expect(usd.orders).toBe(expected.orders);
    expect(usd.distance.kmSaved).toBeCloseTo(expected.kmSaved, 6);
    expect(usd.distanceBins.reduce((sum: number, b: { warehouseOrders: number }) => sum + b.warehouseOrders, 0)).toBe(expected.measured.length);
    within(
      usd.distance.fulfillerMedianKm,
      nearestRank(
        expected.measured.map((m) => m.fromKm),
        0.5,
      ),
    );
    for (const row of usd.dealers) {
      const want = expected.dealers.get(row.retailerId)!;
      expect([row.awards, row.bids, row.previousAwards]).toEqual([want.awards, want.bids, before.get(row.retailerId)?.awards ?? 0]);
    }
  });

  it('shows a manufacturer only its own store; ops see every store or the one they filter on', async () => {
    const own = (await report(maker.admin.token).expect(200)).body;
    const theirs = (await report(other.admin.token).expect(200)).body;
    const all = (await report(ops.token, {}, '/api/v1/ops/insight').expect(200)).body;
    const one = (await report(ops.token, { storeId }, '/api/v1/ops/insight').expect(200)).body;
    const usdOrders = (r: { currencies: { currency: string; orders: number }[] }) => r.currencies.find((c) => c.currency === 'USD')!.orders;
    expect(usdOrders(one)).toBe(usdOrders(own));
    expect(usdOrders(all)).toBe(usdOrders(own) + usdOrders(theirs));
    await report(maker.admin.token, {}, '/api/v1/ops/insight').expect(403);
    await t.http.post(`/api/v1/ops/insight/refresh/${storeId}`).set(bearer(maker.admin.token)).expect(403);
    // A store that does not exist is a 404, for the report and for a refresh.
    const unknown = '00000000-0000-4000-8000-000000000000';
    await report(ops.token, { storeId: unknown }, '/api/v1/ops/insight').expect(404);
    await t.http.post(`/api/v1/ops/insight/refresh/${unknown}`).set(bearer(ops.token)).expect(404);
  });

  it('gives the dealer table as CSV with the same figures', async () => {
    const csv = (await report(maker.admin.token, {}, '/api/v1/manufacturer/insight/csv').expect(200)).text;
    const [header, ...lines] = csv.trim().split('\n');
    expect(header).toBe(
      'currency,retailerId,name,awards,bids,winRate,chosen,shipped,meanShipHours,lateShare,declines,returns,ratings,rating,previousAwards,trend',
    );
    const usd = (await report(maker.admin.token).expect(200)).body.currencies.find((c: { currency: string }) => c.currency === 'USD');
    const first = lines.find((l) => l.startsWith(`USD,${usd.dealers[0].retailerId}`))!.split(',');
    expect(Number(first[3])).toBe(usd.dealers[0].awards);
  });

  it('refuses a bad period or rate table with a message that says what to change', async () => {
    expect((await report(maker.admin.token, { from: '2026-07-01', to: '2026-01-01' }).expect(400)).body.message).toMatch(/after the "from" day/);
    expect((await report(maker.admin.token, { from: '2025-01-01', to: '2026-07-01', granularity: 'day' }).expect(400)).body.message).toMatch(
      /weeks or months/,
    );
    expect((await report(maker.admin.token, { granularity: 'hour' }).expect(400)).body.message).toMatch(/granularity must be day, week or month/);
    const bad = await t.http
      .put('/api/v1/manufacturer/insight/shipping-rates')
      .set(bearer(maker.admin.token))
      .send({ baseMinor: -1, perUnitMinor: 10, unit: 'league' })
      .expect(400);
    expect(bad.body.message).toMatch(/baseMinor must not be less than 0.*unit must be km or mi/);
    await t.http
      .put('/api/v1/manufacturer/insight/shipping-rates')
      .set(bearer(maker.admin.token))
      .send({ baseMinor: 1, perUnitMinor: 1, unit: 'km', extra: 1 })
      .expect(400);
  });

  it('reads rows written since the last refresh only after the next one (the schedule or ops)', async () => {
    const before = (await report(maker.admin.token).expect(200)).body.currencies.find((c: { currency: string }) => c.currency === 'USD').orders;
    const more = await seedHistory(db, { id: storeId, manufacturerId: maker.id, warehouse: WAREHOUSE, shipByDays: SHIP_BY_DAYS }, shops, {
      orders: 40,
      start: new Date('2026-03-01T00:00:00Z'),
      days: 10,
      seed: 9,
      customersAround: PORTLAND,
    });
    const added = more.filter((o) => o.currency === 'USD' && o.kind !== 'cancelled' && o.kind !== 'unpaid').length;
    expect(added).toBeGreaterThan(0);
    expect((await report(maker.admin.token).expect(200)).body.currencies.find((c: { currency: string }) => c.currency === 'USD').orders).toBe(before);
    // As the quarter-hourly refresh does: the days from a start day on (and their months' rows) rebuilt, earlier ones kept.
    await t.app.get(InsightRefresh).refresh(storeId, new Date('2026-02-20T00:00:00Z'));
    const recent = (await report(maker.admin.token).expect(200)).body;
    expect(recent.currencies.find((c: { currency: string }) => c.currency === 'USD').orders).toBe(before + added);
    // A full rebuild (ops, or the nightly slot) reads the same.
    await t.http.post(`/api/v1/ops/insight/refresh/${storeId}`).set(bearer(ops.token)).expect(200);
    const full = (await report(maker.admin.token).expect(200)).body;
    expect({ ...full, refreshedAt: null }).toEqual({ ...recent, refreshedAt: null });
    orders.push(...more);
  });
});

describe("the insight pages' dealer table", () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let storeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.app.get(DataSource);
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    await db.query(`UPDATE stores SET warehouse_lat = $2, warehouse_lng = $3 WHERE manufacturer_id = $1`, [maker.id, WAREHOUSE.lat, WAREHOUSE.lng]);
    [{ id: storeId }] = await db.query(`SELECT id FROM stores WHERE manufacturer_id = $1`, [maker.id]);
    const shops = await seedShops(db, PORTLAND, 70, 31);
    await seedHistory(db, { id: storeId, manufacturerId: maker.id, warehouse: WAREHOUSE, shipByDays: SHIP_BY_DAYS }, shops, {
      orders: 900,
      start: new Date('2026-01-01T00:00:00Z'),
      days: 180,
      seed: 9,
      customersAround: PORTLAND,
    });
    await t.http.post(`/api/v1/ops/insight/refresh/${storeId}`).set(bearer(ops.token)).expect(200);
  });
  afterAll(() => t?.close());

  const dealerRows = (html: string) => {
    const table = /<table id="dealers-usd">([\s\S]*?)<\/table>/.exec(html)![1];
    return [...table.matchAll(/<tr><th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
  };
  const caption = (html: string) => /<table id="dealers-usd">\s*<caption>([^<]+)<\/caption>/.exec(html)![1];
  const nextLink = (html: string) => /<a href="([^"]+)" rel="next">/.exec(html)?.[1].replaceAll('&amp;', '&');

  it('shows 50 dealers a page in the order asked, each once, with links that keep the period and the sort; the CSV holds them all', async () => {
    const query = { ...PERIOD, sort: 'awards', order: 'desc' };
    const { body } = await t.http.get('/api/v1/manufacturer/insight').query(query).set(bearer(maker.admin.token)).expect(200);
    const all: string[] = body.currencies.find((c: { currency: string }) => c.currency === 'USD').dealers.map((d: { name: string }) => d.name);
    expect(all.length).toBeGreaterThan(50);

    const first = await t.http.get('/manufacturer/fulfilment-insight').query(query).set(bearer(maker.admin.token)).expect(200);
    expect(dealerRows(first.text)).toEqual(all.slice(0, 50));
    expect(caption(first.text)).toContain(`Dealers (${all.length}, 1–50 shown)`);
    const next = new URL(nextLink(first.text)!, 'http://x');
    expect(Object.fromEntries(next.searchParams)).toEqual({ ...query, granularity: 'week', offset: '50' });

    const second = await t.http.get(`${next.pathname}${next.search}`).set(bearer(maker.admin.token)).expect(200);
    expect(dealerRows(second.text)).toEqual(all.slice(50, 100));
    expect(caption(second.text)).toContain(`Dealers (${all.length}, 51–${Math.min(100, all.length)} shown)`);
    expect(second.text).toContain('rel="prev"');
    // Only the page is cut: the CSV still lists every dealer (a line per dealer and currency).
    const csv = await t.http.get('/manufacturer/fulfilment-insight/csv').query(query).set(bearer(maker.admin.token)).expect(200);
    expect(csv.text.split('\n').filter((line) => line.startsWith('USD,')).length).toBe(all.length);

    // A hand-edited offset past the end shows the last page; one that is not a number, the first.
    const past = await t.http
      .get('/manufacturer/fulfilment-insight')
      .query({ ...query, offset: '5000' })
      .set(bearer(maker.admin.token))
      .expect(200);
    expect(dealerRows(past.text)).toEqual(all.slice(all.length - 1 - ((all.length - 1) % 50)));
    const junk = await t.http
      .get('/manufacturer/fulfilment-insight')
      .query({ ...query, offset: 'x' })
      .set(bearer(maker.admin.token))
      .expect(200);
    expect(dealerRows(junk.text)).toEqual(all.slice(0, 50));
  });

  it("pages ops' table for the store chosen, keeping the choice in its links", async () => {
    const query = { ...PERIOD, storeId, sort: 'name', order: 'asc' };
    const first = await t.http.get('/ops/fulfilment-insight').query(query).set(bearer(ops.token)).expect(200);
    const next = new URL(nextLink(first.text)!, 'http://x');
    expect(next.searchParams.get('storeId')).toBe(storeId);
    expect(next.searchParams.get('sort')).toBe('name');
    const second = await t.http.get(`${next.pathname}${next.search}`).set(bearer(ops.token)).expect(200);
    const names = [...dealerRows(first.text), ...dealerRows(second.text)];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(new Set(names).size).toBe(names.length);
  });
});
