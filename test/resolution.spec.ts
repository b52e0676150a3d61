import { DataSource } from 'typeorm';
import { BID_STATUS } from '../src/board/board.sql';
import { Clock } from '../src/resolution/clock';
import { ResolutionScheduler } from '../src/resolution/resolution.scheduler';
import { JobQueue } from '../src/queue/job-queue';
import { Account, bearer, createManufacturer, createOps } from './support/factories';
import { awardAnomalies, expectedCounts, liveAwards, oracle, seedScenario, waitForRun } from './support/resolution';
import { eventually } from './support/eventually';
import { NotificationDelivery } from '../src/notifications/notification-delivery.service';
import { startTestApp, TestApp } from './support/test-app';
import { itKeepsDealerRecords } from './support/dealer-record-counts';

describe('the daily resolver', () => {
  let t: TestApp;
  let db: DataSource;
  let ops: Account;

  beforeAll(async () => {
    // Small batches and parts so a few hundred orders exercise many batches and jobs.
    t = await startTestApp({ RESOLVE_BATCH_SIZE: '23', RESOLVE_PART_SIZE: '70' });
    db = t.app.get(DataSource);
    ops = await createOps(t);
  });
  afterAll(() => t.close());

  const start = (body: object) => t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send(body);

  it('awards every due order like a brute-force oracle: nearest bid, then earlier bid, then lower retailer id; no bid → manufacturer', async () => {
    const scenario = await seedScenario(db, { seed: 7, orders: 400, retailers: 90 });
    const expected = oracle(scenario);

    const started = await start({ dryRun: false }).expect(202);
    expect(started.body).toMatchObject({ trigger: 'ops', dryRun: false });
    const run = await waitForRun(t, ops.token, started.body.id);

    expect(run.state).toBe('completed');
    expect(run.parts.total).toBeGreaterThan(2);
    expect(run.parts.done).toBe(run.parts.total);
    expect(run.progressPercent).toBe(100);
    const counts = expectedCounts(expected);
    expect(run.counts).toEqual({
      considered: counts.considered,
      awardedRetailer: counts.awardedRetailer,
      awardedManufacturer: counts.awardedManufacturer,
    });
    expect(run.distance).toEqual({ meanKm: counts.meanKm, maxKm: counts.maxKm });

    const actual = await liveAwards(db);
    expect(actual.size).toBe(expected.size);
    for (const [orderId, decision] of expected) {
      const award = actual.get(orderId);
      expect({ orderId, ...award, distanceKm: undefined }).toEqual({ orderId, ...decision, distanceKm: undefined });
      if (decision.distanceKm !== null) expect(award!.distanceKm).toBeCloseTo(decision.distanceKm, 6);
    }
    // Orders whose window is still open stay on the board, with their bids open.
    const stillOpen = scenario.orders.filter((o) => !o.due).map((o) => o.id);
    const [board] = await db.query(`SELECT count(*)::int AS n FROM orders WHERE id = ANY($1) AND status = 'posted'`, [stillOpen]);
    expect(board.n).toBe(stillOpen.length);
    // Each awarded order's bids read as settled, as their retailers see them: exactly the winner won.
    const bids = await db.query(`SELECT b.id, ${BID_STATUS} AS status FROM bids b JOIN orders o ON o.id = b.order_id WHERE o.status <> 'posted'`);
    const winners = new Set([...expected.values()].map((d) => d.bidId));
    for (const bid of bids) expect(bid.status).toBe(winners.has(bid.id) ? 'won' : 'lost');
  });

  it("shows the award and its reason in the order's history on the customer's tracking page", async () => {
    const timeline = async (kind: string): Promise<string[][]> => {
      const [order] = await db.query(
        `SELECT o.tracking_token FROM orders o JOIN awards a ON a.order_id = o.id WHERE a.kind = $1 AND a.run_id IS NOT NULL LIMIT 1`,
        [kind],
      );
      const tracked = await t.http.get(`/api/v1/orders/track/${order.tracking_token}`).expect(200);
      return tracked.body.timeline.map((entry: { status: string; note: string }) => [entry.status, entry.note]);
    };
    // The scenario's orders were written straight to the database, so the award is their only entry.
    const [[status, note]] = await timeline('retailer');
    expect(status).toBe('awarded_retailer');
    // Stored in km; the scenario's customers are in the US, so they read miles.
    expect(note).toMatch(/^The nearest dealer who confirmed they had it in stock, [\d,]+(\.\d)? mi away$/);
    const [[fallbackStatus, fallbackNote]] = await timeline('manufacturer');
    expect(fallbackStatus).toBe('awarded_manufacturer');
    expect(fallbackNote).toMatch(/^No retailer bid on it, so Maker .+ ships it itself$/);
  });

  it("announces each award once: a batch's outbox row becomes one customer e-mail per order, and delivering it again writes nothing", async () => {
    const [{ awarded }] = await db.query(`SELECT count(*)::int AS awarded FROM awards WHERE run_id IS NOT NULL`);
    const mails = async () => {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE channel = 'email' AND event = 'order.awarded'`);
      return n as number;
    };
    await eventually(async () => (await mails()) === awarded, 'the award e-mails');
    const batches: { id: string; state: string }[] = await db.query(`SELECT id, state FROM notifications WHERE channel = 'batch'`);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.every((batch) => batch.state === 'delivered')).toBe(true);

    // Delivered rows are not expanded again, whoever hands them over.
    const delivery = t.app.get(NotificationDelivery);
    await Promise.all(batches.slice(0, 3).map(({ id }) => delivery.deliver({ notificationId: id })));
    expect(await mails()).toBe(awarded);

    // Two jobs for one pending batch row at once (a duplicate hand-over) write its messages once.
    const [{ id, order_ids }] = await db.query(`SELECT id, payload->'orderIds' AS order_ids FROM notifications WHERE id = $1`, [batches[0].id]);
    await db.query(`DELETE FROM notifications WHERE channel = 'email' AND event = 'order.awarded' AND order_id = ANY($1::uuid[])`, [order_ids]);
    await db.query(`UPDATE notifications SET state = 'pending', lease_until = NULL, delivered_at = NULL WHERE id = $1`, [id]);
    expect(await mails()).toBe(awarded - order_ids.length);
    await Promise.all([delivery.deliver({ notificationId: id }), delivery.deliver({ notificationId: id })]);
    expect(await mails()).toBe(awarded);
  });

  it('a dry run reports the would-be awards with examples and writes nothing', async () => {
    const scenario = await seedScenario(db, { seed: 11, orders: 150, retailers: 40 });
    const maker = scenario.manufacturerIds[0];
    const expected = oracle(scenario, maker);
    const before = await db.query(`SELECT count(*)::int AS n FROM awards`);

    const started = await start({ dryRun: true, manufacturerId: maker }).expect(202);
    const run = await waitForRun(t, ops.token, started.body.id);

    const counts = expectedCounts(expected);
    expect(run).toMatchObject({ state: 'completed', dryRun: true, manufacturerId: maker });
    expect(run.counts).toEqual({
      considered: counts.considered,
      awardedRetailer: counts.awardedRetailer,
      awardedManufacturer: counts.awardedManufacturer,
    });
    expect(run.distance.maxKm).toBe(counts.maxKm);
    expect(run.sample.length).toBeGreaterThan(0);
    expect(run.sample[0]).toEqual(expect.objectContaining({ orderNumber: expect.any(String), reason: expect.any(String) }));
    expect(await db.query(`SELECT count(*)::int AS n FROM awards`)).toEqual(before);
    const [posted] = await db.query(`SELECT count(*)::int AS n FROM orders WHERE manufacturer_id = $1 AND status = 'posted'`, [maker]);
    expect(posted.n).toBe(scenario.orders.filter((o) => o.manufacturerId === maker).length);
  });

  it("a manufacturer's run resolves only that manufacturer's orders", async () => {
    const scenario = await seedScenario(db, { seed: 13, orders: 60, retailers: 20 });
    const [mine, other] = scenario.manufacturerIds;
    const run = await waitForRun(t, ops.token, (await start({ dryRun: false, manufacturerId: mine }).expect(202)).body.id);
    expect(run.counts.considered).toBe(oracle(scenario, mine).size);
    const [left] = await db.query(`SELECT count(*)::int AS n FROM orders WHERE manufacturer_id = $1 AND status = 'posted'`, [other]);
    expect(left.n).toBe(scenario.orders.filter((o) => o.manufacturerId === other).length);
  });

  it('the scheduled tick makes one run per slot, however often it fires', async () => {
    await seedScenario(db, { seed: 17, orders: 30, retailers: 10 });
    const scheduler = t.app.get(ResolutionScheduler);
    const slotTime = new Date('2031-03-04T02:00:20Z');
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(slotTime);
    const scheduledRuns = () => db.query(`SELECT id, slot_key AS "slotKey" FROM resolution_runs WHERE trigger = 'schedule' ORDER BY created_at`);
    const before = await scheduledRuns();
    const due = new Date('2031-03-04T02:00:00Z');
    await Promise.all([scheduler.tick(due), scheduler.tick(due), scheduler.tick(due)]);
    const run = await eventually(
      async () => (await scheduledRuns()).find((r: { id: string }) => !before.some((b: { id: string }) => b.id === r.id)),
      'the scheduled run',
    );
    // Counted by trigger, not looked up by its (unique) slot key, so a second run would show.
    await new Promise((r) => setTimeout(r, 300));
    expect(await scheduledRuns()).toEqual([...before, { id: run.id, slotKey: 'schedule:2031-03-04T02:00Z' }]);
    expect(await waitForRun(t, ops.token, run.id)).toMatchObject({ trigger: 'schedule', state: 'completed' });
    expect(await awardAnomalies(db)).toBe(0);
  });

  it('lists runs newest first, answers 404 for an unknown run and 403 to non-ops', async () => {
    const list = await t.http.get('/api/v1/ops/resolutions?limit=2').set(bearer(ops.token)).expect(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.total).toBeGreaterThanOrEqual(4);
    expect(new Date(list.body.items[0].createdAt) >= new Date(list.body.items[1].createdAt)).toBe(true);
    await t.http.get('/api/v1/ops/resolutions/00000000-0000-4000-8000-000000000000').set(bearer(ops.token)).expect(404);
    const maker = await createManufacturer(t, ops);
    await t.http.post('/api/v1/ops/resolutions').set(bearer(maker.admin.token)).send({ dryRun: true }).expect(403);
    await start({ dryRun: true, manufacturerId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await start({ dryRun: true, force: true }).expect(400);
    await t.app.get(JobQueue).drain();
  });

  itKeepsDealerRecords(() => t);
});
