import { randomUUID } from 'node:crypto';
import { addLocation, makeDealer, northOf, PORTLAND, shippedByShop, sql } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { FakeStripe } from './support/fake-stripe/fake-stripe';
import { FakeEvent } from './support/fake-stripe/fake-stripe-objects';
import { completeOnboarding } from './support/fake-stripe/fake-stripe-connect';
import { createProduct, orderBody, OrderPlaced, returnedToShop, storeSlugOf } from './support/marketplace';
import { startAppOnFakeStripe } from './support/payments';
import { resolveNow } from './support/resolution';
import { TestApp } from './support/test-app';

// Payouts through Stripe Connect end to end: the real app (PostgreSQL, Redis, the queue) with the official SDK
// pointed at the fake of Stripe's API, Connect routes included, and the fake's signed events posted to the webhook.
describe('payouts through Stripe Connect', () => {
  let fake: FakeStripe;
  let t: TestApp;
  let ops: Account;
  let shop: Tenant;

  beforeAll(async () => {
    ({ fake, t } = await startAppOnFakeStripe(
      {
        PLATFORM_FEE_BASIS_POINTS: '950',
        PLATFORM_FEE_FIXED: '1.29, KWD 0.4',
        OUTBOX_RELAY_INTERVAL_MS: '50',
        NOTIFICATION_RETRY_MS: '50',
        PAYOUT_RETRY_MS: '50',
      },
      true,
    ));
    ops = await createOps(t);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    await addLocation(t, shop, northOf(PORTLAND, 3));
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  const eventOf = (objectId: string, type: string): FakeEvent => fake.eventsAbout(objectId).find((e) => e.type === type)!;
  const sessionOf = async (orderId: string): Promise<string> =>
    (await sql(t, `SELECT session_id FROM order_payments WHERE order_id = $1`, [orderId]))[0].session_id;
  const transfersTo = (accountId: string) => [...fake.objects.values()].filter((o) => o.object === 'transfer' && o.destination === accountId);
  const accountOf = async (kind: string, id: string): Promise<string> =>
    (await sql(t, `SELECT provider_account_id FROM payout_accounts WHERE fulfiller_kind = $1 AND fulfiller_id = $2`, [kind, id]))[0]
      .provider_account_id;
  const payoutsOf = (kind: string, id: string) =>
    sql(
      t,
      `SELECT id, status, currency, amount_minor::int AS amount, transfer_id, idempotency_key FROM payouts WHERE fulfiller_kind = $1 AND fulfiller_id = $2 ORDER BY created_at`,
      [kind, id],
    );
  /** Ops' "pay out now", waited for until the run has finished. */
  async function payOutNow() {
    const { body } = await t.http.post('/api/v1/ops/payout-runs').set(bearer(ops.token)).expect(202);
    await eventually(
      async () => (await sql(t, `SELECT finished_at FROM payout_runs WHERE slot_key = $1`, [body.slotKey]))[0]?.finished_at ?? undefined,
      'the payout run',
    );
  }

  /** An admin starts onboarding from its workspace: the Express account Stripe created for it. */
  async function startOnboarding(who: Tenant, side: 'retailer' | 'manufacturer', kindId: string): Promise<string> {
    const link = await t.http.post(`/api/v1/${side}/payouts/account/onboarding`).set(bearer(who.admin.token)).expect(200);
    expect(link.body.url).toMatch(/^https:\/\/connect\.stripe\.com\//);
    return accountOf(side, kindId);
  }

  /** A paid order of `lines` in `slug`'s store, posted to the board through Stripe's webhook. */
  async function paidOrder(slug: string, lines: { sku: string; quantity: number }[]): Promise<OrderPlaced> {
    const placed = await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send(orderBody({ lines, lat: PORTLAND.lat, lng: PORTLAND.lng }))
      .expect(201);
    const sessionId = await sessionOf(placed.body.id);
    fake.pay(sessionId);
    expect(await fake.deliver(eventOf(sessionId, 'checkout.session.completed'))).toBe(200);
    return placed.body as OrderPlaced;
  }

  /** Won by the shop, shipped and delivered; the capture made. */
  async function deliveredByShop(maker: Tenant, order: OrderPlaced) {
    await shippedByShop(t, ops, maker, shop, order.id);
    await t.http.post(`/api/v1/retailer/orders/${order.id}/delivered`).set(bearer(shop.admin.token)).send({}).expect(200);
    await eventually(
      async () => (await sql(t, `SELECT state FROM order_payments WHERE order_id = $1`, [order.id]))[0].state === 'captured',
      'the capture',
    );
  }

  async function reconciliation() {
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    return (await t.http.get(`/api/v1/ops/reconciliation?from=2020-01-01&to=${to}`).set(bearer(ops.token)).expect(200)).body.currencies as {
      currency: string;
      cardDifferenceMinor: number;
      payoutDifferenceMinor: number;
      transferredMinor: number;
    }[];
  }

  it("releases a held payout when Stripe's account.updated says onboarding finished, and transfers it once", async () => {
    const maker = await createManufacturer(t, ops, 'Cascade Cycles');
    await makeDealer(t, maker, shop);
    const bike = await createProduct(t, maker, { priceMinor: 129_900, fulfilmentPriceMinor: 110_000 });
    const accountId = await startOnboarding(shop, 'retailer', shop.id);
    await deliveredByShop(maker, await paidOrder(await storeSlugOf(t, maker), [{ sku: bike.sku, quantity: 1 }]));

    await payOutNow();
    const [held] = await payoutsOf('retailer', shop.id);
    expect(held).toMatchObject({ status: 'held', amount: 110_000 - 10_579 });
    expect(transfersTo(accountId)).toEqual([]);

    // The owner finishes Stripe's hosted onboarding; Stripe tells the app.
    const updated = completeOnboarding(fake, accountId);
    expect(await fake.deliver(updated)).toBe(200);
    await eventually(async () => (await payoutsOf('retailer', shop.id))[0].status === 'paid', 'the released payout paid');
    const [paid] = await payoutsOf('retailer', shop.id);
    expect(transfersTo(accountId)).toEqual([expect.objectContaining({ id: paid.transfer_id, amount: 110_000 - 10_579, currency: 'usd' })]);
    expect(fake.requests.filter((r) => r.path === '/v1/transfers').map((r) => r.idempotencyKey)).toEqual([paid.idempotency_key]);
    const view = await t.http.get('/api/v1/retailer/payouts/account').set(bearer(shop.admin.token)).expect(200);
    expect(view.body).toMatchObject({ state: 'enabled', requirementsDue: [] });

    // The same event again, and the next run: nothing is paid twice.
    expect(await fake.deliver(updated)).toBe(200);
    await payOutNow();
    expect(transfersTo(accountId)).toHaveLength(1);
  });

  // The shop's payout account was onboarded in the first test.
  it("transfers the manufacturer's share of an order its dealer shipped to the manufacturer's Express account: the platform keeps the fee", async () => {
    const maker = await createManufacturer(t, ops, 'Willamette Wheels');
    await makeDealer(t, maker, shop);
    // 500.00 paid, fulfilment price 300.00: fee 9.5% + 1.29 = 29.79, the shop's net 270.21, the manufacturer's share 200.00.
    const wheel = await createProduct(t, maker, { priceMinor: 50_000, fulfilmentPriceMinor: 30_000 });
    const accountId = await startOnboarding(maker, 'manufacturer', maker.id);
    expect(await fake.deliver(completeOnboarding(fake, accountId))).toBe(200);
    const order = await paidOrder(await storeSlugOf(t, maker), [{ sku: wheel.sku, quantity: 1 }]);
    await deliveredByShop(maker, order);

    await payOutNow();
    const [paid] = await eventually(async () => {
      const payouts = await payoutsOf('manufacturer', maker.id);
      return payouts[0]?.status === 'paid' && payouts;
    }, "the manufacturer's payout");
    const shopPaid = await eventually(
      async () => (await payoutsOf('retailer', shop.id)).find((p: { status: string; amount: number }) => p.status === 'paid' && p.amount === 27_021),
      "the shop's payout",
    );
    expect(transfersTo(accountId)).toEqual([expect.objectContaining({ id: paid.transfer_id, amount: 20_000, currency: 'usd' })]);
    expect(paid.idempotency_key).not.toBe(shopPaid.idempotency_key);
    const [{ captured }] = await sql(t, `SELECT amount_minor::int AS captured FROM payment_movements WHERE order_id = $1 AND kind = 'capture'`, [
      order.id,
    ]);
    expect(27_021 + 20_000 + 2_979).toBe(captured);
    for (const row of await reconciliation()) expect(row).toMatchObject({ cardDifferenceMinor: 0, payoutDifferenceMinor: 0 });
  });

  it("transfers a self-fulfilling manufacturer's share and net to its own Express account, reconciling to 0", async () => {
    const maker = await createManufacturer(t, ops, 'Bridgetown Frames');
    const frame = await createProduct(t, maker, { priceMinor: 80_000, fulfilmentPriceMinor: 20_000 });
    const accountId = await startOnboarding(maker, 'manufacturer', maker.id);
    expect(fake.get(accountId)).toMatchObject({ type: 'express', metadata: { fulfiller_kind: 'manufacturer', fulfiller_id: maker.id } });
    expect(await fake.deliver(completeOnboarding(fake, accountId))).toBe(200);
    expect((await t.http.get('/api/v1/manufacturer/payouts/account').set(bearer(maker.admin.token)).expect(200)).body.state).toBe('enabled');

    // Nobody bids: the manufacturer ships the order itself.
    const order = await paidOrder(await storeSlugOf(t, maker), [{ sku: frame.sku, quantity: 1 }]);
    await resolveNow(t, ops.token, maker.id);
    await t.http
      .post(`/api/v1/manufacturer/orders/${order.id}/shipments`)
      .set(bearer(maker.admin.token))
      .send({ carrier: 'USPS', trackingNumber: '9400100000000000000000' })
      .expect(200);
    await eventually(
      async () => (await sql(t, `SELECT state FROM order_payments WHERE order_id = $1`, [order.id]))[0].state === 'captured',
      'the capture',
    );

    await payOutNow();
    await eventually(async () => (await payoutsOf('manufacturer', maker.id))[0]?.status === 'paid', "the manufacturer's payout");
    // Fee 9.5% of 200.00 + 1.29 = 20.29: the customer's 800.00 less the fee, as its statement says it receives.
    const fee = 1_900 + 129;
    expect(transfersTo(accountId)).toEqual([expect.objectContaining({ amount: 80_000 - fee, currency: 'usd' })]);
    const statement = await t.http
      .get(`/api/v1/manufacturer/statements?from=2020-01-01&to=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`)
      .set(bearer(maker.admin.token))
      .expect(200);
    expect(statement.body.lines).toContainEqual(
      expect.objectContaining({ orderNumber: order.number, receivesMinor: 80_000 - fee, payoutStatus: 'paid' }),
    );
    for (const row of await reconciliation()) expect(row).toMatchObject({ cardDifferenceMinor: 0, payoutDifferenceMinor: 0 });
  });

  // The shop's payout account was onboarded in the first test.
  it('takes a KWD order through payment, fee, a partial return refund and payout in whole 10-fil steps', async () => {
    const maker = await createManufacturer(t, ops, 'Gulf Cycles');
    await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ currency: 'KWD' }).expect(200);
    await makeDealer(t, maker, shop);
    // KWD 12.340 to the customer, KWD 10.250 to the fulfiller.
    const helmet = await createProduct(t, maker, { priceMinor: 12_340, fulfilmentPriceMinor: 10_250 });
    const order = await paidOrder(await storeSlugOf(t, maker), [{ sku: helmet.sku, quantity: 2 }]);
    expect(fake.get(await sessionOf(order.id))).toMatchObject({ currency: 'kwd', amount_total: 24_680 });
    await deliveredByShop(maker, order);

    const returnId = await returnedToShop(t, shop, order.trackingToken, [{ sku: helmet.sku, quantity: 1, reason: 'Too small' }], 'Post it back');
    await eventually(async () => (await sql(t, `SELECT status FROM returns WHERE id = $1`, [returnId]))[0].status === 'refunded', 'the refund');

    await payOutNow();
    const kwd = await eventually(
      async () =>
        (await payoutsOf('retailer', shop.id)).find((p: { currency: string; status: string }) => p.currency === 'KWD' && p.status === 'paid'),
      'the KWD payout',
    );
    // Fee on 20.500: 9.5% = 1.9475 → 1.950, + 0.400 = 2.350. The return gives back the fee on the second unit:
    // 2.350 − fee on 10.250 (0.97375 → 0.970, + 0.400 = 1.370) = 0.980, and takes back 10.250 − 0.980 = 9.270.
    expect(kwd.amount).toBe(20_500 - 2_350 - (10_250 - 980));
    const [refund] = [...fake.objects.values()].filter((o) => o.object === 'refund' && o.currency === 'kwd');
    expect(refund).toMatchObject({ amount: 12_340, status: 'succeeded' });
    expect(transfersTo(await accountOf('retailer', shop.id))).toContainEqual(expect.objectContaining({ currency: 'kwd', amount: 8_880 }));
    // Nothing sent to Stripe in KWD is an odd fil.
    const kwdAmounts = [...fake.objects.values()]
      .map((o) => o as unknown as Record<string, unknown>)
      .filter((o) => o.currency === 'kwd')
      .flatMap((o) => [o.amount_total, o.amount_received, o.object === 'payment_intent' ? undefined : o.amount])
      .filter((a) => typeof a === 'number');
    expect(kwdAmounts.length).toBeGreaterThanOrEqual(4);
    for (const amount of kwdAmounts) expect(amount % 10).toBe(0);
    const row = (await reconciliation()).find((r) => r.currency === 'KWD')!;
    expect(row).toMatchObject({ cardDifferenceMinor: 0, payoutDifferenceMinor: 0, transferredMinor: 8_880 });
  });
});
