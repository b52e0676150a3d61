import { AddressInfo } from 'node:net';
import { FakeStripe, startFakeStripe } from './fake-stripe/fake-stripe';
import { registerConnectRoutes } from './fake-stripe/fake-stripe-connect';
import { startTestApp, TestApp } from './test-app';

/** Stripe's public test cards, as the test provider's hosted page takes them. */
export const TEST_CARDS = {
  authorises: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  insufficientFunds: '4000 0000 0000 9995',
} as const;

interface AwaitingPayment {
  trackingToken: string;
  payment: { checkoutUrl: string };
}

/**
 * Pays a new order as its customer does with the test provider: the card goes in on the hosted test page, which
 * sends the customer back to the store (the return that places the order). Returns where the return led.
 */
export async function payOrder(t: TestApp, order: AwaitingPayment, card: string = TEST_CARDS.authorises): Promise<string> {
  const page = new URL(order.payment.checkoutUrl);
  const submitted = await t.http
    .post(page.pathname + page.search)
    .type('form')
    .send({ cardNumber: card, expiry: '12 / 34', cvc: '123' })
    .expect(303);
  const back = new URL(submitted.headers.location);
  const returned = await t.http.get(back.pathname + back.search).expect(303);
  return returned.headers.location;
}

/** Pays `order` with the authorising test card and answers it as placement did before payments: with its status now. */
export async function paid<T extends AwaitingPayment & { status: string }>(t: TestApp, order: T): Promise<T> {
  await payOrder(t, order);
  const tracked = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
  return { ...order, status: tracked.body.status };
}

/** On the checkout page in a browser: continues to the test provider's hosted page and pays there with `card`. */
export async function payInBrowser(page: import('playwright-core').Page, card: string = TEST_CARDS.authorises): Promise<void> {
  await page.getByRole('button', { name: /Continue to payment/ }).click();
  await page.waitForURL(/\/test-payments\/pay\?session=/);
  await page.getByLabel('Card number').fill(card);
  await page.getByLabel('Expiry date').fill('12 / 34');
  await page.getByLabel('Security code').fill('123');
  await page.getByRole('button', { name: /^Authorise/ }).click();
}

/**
 * The real app with Stripe as its payment provider: the official SDK pointed at a started fake of Stripe's API (with
 * its Connect routes when `connect`), the app listening on a port of its own so that the fake's signed events reach
 * its webhook. `settings` add to the app's. Close both in afterAll.
 */
export async function startAppOnFakeStripe(settings: Record<string, string> = {}, connect = false): Promise<{ fake: FakeStripe; t: TestApp }> {
  const fake = await startFakeStripe();
  if (connect) registerConnectRoutes(fake);
  const t = await startTestApp({
    STRIPE_SECRET_KEY: fake.secretKey,
    STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
    STRIPE_API_URL: fake.url,
    ...settings,
  });
  await t.app.listen(0, '127.0.0.1');
  fake.webhookUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api/v1/payments/webhook`;
  return { fake, t };
}
