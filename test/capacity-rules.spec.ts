import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { LOST_REASON } from '../src/board/board.sql';
import { RerouteService } from '../src/fulfilment/reroute.service';
import { Clock } from '../src/resolution/clock';
import { haversineKm } from '../src/geo/distance';
import { capacityOracle, expectedAwardNote, expectedLostReason, localDay, RuleDecision, Taken } from './support/capacity-rule';
import { Account, bearer, createOps } from './support/factories';
import { awardAnomalies, Scenario, seedScenario, waitForRun } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { itKeepsDealerRecords } from './support/dealer-record-counts';

const HOUR = 3600_000;
// A day in the future, so the seeded orders' windows have closed by then: 10:00 and 14:00 UTC are that same
// date in Los Angeles too; 05:00 UTC the next day is a new day in UTC but still the evening before there.
const DAY = Date.UTC(2031, 5, 10);
const CUTOFFS = [new Date(DAY + 10 * HOUR), new Date(DAY + 14 * HOUR), new Date(DAY + 29 * HOUR)];

interface AwardRow {
  order_id: string;
  kind: string;
  bid_id: string | null;
  location_id: string | null;
  local_day: string | null;
}

describe("the award rule with daily capacity and the customer's chosen dealer", () => {
  let t: TestApp;
  let db: DataSource;
  let ops: Account;

  beforeAll(async () => {
    // Small batches and parts, no Redis: every part of a run (and of two runs) works at once.
    t = await startTestApp({ REDIS_URL: '', RESOLVE_BATCH_SIZE: '19', RESOLVE_PART_SIZE: '60' });
    db = t.app.get(DataSource);
    ops = await createOps(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const startRun = async (at: Date, manufacturerId?: string) => {
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
    return (await t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: false, manufacturerId }).expect(202)).body
      .id as string;
  };
  const runAt = async (at: Date, manufacturerId?: string) => waitForRun(t, ops.token, await startRun(at, manufacturerId));

  const liveAwardsOf = async (orderIds: string[]): Promise<Map<string, AwardRow>> => {
    const rows: AwardRow[] = await db.query(
      `SELECT order_id, kind, bid_id, location_id, local_day::text FROM awards WHERE superseded_at IS NULL AND order_id = ANY($1)`,
      [orderIds],
    );
    return new Map(rows.map((row) => [row.order_id, row]));
  };

  const expectAwards = async (expected: Map<string, RuleDecision>) => {
    const actual = await liveAwardsOf([...expected.keys()]);
    expect(actual.size).toBe(expected.size);
    for (const [orderId, decision] of expected) {
      const award = actual.get(orderId)!;
      expect({ orderId, kind: award.kind, bidId: award.bid_id, day: award.local_day }).toEqual({
        orderId,
        kind: decision.kind,
        bidId: decision.bidId,
        day: decision.localDay,
      });
    }
  };

  /** Awards per location and local day never above the location's cap. */
  const overCap = async () => {
    const [row] = await db.query(
      `SELECT count(*)::int AS n FROM (
         SELECT a.location_id, a.local_day FROM awards a JOIN retailer_locations l ON l.id = a.location_id
          WHERE a.local_day IS NOT NULL AND l.daily_capacity IS NOT NULL
          GROUP BY a.location_id, a.local_day, l.daily_capacity HAVING count(*) > l.daily_capacity) x`,
    );
    return row.n as number;
  };

  const setResolvesAt = (orderIds: string[], at: Date) =>
    db.query(`UPDATE orders SET resolves_at = $2 WHERE id = ANY($1)`, [orderIds, new Date(at.getTime() - 60_000)]);

  it('follows the README rule across two runs of one day and a new local day, with ties, chosen dealers and cancellations', async () => {
    const scenario = await seedScenario(db, { seed: 31, orders: 420, retailers: 45, capShare: 0.6, maxCap: 3, chosenShare: 0.25, openShare: 0 });
    const groups = [0, 1, 2].map((g) => scenario.orders.filter((_, i) => i % 3 === g));
    for (const [g, orders] of groups.entries())
      await setResolvesAt(
        orders.map((o) => o.id),
        CUTOFFS[g],
      );
    const cancelled = groups[2].slice(0, 12).map((o) => o.id);
    await db.query(`UPDATE orders SET status = 'cancelled', cancelled_at = now() WHERE id = ANY($1)`, [cancelled]);

    const taken: Taken = new Map();
    const decided = new Map<string, RuleDecision>();
    const [maker] = scenario.manufacturerIds;
    // Run 1: one manufacturer's first group. Run 2, the same local day: the rest so far. Run 3: the next UTC day.
    const runs: [Date, string | undefined, (o: Scenario['orders'][number]) => boolean][] = [
      [CUTOFFS[0], maker, (o) => groups[0].includes(o) && o.manufacturerId === maker],
      [CUTOFFS[1], undefined, (o) => !groups[2].includes(o)],
      [CUTOFFS[2], undefined, () => true],
    ];
    for (const [cutoff, manufacturerId, due] of runs) {
      const ids = new Set(scenario.orders.filter((o) => due(o) && !decided.has(o.id) && !cancelled.includes(o.id)).map((o) => o.id));
      const expected = capacityOracle(scenario, ids, cutoff, taken);
      const run = await runAt(cutoff, manufacturerId);
      expect(run.state).toBe('completed');
      expect(run.counts.considered).toBe(expected.size);
      await expectAwards(expected);
      for (const [id, decision] of expected) decided.set(id, decision);
    }
    expect(await overCap()).toBe(0);
    expect(await awardAnomalies(db)).toBe(0);

    // What the scenario exercised: caps that turned bids away, chosen dealers that won from farther away,
    // a Los Angeles location whose third run still counted on the first day, and exact ties on distance.
    const lost = await db.query(
      `SELECT b.id, b.order_id, ${LOST_REASON} AS why FROM bids b JOIN orders o ON o.id = b.order_id
        WHERE o.status <> 'posted' AND b.status = 'open' AND NOT EXISTS (SELECT 1 FROM awards a WHERE a.bid_id = b.id AND a.superseded_at IS NULL)`,
    );
    const codes = lost.map((row: { why: { code: string } }) => row.why.code);
    for (const code of ['no_capacity', 'chosen_dealer', 'nearer_dealer', 'order_cancelled']) expect(codes).toContain(code);
    const fartherChosen = [...decided].filter(([id, d]) => {
      const order = scenario.orders.find((o) => o.id === id)!;
      if (d.retailerId !== order.chosenRetailerId) return false;
      return scenario.bids.some(
        (b) =>
          b.orderId === id &&
          b.id !== d.bidId &&
          (() => {
            const at = scenario.locations.get(b.locationId)!;
            return haversineKm(order.lat, order.lng, at.lat, at.lng) < d.distanceKm!;
          })(),
      );
    });
    expect(fartherChosen.length).toBeGreaterThan(0);
    const laDays = await db.query(
      `SELECT DISTINCT a.local_day::text AS day FROM awards a JOIN retailer_locations l ON l.id = a.location_id
        WHERE l.time_zone = 'America/Los_Angeles' AND l.daily_capacity IS NOT NULL`,
    );
    expect(laDays.map((r: { day: string }) => r.day)).toEqual([localDay('America/Los_Angeles', CUTOFFS[2])]);

    // Every award says why in the README's words: a capped winner past a full nearer location (the capacity step) and
    // an uncapped one past it (the batches) are not "the nearest"; an order its bidders had no room for was bid on.
    const notes: { order_id: string; reason: string }[] = await db.query(
      `SELECT order_id, reason FROM awards WHERE superseded_at IS NULL AND order_id = ANY($1)`,
      [[...decided.keys()]],
    );
    for (const { order_id: orderId, reason } of notes) {
      expect({ orderId, reason }).toEqual({ orderId, reason: expect.stringMatching(expectedAwardNote(scenario, orderId, decided.get(orderId)!)) });
    }
    const cappedWinner = (orderId: string) => scenario.locations.get(decided.get(orderId)!.locationId!)!.cap !== null;
    const pastFull = notes.filter((n) => /could take more orders that day/.test(n.reason));
    expect(pastFull.some((n) => cappedWinner(n.order_id))).toBe(true);
    expect(pastFull.some((n) => !cappedWinner(n.order_id))).toBe(true);
    expect(notes.some((n) => n.reason.startsWith('The dealers who bid could take no more orders that day'))).toBe(true);

    // Every lost bid carries the reason the README's words give it, and never the winner or the customer.
    for (const row of lost) {
      if (cancelled.includes(row.order_id)) {
        expect(row.why).toEqual({ code: 'order_cancelled', message: 'The order was cancelled before it was decided' });
        continue;
      }
      const expected = expectedLostReason(scenario, row.id, decided.get(row.order_id)!);
      expect({ bid: row.id, ...row.why, message: undefined, winnerDistanceKm: undefined }).toEqual({
        bid: row.id,
        ...expected,
        message: undefined,
        winnerDistanceKm: undefined,
      });
      if (expected.code === 'nearer_dealer') expect(Number.isInteger(row.why.winnerDistanceKm)).toBe(true);
    }
    expect(lost.length).toBeGreaterThan(100);
  });

  it('re-routes a declined order to the next bidder with capacity left that day, else the manufacturer', async () => {
    const scenario = await seedScenario(db, { seed: 47, orders: 240, retailers: 30, capShare: 0.7, maxCap: 2, chosenShare: 0.1, openShare: 0 });
    const ids = new Set(scenario.orders.map((o) => o.id));
    await setResolvesAt([...ids], CUTOFFS[0]);
    const taken: Taken = new Map();
    const decided = capacityOracle(scenario, ids, CUTOFFS[0], taken);
    await runAt(CUTOFFS[0]);
    await expectAwards(decided);

    // Decline the first 25 retailer awards with other bids, one after another, an hour later (the same local day).
    const at = new Date(CUTOFFS[0].getTime() + HOUR);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
    const reroute = t.app.get(RerouteService);
    const declined = [...decided].filter(([id, d]) => d.kind === 'retailer' && scenario.bids.filter((b) => b.orderId === id).length > 1).slice(0, 25);
    let toManufacturer = 0;
    let passedOverFull = 0;
    for (const [orderId, award] of declined) {
      const order = scenario.orders.find((o) => o.id === orderId)!;
      // README step 5: the remaining bids in the rule's order; the first whose location has capacity left wins.
      const rest = scenario.bids.filter((b) => b.orderId === orderId && b.retailerId !== award.retailerId);
      const ranked = capacityOracle({ ...scenario, bids: rest, orders: [order] }, new Set([orderId]), at, new Map(taken));
      const next = ranked.get(orderId)!;
      const nearestRest = capacityOracle(
        { ...scenario, bids: rest, orders: [order], locations: uncapped(scenario) },
        new Set([orderId]),
        at,
        new Map(),
      );
      if (next.bidId !== nearestRest.get(orderId)!.bidId) passedOverFull++;
      capacityOracle({ ...scenario, bids: rest, orders: [order] }, new Set([orderId]), at, taken);

      await reroute.decline({ kind: 'user', role: Role.Retailer, retailerId: award.retailerId!, isAdmin: true }, orderId, 'Out of stock after all');
      const live = (await liveAwardsOf([orderId])).get(orderId)!;
      expect({ orderId, kind: live.kind, bidId: live.bid_id, day: live.local_day }).toEqual({
        orderId,
        kind: next.kind,
        bidId: next.bidId,
        day: next.localDay,
      });
      if (next.kind === 'manufacturer') {
        toManufacturer++;
        // Others bid but none had room: the customer is not told that nobody bid.
        const [{ reason }] = await db.query(`SELECT reason FROM awards WHERE superseded_at IS NULL AND order_id = $1`, [orderId]);
        expect(reason).toMatch(/^No other dealer who bid could take it, so .+ ships it itself$/);
        // Their bids were weighed by the rule and had no room: they read so (not "passed to the manufacturer").
        const why = await db.query(
          `SELECT ${LOST_REASON} AS why FROM bids b JOIN orders o ON o.id = b.order_id WHERE b.order_id = $1 AND b.status = 'open'`,
          [orderId],
        );
        expect(why.length).toBeGreaterThan(0);
        for (const row of why) expect(row.why.code).toBe('no_capacity');
      }
    }
    expect(passedOverFull).toBeGreaterThan(0);
    expect(toManufacturer).toBeGreaterThan(0);
    expect(await overCap()).toBe(0);
  });

  it('two runs at once award each order once, as the rule does, and never exceed a cap', async () => {
    const scenario = await seedScenario(db, {
      seed: 53,
      orders: 500,
      retailers: 60,
      manufacturers: 3,
      capShare: 0.5,
      maxCap: 3,
      chosenShare: 0.2,
      openShare: 0,
    });
    const ids = new Set(scenario.orders.map((o) => o.id));
    await setResolvesAt([...ids], CUTOFFS[0]);
    const expected = capacityOracle(scenario, ids, CUTOFFS[0], new Map());

    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(CUTOFFS[0]);
    const start = () => t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: false }).expect(202);
    const [a, b] = await Promise.all([start(), start()]);
    const runs = await Promise.all([waitForRun(t, ops.token, a.body.id), waitForRun(t, ops.token, b.body.id)]);

    expect(runs.map((run) => run.state)).toEqual(['completed', 'completed']);
    expect(runs[0].counts.considered + runs[1].counts.considered).toBe(expected.size);
    expect(await awardAnomalies(db)).toBe(0);
    expect(await overCap()).toBe(0);
    await expectAwards(expected);
  });

  it('a dry run counts what the rule would award, capacity included, and writes no award', async () => {
    const scenario = await seedScenario(db, { seed: 59, orders: 200, retailers: 25, capShare: 0.8, maxCap: 1, chosenShare: 0.2, openShare: 0 });
    const ids = new Set(scenario.orders.map((o) => o.id));
    await setResolvesAt([...ids], CUTOFFS[0]);
    const expected = capacityOracle(scenario, ids, CUTOFFS[0], new Map());
    const retailer = [...expected.values()].filter((d) => d.kind === 'retailer').length;

    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(CUTOFFS[0]);
    const started = await t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: true }).expect(202);
    const run = await waitForRun(t, ops.token, started.body.id);
    expect(run.counts).toEqual({ considered: expected.size, awardedRetailer: retailer, awardedManufacturer: expected.size - retailer });
    expect((await liveAwardsOf([...ids])).size).toBe(0);
    const [left] = await db.query(
      `SELECT (SELECT count(*) FROM resolution_caps WHERE run_id = $1)::int + (SELECT count(*) FROM resolution_planned_awards WHERE run_id = $1)::int AS n`,
      [run.id],
    );
    expect(left.n).toBe(0);
  });

  itKeepsDealerRecords(() => t);
});

/** The scenario's locations without caps: the plain nearest rule, to tell when capacity changed the outcome. */
function uncapped(scenario: Scenario): Scenario['locations'] {
  return new Map([...scenario.locations].map(([id, l]) => [id, { ...l, cap: null }]));
}
