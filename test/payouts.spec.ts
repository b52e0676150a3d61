import { DataSource } from 'typeorm';
import { PayoutRuns } from '../src/payouts/payout-runs.service';
import { addLocation, LocationFixture, makeDealer, northOf, PORTLAND } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createOps, createRetailer, Tenant } from './support/factories';
import { ProductFixture, returnedToShop } from './support/marketplace';
import { everything, payoutDriver, PayoutDriver } from './support/payouts';
import { pickedUpOrder } from './support/pickup';
import { bikeAndBellStore } from './support/portland-store';
import { startTestApp, TestApp } from './support/test-app';

// Fulfilment price 1,100.00: fee 9.5% + 1.29 = 105.79, net 994.21. A bell: 20.00, fee 3.19, net 16.81.
const BIKE_NET = 110_000 - 10_579;
const BELL_NET = 2_000 - 319;

describe('payouts to fulfillers', () => {
  let t: TestApp;
  let db: DataSource;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let slug: string;
  let bike: ProductFixture;
  let bell: ProductFixture;
  let floor: LocationFixture;
  let pay: PayoutDriver;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    ops = await createOps(t);
    ({ maker, slug, bike, bell, shop, floor } = await bikeAndBellStore(t, ops));
    pay = payoutDriver(t, ops);
  });
  afterAll(() => t?.close());

  const period = everything;

  it('holds the payout of a fulfiller without a payout account, and tells its admins', async () => {
    await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    expect((await t.http.get('/api/v1/retailer/payouts/account').set(bearer(shop.admin.token)).expect(200)).body).toMatchObject({
      state: 'none',
      testMode: true,
    });

    const run = await pay.payOutNow();
    // The shop's net and the manufacturer's share of the order: neither has a payout account yet.
    expect(run.counts).toEqual({ held: 2 });
    const [held] = await pay.payoutsOf(shop);
    expect(held).toMatchObject({
      status: 'held',
      currency: 'USD',
      amountMinor: BIKE_NET,
      holdReason: 'No payout account set up yet',
      transferId: null,
    });
    const [makers] = await pay.payoutsOf(maker, 'manufacturer');
    expect(makers).toMatchObject({ status: 'held', currency: 'USD', amountMinor: 129_900 - 110_000, transferId: null });
    const onHold = (await t.http.get('/api/v1/ops/payouts?status=held').set(bearer(ops.token)).expect(200)).body.map((p: { id: string }) => p.id);
    expect(onHold.sort()).toEqual([held.id, makers.id].sort());
    const told = await db.query(`SELECT payload FROM notifications WHERE event = 'payout.held' AND channel = 'email' ORDER BY id`);
    expect(told.map((n: { payload: object }) => n.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: shop.admin.userId, payoutId: held.id }),
        expect.objectContaining({ userId: maker.admin.userId, payoutId: makers.id, fulfillerKind: 'manufacturer' }),
      ]),
    );
    expect(told).toHaveLength(2);
    expect(await pay.transfers()).toEqual([]);
  });

  it('pays the held payout as one transfer once onboarding on the provider page is finished', async () => {
    expect(await pay.onboard(shop)).toMatchObject({ state: 'enabled', requirementsDue: [] });
    const paid = await eventually(async () => {
      const [payout] = await pay.payoutsOf(shop);
      return payout.status === 'paid' && payout;
    }, 'the released payout to be paid');
    expect(paid).toMatchObject({ amountMinor: BIKE_NET, transferId: expect.stringMatching(/^ttr_/), attempts: 1 });
    expect(await pay.transfers()).toEqual([{ account_id: expect.stringMatching(/^tacct_/), currency: 'USD', amount: BIKE_NET }]);
    const detail = await t.http.get(`/api/v1/retailer/payouts/${paid.id}`).set(bearer(shop.admin.token)).expect(200);
    expect(detail.body.lines).toEqual([expect.objectContaining({ kind: 'order', receivesMinor: BIKE_NET, payoutId: paid.id, payoutStatus: 'paid' })]);
    // Another fulfiller does not see it.
    await t.http.get(`/api/v1/manufacturer/payouts/${paid.id}`).set(bearer(maker.admin.token)).expect(404);
  });

  it('pays a period once however often a run is repeated, and nothing when nothing is new', async () => {
    const run = await pay.payOutNow();
    // Only the manufacturer's share, held again until it sets up payouts (it never does in this file).
    expect(run.counts).toEqual({ held: 1 });
    // The same slot run again (a retried or stalled job) decides nothing new.
    const [last] = await db.query(`SELECT slot_key, cutoff FROM payout_runs ORDER BY started_at LIMIT 1`);
    await t.app.get(PayoutRuns).run({ slotKey: last.slot_key, cutoff: last.cutoff.toISOString(), trigger: 'ops' });
    expect(await pay.transfers()).toHaveLength(1);
  });

  it('carries a negative balance forward: a return after the payout is taken from the next one', async () => {
    const order = await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    await pay.payOutNow();
    await pay.transfersReach(2);
    // The bike comes back: its net is reversed, and nothing else was shipped since.
    await returnedToShop(t, shop, order.trackingToken, [{ sku: bike.sku, quantity: 1, reason: 'Too small' }]);

    const carried = await pay.payOutNow();
    expect(carried.counts).toEqual({ carried: 1, held: 1 });
    expect((await pay.payoutsOf(shop))[0]).toMatchObject({ status: 'carried', amountMinor: -BIKE_NET, transferId: null });
    expect(await pay.transfers()).toHaveLength(2);

    // A bike and two bells later the balance is positive again: one transfer of the two nets less the reversal.
    await pickedUpOrder(t, slug, shop, floor.id, [
      { sku: bike.sku, quantity: 1 },
      { sku: bell.sku, quantity: 2 },
    ]);
    await pay.payOutNow();
    const transferred = await pay.transfersReach(3);
    const [paidRun] = (await t.http.get('/api/v1/ops/payout-runs').set(bearer(ops.token)).expect(200)).body;
    expect(paidRun.counts).toEqual({ paid: 1, held: 1 });
    // One order of 1,140.00 fulfilment price: fee 108.30 + 1.29 = 109.59, net 1,030.41; less the returned bike's 994.21.
    expect(paidRun.paidMinor).toEqual({ USD: 114_000 - 10_959 - BIKE_NET });
    const latest = (await pay.payoutsOf(shop))[0];
    expect(transferred.at(-1).amount).toBe(latest.amountMinor);
    const detail = await t.http.get(`/api/v1/retailer/payouts/${latest.id}`).set(bearer(shop.admin.token)).expect(200);
    expect(detail.body.lines.map((l: { kind: string }) => l.kind).sort()).toEqual(['order', 'return']);
    expect(detail.body.lines.reduce((sum: number, l: { receivesMinor: number }) => sum + l.receivesMinor, 0)).toBe(latest.amountMinor);
  });

  it('shows each line’s payout on the statement and in its CSV', async () => {
    const statement = (await t.http.get(`/api/v1/retailer/statements?${period()}`).set(bearer(shop.admin.token)).expect(200)).body;
    expect(statement.lines.every((l: { payoutStatus: string }) => ['paid'].includes(l.payoutStatus))).toBe(true);
    const csv = (await t.http.get(`/api/v1/retailer/statements/csv?${period()}`).set(bearer(shop.admin.token)).expect(200)).text.trim().split('\n');
    expect(csv[0]).toMatch(/,payoutId,payoutStatus,payoutPaidAt$/);
    expect(csv.slice(1).every((line) => /,[0-9a-f-]{36},paid,\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(line))).toBe(true);
    // The manufacturer's statement shows the payout of its own share (none: held), not what the retailer was paid.
    const makers = (await t.http.get(`/api/v1/manufacturer/statements?${period()}`).set(bearer(maker.admin.token)).expect(200)).body;
    expect(makers.lines.every((l: { payoutId: string | null }) => l.payoutId === null)).toBe(true);
  });

  it('fails a transfer the provider refuses, shows it to ops, and pays it once on retry', async () => {
    const other = await createRetailer(t, ops, 'Gorge Cyclery');
    const spot = await addLocation(t, other, northOf(PORTLAND, 5));
    await makeDealer(t, maker, other);
    await pickedUpOrder(t, slug, other, spot.id, [{ sku: bell.sku, quantity: 1 }]);
    // Its account is started but not finished at the provider, while our copy (stale) says it is enabled.
    await t.http.post('/api/v1/retailer/payouts/account/onboarding').set(bearer(other.admin.token)).expect(200);
    await db.query(`UPDATE payout_accounts SET payouts_enabled = true WHERE fulfiller_id = $1`, [other.id]);
    await pay.payOutNow();
    const failed = await eventually(async () => {
      const list = (await t.http.get('/api/v1/ops/payouts?status=failed').set(bearer(ops.token)).expect(200)).body;
      return list.length === 1 && list[0];
    }, 'the failed payout');
    expect(failed).toMatchObject({
      fulfillerName: 'Gorge Cyclery',
      amountMinor: BELL_NET,
      attempts: 1,
      lastError: expect.stringMatching(/onboarding unfinished/),
    });
    // A failed payout blocks the next run's payout of the same lines (which would pay them under another key).
    expect((await pay.payOutNow()).counts).toEqual({ held: 1 });

    await pay.onboard(other);
    await t.http.post(`/api/v1/ops/payouts/${failed.id}/retry`).set(bearer(ops.token)).expect(204);
    await eventually(
      async () => (await t.http.get(`/api/v1/ops/payouts/${failed.id}`).set(bearer(ops.token)).expect(200)).body.status === 'paid',
      'the retried payout',
    );
    const again = await t.http.post(`/api/v1/ops/payouts/${failed.id}/retry`).set(bearer(ops.token)).expect(409);
    expect(again.body.message).toBe('Only a failed payout can be retried; this one is paid');
    expect((await pay.transfers()).filter((r: { amount: number }) => r.amount === BELL_NET)).toHaveLength(1);
  });

  it('reconciles to 0: captured − refunded equals the customer totals, transferred equals the fulfillers’ nets', async () => {
    const reconcile = async (query = period()) =>
      (await t.http.get(`/api/v1/ops/reconciliation?${query}`).set(bearer(ops.token)).expect(200)).body.currencies;
    // Captures (at hand-over) and the refund (at receipt) are jobs of their own: wait until the provider has them all.
    const [usd] = await eventually(async () => {
      const rows = await reconcile();
      return rows[0]?.refundedMinor > 0 && rows[0].capturedMinor === 3 * 129_900 + 5_000 + 2_500 ? rows : undefined;
    }, 'the captures and the refund');
    // Four orders: three with a bike (one also two bells) and Gorge's bell; one bike came back. The manufacturer's
    // shares (payment − fulfilment price) are owed: its payouts are held.
    const nets = 3 * BIKE_NET - BIKE_NET + (114_000 - 10_959 - BIKE_NET) + BELL_NET;
    const shares = 2 * 19_900 + 2 * 500 + 500;
    expect(usd).toEqual({
      currency: 'USD',
      capturedMinor: 397_200,
      refundedMinor: 129_900,
      customerTotalMinor: 267_300,
      cardDifferenceMinor: 0,
      fulfillerNetMinor: nets + shares,
      transferredMinor: nets,
      inTransitMinor: 0,
      owedMinor: shares,
      payoutDifferenceMinor: 0,
    });
    expect((await pay.transfers()).reduce((sum: number, r: { amount: number }) => sum + r.amount, 0)).toBe(nets);

    // A capture no statement accounts for shows as a difference; a period with nothing in it is empty.
    const [{ id: orderId }] = await db.query(`SELECT id FROM orders LIMIT 1`);
    await db.query(
      `INSERT INTO payment_movements (order_id, kind, currency, amount_minor, provider_ref) VALUES ($1, 'capture', 'USD', 500, 'stray')`,
      [orderId],
    );
    expect((await reconcile())[0]).toMatchObject({ capturedMinor: 397_700, cardDifferenceMinor: 500, payoutDifferenceMinor: 0 });
    expect(await reconcile('from=2020-01-01&to=2020-02-01')).toEqual([]);
    await t.http.get('/api/v1/ops/reconciliation?from=2020-02-01&to=2020-01-01').set(bearer(ops.token)).expect(400);
  });

  it('pays a fulfiller who finished onboarding on the provider’s page without coming back to ours', async () => {
    const third = await createRetailer(t, ops, 'Columbia Wheelworks');
    const spot = await addLocation(t, third, northOf(PORTLAND, 7));
    await makeDealer(t, maker, third);
    const link = await t.http.post('/api/v1/retailer/payouts/account/onboarding').set(bearer(third.admin.token)).expect(200);
    await t.http.post(new URL(link.body.url).pathname).expect(303);
    // Never back on our page: our copy still says onboarding; the run asks the provider again before deciding.
    expect((await t.http.get('/api/v1/retailer/payouts/account').set(bearer(third.admin.token)).expect(200)).body.state).toBe('onboarding');
    await pickedUpOrder(t, slug, third, spot.id, [{ sku: bell.sku, quantity: 1 }]);
    await pay.payOutNow();
    expect((await pay.payoutsOf(third))[0].status).not.toBe('held');
    await eventually(async () => (await pay.payoutsOf(third))[0]?.status === 'paid', 'the payout paid');
    expect((await t.http.get('/api/v1/retailer/payouts/account').set(bearer(third.admin.token)).expect(200)).body.state).toBe('enabled');
  });

  it('keeps payouts to their fulfillers and the console to ops', async () => {
    await t.http.get('/api/v1/ops/payouts').set(bearer(shop.admin.token)).expect(403);
    await t.http.post('/api/v1/ops/payout-runs').set(bearer(maker.admin.token)).expect(403);
    await t.http.get('/api/v1/ops/reconciliation?from=2020-01-01&to=2030-01-01').set(bearer(shop.admin.token)).expect(403);
    await t.http.get(`/api/v1/retailer/payouts?${period()}`).set(bearer(ops.token)).expect(403);
    const bad = await t.http.get('/api/v1/ops/payouts?status=lost').set(bearer(ops.token)).expect(400);
    expect(bad.body.message).toMatch(/status must be one of held, pending, failed, paid/);
  });
});
