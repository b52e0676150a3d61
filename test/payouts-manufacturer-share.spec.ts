import { DataSource } from 'typeorm';
import { PayoutRuns } from '../src/payouts/payout-runs.service';
import { LocationFixture } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createOps, Tenant } from './support/factories';
import { ProductFixture, returnedToShop } from './support/marketplace';
import { everything, payoutDriver, PayoutDriver } from './support/payouts';
import { pickedUpOrder, PickedUpOrder } from './support/pickup';
import { bikeAndBellStore } from './support/portland-store';
import { startTestApp, TestApp } from './support/test-app';

// A bike: the customer pays 1,299.00, the fulfilment price is 1,100.00 (fee 9.5% + 1.29 = 105.79), so the retailer
// is owed 994.21 and the manufacturer 199.00. A bell: 25.00, fulfilment price 20.00 (fee 3.19): 16.81 and 5.00.
const BIKE = { total: 129_900, price: 110_000, fee: 10_579 };

/** Transfers' amounts in ascending order (the transfers of one run are jobs that may finish in any order). */
const amounts = (transfers: { amount: number }[]) => transfers.map((r) => r.amount).sort((a, b) => a - b);

interface Line {
  kind: string;
  orderNumber: string;
  receivesMinor: number;
  payoutId: string | null;
  payoutStatus: string | null;
  payoutPaidAt: string | null;
}

