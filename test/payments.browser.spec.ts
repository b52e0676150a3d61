import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { artifactPath, axeViolations, launchChromium } from './support/browser';
import { addLocation, makeDealer, northOf, PORTLAND, shippedByShop } from './support/board';
import { eventually } from './support/eventually';
import { FakeStripe, startFakeStripe } from './support/fake-stripe/fake-stripe';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, returnedToShop, storeSlugOf } from './support/marketplace';
import { payInBrowser, TEST_CARDS } from './support/payments';
import { startListeningTestApp, TestApp } from './support/test-app';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

// A shopper pays in Chromium through the test provider's hosted page (TEST MODE), and the money follows the order:
// authorised at checkout, captured at shipment, partly refunded when a return is received.
describe('paying for an order in a real browser', () => {
  let t: TestApp & { base: string };
  let browser: Browser;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let slug: string;
  const axe: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await startListeningTestApp({ OUTBOX_RELAY_INTERVAL_MS: '50' });
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(maker.admin.token))
      .send({ primaryColor: '#0f766e', accentColor: '#b45309' })
      .expect(200);
    await createProduct(t, maker, { sku: 'CC-ROAD-54', name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
    await createProduct(t, maker, { sku: 'CC-BELL', name: 'Brass bell', priceMinor: 2500, fulfilmentPriceMinor: 2000 });
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    await addLocation(t, shop, northOf(PORTLAND, 3));
    await makeDealer(t, maker, shop);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterAll(() => {
    // Every page visited, checked by axe-core: no finding of any impact.
    expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((name) => [name, []])));
  });

  const shopper = (viewport = DESKTOP) => browser.newContext({ bypassCSP: true, viewport });
  const db = () => t.app.get(DataSource);

  async function check(page: Page, name: string): Promise<void> {
    axe[name] = (await axeViolations(page)).map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.screenshot({ path: artifactPath(`payments-${name}.png`), fullPage: true });
  }

  async function toCheckout(page: Page) {
    await page.goto(`${t.base}/s/${slug}/p/CC-ROAD-54`);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
    await page.goto(`${t.base}/s/${slug}/p/CC-BELL`);
    await page.getByLabel('Quantity').fill('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
    await page.getByRole('link', { name: 'Check out' }).click();
    await fillAddress(page);
  }

  async function fillAddress(page: Page) {
    await page.getByLabel('Full name').fill('Jamie Rivera');
    await page.getByLabel('E-mail').fill('jamie@example.com');
    await page.getByLabel('Street address').fill('1200 SW Main St');
    await page.getByLabel('City').fill('Portland');
    await page.getByLabel('State').selectOption('OR');
    await page.getByLabel('ZIP code').fill('97201');
  }

  const latestOrder = async () =>
    (await db().query(`SELECT o.id, o.status, o.tracking_token AS token FROM orders o ORDER BY o.created_at DESC LIMIT 1`))[0] as {
      id: string;
      status: string;
      token: string;
    };

  it('cart → hosted test page → authorised → award → ship → capture → return → refund', async () => {
    const context = await shopper();
    const page = await context.newPage();
    await toCheckout(page);
    expect(await page.textContent('main')).toContain('TEST MODE');
    expect(await page.textContent('#pay-hint')).toContain('Your card is authorised for $1,349.00 now and charged only when your order ships');
    await check(page, 'checkout-desktop');

    await page.getByRole('button', { name: /Continue to payment/ }).click();
    await page.waitForURL(/\/test-payments\/pay\?session=/);
    expect(await page.textContent('.test-mode')).toContain('TEST MODE');
    expect(await page.textContent('.amount')).toBe('$1,349.00');
    const order = await latestOrder();
    expect(order.status).toBe('awaiting_payment');
    expect(await db().query(`SELECT 1 FROM board_orders WHERE order_id = $1`, [order.id])).toEqual([]);
    await check(page, 'hosted-test-page-desktop');
    // A mistake on the hosted page is named beside its field.
    await page.getByRole('button', { name: /^Authorise/ }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Card number: Enter the card number');
    await check(page, 'hosted-test-page-errors-desktop');
    await page.getByLabel('Card number').fill(TEST_CARDS.authorises);
    await page.getByLabel('Expiry date').fill('12 / 34');
    await page.getByLabel('Security code').fill('123');
    await page.getByRole('button', { name: /^Authorise/ }).click();

    await page.waitForURL(/\/confirmation\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Order #\d+ is placed/);
    expect(await page.textContent('.cart-link')).toContain('(0)');
    await check(page, 'confirmation-desktop');
    // Back to the return page (the browser's back button, a reload): the order is posted once.
    await page.goto(`${t.base}/s/${slug}/payment/${order.token}/return`);
    await page.waitForURL(/\/confirmation\//);
    const events = await db().query(`SELECT to_status FROM order_events WHERE order_id = $1 ORDER BY id`, [order.id]);
    expect(events.map((e: { to_status: string }) => e.to_status)).toEqual(['awaiting_payment', 'placed', 'posted']);

    await page.goto(`${t.base}/s/${slug}/track/${order.token}`);
    expect(await page.textContent('#payment')).toContain('Visa ending 4242');
    expect(await page.textContent('#payment')).toContain('Not yet: your card is charged when your order ships');
    await check(page, 'tracking-authorised-desktop');

    // The nearby shop bids and wins; it ships, and the card is charged the amount shipped.
    await shippedByShop(t, ops, maker, shop, order.id);
    await eventually(
      async () => (await db().query(`SELECT 1 FROM payment_movements WHERE order_id = $1 AND kind = 'capture'`, [order.id])).length === 1,
      'the capture',
    );
    await t.http.post(`/api/v1/retailer/orders/${order.id}/delivered`).set(bearer(shop.admin.token)).send({}).expect(200);

    // The customer returns one bell; the shop receives it and the card is refunded for it.
    const bellReturn = await returnedToShop(t, shop, order.token, [{ sku: 'CC-BELL', quantity: 1, reason: 'Too loud' }], 'Bring it to the counter');
    await eventually(
      async () => (await db().query(`SELECT 1 FROM returns WHERE id = $1 AND status = 'refunded'`, [bellReturn])).length === 1,
      'the refund',
    );

    await page.goto(`${t.base}/s/${slug}/track/${order.token}`);
    const payment = await page.textContent('#payment');
    expect(payment).toContain('$1,349.00');
    expect(payment).toMatch(/\$25\.00 — refunded to your card \(reference tre_/);
    // The parcel links to UPS's own tracking page.
    expect(await page.getByRole('link', { name: '1Z999AA10123456784 on UPS’s site' }).getAttribute('href')).toBe(
      'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    );
    await check(page, 'tracking-refunded-desktop');
    const ledger = await db().query(`SELECT kind, amount_minor::int AS amount FROM payment_movements WHERE order_id = $1 ORDER BY occurred_at`, [
      order.id,
    ]);
    expect(ledger).toEqual([
      { kind: 'capture', amount: 134900 },
      { kind: 'refund', amount: 2500 },
    ]);
    await context.close();
  });

  it('a declined card brings the shopper back to checkout with the cart intact and the decline in words', async () => {
    const context = await shopper(PHONE);
    const page = await context.newPage();
    await toCheckout(page);
    await payInBrowser(page, TEST_CARDS.declined);
    await page.waitForURL(/\/checkout\?unpaid=/);
    expect(await page.getByRole('alert').textContent()).toContain(
      'Your card was declined. Nothing was charged and your order was not placed. Try another card',
    );
    expect(await page.textContent('.cart-link')).toContain('(3)');
    await check(page, 'declined-checkout-phone');
    const declined = await latestOrder();
    expect(declined.status).toBe('expired');

    // Insufficient funds reads as Stripe says it.
    await fillAddress(page);
    await payInBrowser(page, TEST_CARDS.insufficientFunds);
    await page.waitForURL(/\/checkout\?unpaid=/);
    expect(await page.getByRole('alert').textContent()).toContain('Your card has insufficient funds.');
    await context.close();
  });

  it('an abandoned payment never reaches the board, holds no stock, and its tracking page says it expired', async () => {
    const context = await shopper(PHONE);
    const page = await context.newPage();
    await toCheckout(page);
    await page.getByRole('button', { name: /Continue to payment/ }).click();
    await page.waitForURL(/\/test-payments\/pay\?session=/);
    await check(page, 'hosted-test-page-phone');
    await page.getByRole('link', { name: 'Cancel and go back to the store' }).click();
    await page.waitForURL(/\/checkout\?unpaid=/);
    expect(await page.getByRole('alert').textContent()).toContain('You left the payment page, so your order was not placed and nothing was charged');
    const abandoned = await latestOrder();
    expect(abandoned.status).toBe('expired');
    expect(await db().query(`SELECT 1 FROM board_orders WHERE order_id = $1`, [abandoned.id])).toEqual([]);
    expect(await db().query(`SELECT 1 FROM bids WHERE order_id = $1`, [abandoned.id])).toEqual([]);
    await page.goto(`${t.base}/s/${slug}/track/${abandoned.token}`);
    expect(await page.textContent('#expired')).toContain('This order was never paid, so it expired');
    expect(await page.textContent('#status')).toBe('Not paid — this order has expired');
    await check(page, 'tracking-expired-phone');
    await context.close();
  });
});

// The same shopper's journey with Stripe as the provider (the official SDK against the fake of Stripe's API): the
// hosted page is Stripe's, so the test plays the payment there, then Stripe sends its event — twice, as Stripe may.
describe('a duplicate Stripe webhook in the shopper journey', () => {
  let fake: FakeStripe;
  let t: TestApp & { base: string };
  let browser: Browser;
  let slug: string;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;

  beforeAll(async () => {
    fake = await startFakeStripe();
    t = await startListeningTestApp({
      STRIPE_SECRET_KEY: fake.secretKey,
      STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
      STRIPE_API_URL: fake.url,
      OUTBOX_RELAY_INTERVAL_MS: '50',
    });
    fake.webhookUrl = `${t.base}/api/v1/payments/webhook`;
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    await createProduct(t, maker, { sku: 'CC-ROAD-54', name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    await addLocation(t, shop, northOf(PORTLAND, 3));
    await makeDealer(t, maker, shop);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await fake?.stop();
  });

  it('shows the paid order the same after a duplicate checkout.session.completed, and "being refunded" while a refund is pending', async () => {
    const db = t.app.get(DataSource);
    const context = await browser.newContext({ bypassCSP: true, viewport: DESKTOP });
    // Stripe's hosted page is not ours to load in a test: a plain stand-in answers for it.
    await context.route('https://checkout.stripe.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>Checkout</title><main><h1>Stripe Checkout</h1></main></html>',
      }),
    );
    const page = await context.newPage();
    await page.goto(`${t.base}/s/${slug}/p/CC-ROAD-54`);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
    await page.getByRole('link', { name: 'Check out' }).click();
    await page.getByLabel('Full name').fill('Jamie Rivera');
    await page.getByLabel('E-mail').fill('jamie@example.com');
    await page.getByLabel('Street address').fill('1200 SW Main St');
    await page.getByLabel('City').fill('Portland');
    await page.getByLabel('State').selectOption('OR');
    await page.getByLabel('ZIP code').fill('97201');
    await page.getByRole('button', { name: /Continue to payment/ }).click();
    await page.waitForURL(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);

    const [order] = await db.query(
      `SELECT o.id, o.tracking_token AS token, p.session_id FROM orders o JOIN order_payments p ON p.order_id = o.id ORDER BY o.created_at DESC LIMIT 1`,
    );
    fake.pay(order.session_id);
    const completed = fake.eventsAbout(order.session_id).find((e) => e.type === 'checkout.session.completed')!;
    expect(await fake.deliver(completed)).toBe(200);
    await page.goto(fake.get(order.session_id, 'checkout.session').success_url);
    await page.waitForURL(/\/confirmation\//);
    await page.goto(`${t.base}/s/${slug}/track/${order.token}`);
    const before = { main: await page.textContent('main'), payment: await page.textContent('#payment') };
    expect(before.payment).toContain('Visa ending 4242');
    const facts = async () => ({
      history: (await db.query(`SELECT to_status FROM order_events WHERE order_id = $1 ORDER BY id`, [order.id])).map(
        (e: { to_status: string }) => e.to_status,
      ),
      emails: (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE order_id = $1 AND event = 'order.received'`, [order.id]))[0].n,
      events: (await db.query(`SELECT count(*)::int AS n FROM payment_events WHERE event_id = $1`, [completed.id]))[0].n,
    });
    const factsBefore = await facts();
    expect(factsBefore).toEqual({ history: ['awaiting_payment', 'placed', 'posted'], emails: 1, events: 1 });

    // Stripe sends the same event again: acknowledged, and nothing the shopper or the shop sees changes.
    expect(await fake.deliver(completed)).toBe(200);
    expect(await facts()).toEqual(factsBefore);
    await page.reload();
    expect({ main: await page.textContent('main'), payment: await page.textContent('#payment') }).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: artifactPath('payments-stripe-duplicate-webhook-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.reload();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: artifactPath('payments-stripe-duplicate-webhook-phone.png'), fullPage: true });

    // Shipped, delivered, the bike returned: Stripe answers the refund `pending`, and the shopper is told so.
    await shippedByShop(t, ops, maker, shop, order.id);
    await t.http.post(`/api/v1/retailer/orders/${order.id}/delivered`).set(bearer(shop.admin.token)).send({}).expect(200);
    await eventually(async () => (await db.query(`SELECT 1 FROM payment_movements WHERE order_id = $1`, [order.id])).length === 1, 'the capture');
    fake.refundsPending = true;
    const bikeReturn = await returnedToShop(
      t,
      shop,
      order.token,
      [{ sku: 'CC-ROAD-54', quantity: 1, reason: 'Frame too small' }],
      'Bring it to the counter',
    );
    await eventually(
      async () => (await db.query(`SELECT 1 FROM payment_operations WHERE return_id = $1 AND state = 'processing'`, [bikeReturn])).length === 1,
      'the pending refund',
    );
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(`${t.base}/s/${slug}/track/${order.token}`);
      expect(await page.textContent('#payment')).toContain('$1,299.00 — being refunded to your card');
      expect(await page.textContent('main')).toContain('being refunded to your card');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: artifactPath(`payments-stripe-refund-pending-${name}.png`), fullPage: true });
    }
    await context.close();
  });
});
