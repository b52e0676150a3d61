import { randomUUID } from 'node:crypto';
import { addLocation, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { FakeStripe } from './support/fake-stripe/fake-stripe';
import { completeOnboarding } from './support/fake-stripe/fake-stripe-connect';
import { createProduct, orderBody, ProductFixture, storeSlugOf } from './support/marketplace';
import { payoutDriver, PayoutDriver } from './support/payouts';
import { startAppOnFakeStripe } from './support/payments';
import { resolveNow } from './support/resolution';
import { TestApp } from './support/test-app';

// What each payee reads beside a transfer in its Stripe dashboard: the transfers as the fake of Stripe's API received them.
describe('payout transfer descriptions at Stripe', () => {
  let fake: FakeStripe;
  let t: TestApp;
  let ops: Account;
  let shop: Tenant;
  let maker: Tenant;
  let slug: string;
  let bike: ProductFixture;
  let pay: PayoutDriver;

  beforeAll(async () => {
    ({ fake, t } = await startAppOnFakeStripe(
      {
        PAYOUT_RETRY_MS: '50',
      },
      true,
    ));
    ops = await createOps(t);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    await addLocation(t, shop, northOf(PORTLAND, 3));
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    await makeDealer(t, maker, shop);
    bike = await createProduct(t, maker, { priceMinor: 129_900, fulfilmentPriceMinor: 110_000 });
    slug = await storeSlugOf(t, maker);
    pay = payoutDriver(t, ops);
    for (const [who, side] of [
      [shop, 'retailer'],
      [maker, 'manufacturer'],
    ] as const) {
      await t.http.post(`/api/v1/${side}/payouts/account/onboarding`).set(bearer(who.admin.token)).expect(200);
      const [{ id }] = await sql(t, `SELECT provider_account_id AS id FROM payout_accounts WHERE fulfiller_id = $1`, [who.id]);
      expect(await fake.deliver(completeOnboarding(fake, id))).toBe(200);
    }
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  /** A bike ordered and paid at the store's Stripe checkout: the order, on the board. */
  async function paidOrder(): Promise<string> {
    const placed = await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send(orderBody({ lines: [{ sku: bike.sku, quantity: 1 }], lat: PORTLAND.lat, lng: PORTLAND.lng }))
      .expect(201);
    const [{ session_id: session }] = await sql(t, `SELECT session_id FROM order_payments WHERE order_id = $1`, [placed.body.id]);
    fake.pay(session);
    expect(await fake.deliver(fake.eventsAbout(session).find((e) => e.type === 'checkout.session.completed')!)).toBe(200);
    return placed.body.id as string;
  }

  const ship = (side: 'retailer' | 'manufacturer', who: Tenant, orderId: string) =>
    t.http
      .post(`/api/v1/${side}/orders/${orderId}/shipments`)
      .set(bearer(who.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
      .expect(200);

  async function shippedByShop(): Promise<void> {
    const orderId = await paidOrder();
    await t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    await resolveNow(t, ops.token, maker.id);
    await ship('retailer', shop, orderId);
  }

  /** The description Stripe received with the transfer of `who`'s newest payout, once it is paid. */
  async function describedTransferOf(who: Tenant, side: 'retailer' | 'manufacturer') {
    const payout = await eventually(async () => {
      const [newest] = await pay.payoutsOf(who, side);
      return newest?.status === 'paid' ? newest : undefined;
    }, `the ${side}'s payout`);
    return { description: fake.get(payout.transferId, 'transfer').description, periodStart: payout.periodStart, periodEnd: payout.periodEnd };
  }

  const day = (at: string) => at.slice(0, 10);

  it("says a retailer is paid for the orders it fulfilled, and a manufacturer for its store's share and the orders it shipped itself", async () => {
    await shippedByShop();
    // Nobody bids on the next one: the manufacturer ships it itself.
    const own = await paidOrder();
    await resolveNow(t, ops.token, maker.id);
    await ship('manufacturer', maker, own);

    await pay.payOutNow();
    const retailer = await describedTransferOf(shop, 'retailer');
    expect(retailer.periodStart).toBeNull();
    expect(retailer.description).toBe(`Payout for orders you fulfilled up to ${day(retailer.periodEnd)}`);
    const manufacturer = await describedTransferOf(maker, 'manufacturer');
    expect(manufacturer.description).toBe(
      `Payout of your store's sales share and the orders you shipped yourself up to ${day(manufacturer.periodEnd)}`,
    );
  });

  it("names only the store's sales share, with the period, when the manufacturer shipped nothing itself", async () => {
    await shippedByShop();
    await pay.payOutNow();
    const manufacturer = await describedTransferOf(maker, 'manufacturer');
    expect(manufacturer.periodStart).not.toBeNull();
    expect(manufacturer.description).toBe(
      `Payout of your store's sales share from ${day(manufacturer.periodStart)} to ${day(manufacturer.periodEnd)}`,
    );
    const retailer = await describedTransferOf(shop, 'retailer');
    expect(retailer.description).toBe(`Payout for orders you fulfilled from ${day(retailer.periodStart)} to ${day(retailer.periodEnd)}`);
  });
});