describe("payouts of the manufacturer's share of orders its dealers ship", () => {
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
  let second: PickedUpOrder;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    ops = await createOps(t);
    ({ maker, slug, bike, bell, shop, floor } = await bikeAndBellStore(t, ops));
    pay = payoutDriver(t, ops);
    await pay.onboard(shop);
  });
  afterAll(() => t?.close());

  const accountOf = async (kind: string, id: string): Promise<string> =>
    (await db.query(`SELECT provider_account_id FROM payout_accounts WHERE fulfiller_kind = $1 AND fulfiller_id = $2`, [kind, id]))[0]
      .provider_account_id;
  const statementOf = async (who: Tenant, side: 'retailer' | 'manufacturer') =>
    (await t.http.get(`/api/v1/${side}/statements?${everything()}`).set(bearer(who.admin.token)).expect(200)).body as {
      lines: Line[];
      totals: { currency: string; feeMinor: number; receivesMinor: number }[];
    };
  const payoutOf = async (who: Tenant, side: 'retailer' | 'manufacturer', id: string) =>
    (await t.http.get(`/api/v1/${side}/payouts/${id}`).set(bearer(who.admin.token)).expect(200)).body as { amountMinor: number; lines: Line[] };
  /** Captured less refunded at the provider, once every capture and refund asked for is done (they are jobs). */
  const captured = async (): Promise<number> => {
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM payment_operations WHERE state IN ('pending', 'processing')`))[0].n === 0,
      'the captures and refunds',
    );
    const [{ net }] = await db.query(
      `SELECT coalesce(sum(CASE kind WHEN 'capture' THEN amount_minor ELSE -amount_minor END), 0)::int AS net FROM payment_movements`,
    );
    return net;
  };
  const receiveReturn = async (order: PickedUpOrder, lines: { sku: string; quantity: number }[]) => {
    const returnId = await returnedToShop(
      t,
      shop,
      order.trackingToken,
      lines.map((l) => ({ ...l, reason: 'Too small' })),
    );
    await eventually(async () => (await db.query(`SELECT status FROM returns WHERE id = $1`, [returnId]))[0].status === 'refunded', 'the refund');
  };

  it("holds the manufacturer's share until it sets up payouts, then transfers it: retailer's net + share + fee = captured", async () => {
    const order = await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    await pay.payOutNow();
    await pay.transfersReach(1);
    expect((await pay.runs())[0].counts).toEqual({ paid: 1, held: 1 });
    const [held] = await pay.payoutsOf(maker, 'manufacturer');
    expect(held).toMatchObject({ status: 'held', amountMinor: BIKE.total - BIKE.price, holdReason: 'No payout account set up yet' });
    // The held payout's lines are what it would pay: the order the shop shipped, at the manufacturer's share.
    expect((await payoutOf(maker, 'manufacturer', held.id)).lines).toEqual([
      expect.objectContaining({ kind: 'order', orderNumber: order.number, receivesMinor: BIKE.total - BIKE.price, payoutId: null }),
    ]);

    // Onboarding finished: the held payout is released (same row) and transferred to the manufacturer's account.
    expect(await pay.onboard(maker, 'manufacturer')).toMatchObject({ state: 'enabled' });
    const transfers = await pay.transfersReach(2);
    const paid = await eventually(async () => {
      const [payout] = await pay.payoutsOf(maker, 'manufacturer');
      return payout.status === 'paid' && payout;
    }, "the manufacturer's payout paid");
    expect(paid).toMatchObject({ id: held.id, amountMinor: BIKE.total - BIKE.price, transferId: expect.stringMatching(/^ttr_/) });
    expect(transfers).toEqual([
      { account_id: await accountOf('retailer', shop.id), currency: 'USD', amount: BIKE.price - BIKE.fee },
      { account_id: await accountOf('manufacturer', maker.id), currency: 'USD', amount: BIKE.total - BIKE.price },
    ]);
    // The platform keeps exactly the fee.
    expect(transfers.reduce((sum, r) => sum + r.amount, 0) + BIKE.fee).toBe(await captured());

    // Each statement shows its own part's payout: the same order paid to each by a payout of its own.
    const [makers] = (await statementOf(maker, 'manufacturer')).lines;
    const [shops] = (await statementOf(shop, 'retailer')).lines;
    expect(makers).toMatchObject({ orderNumber: order.number, receivesMinor: BIKE.total - BIKE.price, payoutId: paid.id, payoutStatus: 'paid' });
    expect(shops).toMatchObject({ orderNumber: order.number, receivesMinor: BIKE.price - BIKE.fee, payoutStatus: 'paid' });
    expect(shops.payoutId).not.toBe(paid.id);
    const csv = (await t.http.get(`/api/v1/manufacturer/statements/csv?${everything()}`).set(bearer(maker.admin.token)).expect(200)).text;
    expect(csv.trim().split('\n')[1]).toMatch(new RegExp(`,${paid.id},paid,\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z$`));
  });

  it('pays nothing twice: a second run, and the same run repeated, transfer nothing new', async () => {
    expect((await pay.payOutNow()).counts).toEqual({});
    const [last] = await db.query(`SELECT slot_key, cutoff FROM payout_runs ORDER BY started_at DESC LIMIT 1`);
    await t.app.get(PayoutRuns).run({ slotKey: last.slot_key, cutoff: last.cutoff.toISOString(), trigger: 'ops' });
    const [first] = await db.query(`SELECT slot_key, cutoff FROM payout_runs ORDER BY started_at LIMIT 1`);
    await t.app.get(PayoutRuns).run({ slotKey: first.slot_key, cutoff: first.cutoff.toISOString(), trigger: 'ops' });
    expect(await pay.transfers()).toHaveLength(2);
    // The order's two parts, each paid once; the database refuses a second payout of the same part.
    const parts = await db.query(`SELECT * FROM payout_lines ORDER BY payee_kind`);
    expect(parts.map((p: { payee_kind: string; net_minor: string }) => [p.payee_kind, Number(p.net_minor)])).toEqual([
      ['manufacturer', BIKE.total - BIKE.price],
      ['retailer', BIKE.price - BIKE.fee],
    ]);
    const again = parts[0];
    await expect(
      db.query(
        `INSERT INTO payout_lines (source_kind, source_id, payee_kind, payout_id, currency, dated_at, net_minor) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [again.source_kind, again.source_id, again.payee_kind, parts[1].payout_id, again.currency, again.dated_at, again.net_minor],
      ),
    ).rejects.toThrow(/PK_payout_lines/);
  });

  it('carries a partial return received after the payout forward as a negative on both sides', async () => {
    second = await pickedUpOrder(t, slug, shop, floor.id, [
      { sku: bike.sku, quantity: 1 },
      { sku: bell.sku, quantity: 2 },
    ]);
    await pay.payOutNow();
    // Fulfilment price 1,140.00: fee 108.30 + 1.29 = 109.59. The manufacturer keeps 1,349.00 − 1,140.00.
    const both = await pay.transfersReach(4);
    expect(amounts(both.slice(2))).toEqual(amounts([{ amount: 114_000 - 10_959 }, { amount: 134_900 - 114_000 }]));

    // The bike comes back; the bells stay. The fee given back is the fee before less the fee on the bells
    // (3.80 + 1.29 = 5.09): 104.50; the shop gives back 1,100.00 − 104.50 and the manufacturer 199.00.
    await receiveReturn(second, [{ sku: bike.sku, quantity: 1 }]);
    const carried = await pay.payOutNow();
    expect(carried.counts).toEqual({ carried: 2 });
    expect((await pay.payoutsOf(shop))[0]).toMatchObject({ status: 'carried', amountMinor: -(110_000 - 10_450), transferId: null });
    expect((await pay.payoutsOf(maker, 'manufacturer'))[0]).toMatchObject({ status: 'carried', amountMinor: -(BIKE.total - BIKE.price) });
    expect(await pay.transfers()).toHaveLength(4);

    // Two bikes later both balances are positive again: each transfer is its new lines less its reversal.
    await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 2 }]);
    await pay.payOutNow();
    const after = await pay.transfersReach(6);
    expect((await pay.runs())[0].counts).toEqual({ paid: 2 });
    // Fulfilment price 2,200.00: fee 209.00 + 1.29 = 210.29.
    expect(amounts(after.slice(4))).toEqual(
      amounts([{ amount: 220_000 - 21_029 - (110_000 - 10_450) }, { amount: 2 * (BIKE.total - BIKE.price) - (BIKE.total - BIKE.price) }]),
    );
    const [latest] = await pay.payoutsOf(maker, 'manufacturer');
    const detail = await payoutOf(maker, 'manufacturer', latest.id);
    expect(detail.lines.map((l) => l.kind).sort()).toEqual(['order', 'return']);
    expect(detail.lines.reduce((sum, l) => sum + l.receivesMinor, 0)).toBe(latest.amountMinor);
    expect(detail.lines.every((l) => l.payoutId === latest.id)).toBe(true);
  });

  it('shows the manufacturer its payouts with their lines, and each statement line paid out', async () => {
    const page = await t.http.get('/manufacturer/payout-settings').set(bearer(maker.admin.token)).expect(200);
    expect(page.text).toContain('for the orders of your store');
    // Three transfers: the first order; the second; the third with the return carried into it.
    expect(page.text.match(/<summary>\d+ lines?<\/summary>/g)).toEqual([
      '<summary>2 lines</summary>',
      '<summary>1 line</summary>',
      '<summary>1 line</summary>',
    ]);
    expect(page.text).toContain(`<li>#${second.number} (return), Rose City Bikes: -$199.00</li>`);
    const statement = await t.http.get(`/manufacturer/statement?${everything()}`).set(bearer(maker.admin.token)).expect(200);
    expect(statement.text.match(/data-label="Paid out">Paid /g)).toHaveLength(4);
  });

  it('reconciles to 0 with the shares: transferred equals the payees’ parts, and the platform keeps the fee', async () => {
    const net = await captured();
    const [usd] = (await t.http.get(`/api/v1/ops/reconciliation?${everything()}`).set(bearer(ops.token)).expect(200)).body.currencies;
    const transferred = (await pay.transfers()).reduce((sum, r) => sum + r.amount, 0);
    expect(usd).toMatchObject({
      currency: 'USD',
      cardDifferenceMinor: 0,
      transferredMinor: transferred,
      fulfillerNetMinor: transferred,
      inTransitMinor: 0,
      owedMinor: 0,
      payoutDifferenceMinor: 0,
    });
    const fees = (await statementOf(maker, 'manufacturer')).totals[0].feeMinor;
    expect(usd.capturedMinor - usd.refundedMinor).toBe(net);
    expect(transferred + fees).toBe(net);
  });
});
