import { PAYMENT_PROVIDER } from '../../src/payments/payment-provider';
import { TestPaymentProvider } from '../../src/payments/test-payment-provider';
import { TestApp } from './test-app';

/**
 * Pays a just-placed order with Stripe's test card 4242 4242 4242 4242 at the test provider (what its hosted page
 * does with the card) and follows the return to the store, as the customer's browser does: the order is then placed
 * and posted.
 */
export async function payByTestCard(t: TestApp, payment: { checkoutUrl: string }): Promise<void> {
  const sessionId = decodeURIComponent(new URL(payment.checkoutUrl).pathname.split('/').pop()!);
  const { redirectUrl } = await t.app.get<TestPaymentProvider>(PAYMENT_PROVIDER).submitCard(sessionId, '4242 4242 4242 4242');
  const back = new URL(redirectUrl);
  await t.http.get(`${back.pathname}${back.search}`).expect(303);
}
