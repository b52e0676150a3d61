import { randomUUID } from 'node:crypto';
import { CheckoutRequest } from '../src/payments/payment-provider';
import { PaymentProviderError } from '../src/payments/payment-provider-error';
import { StripePaymentProvider } from '../src/payments/stripe-payment-provider';
import { FakeStripe, startFakeStripe } from './support/fake-stripe/fake-stripe';

// The Stripe adapter through the official SDK (stripe 23), pointed with host/port/protocol at the fake of Stripe's API.
describe('StripePaymentProvider against the fake Stripe API', () => {
  let fake: FakeStripe;
  let stripe: StripePaymentProvider;

  beforeAll(async () => {
    fake = await startFakeStripe();
    stripe = new StripePaymentProvider(fake.secretKey, fake.webhookSecret, { ...fake.connection, timeoutMs: 1000 });
  });
  afterAll(() => fake.stop());
  afterEach(() => fake.clearFaults());

  const checkout = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
    orderId: randomUUID(),
    orderNumber: '100042',
    currency: 'USD',
    amountMinor: 3 * 2500 + 999,
    lines: [
      { sku: 'BELL-1', name: 'Bell', quantity: 3, unitAmountMinor: 2500 },
      { sku: 'LAMP-2', name: 'Lamp', quantity: 1, unitAmountMinor: 999 },
    ],
    customerEmail: 'jamie@example.com',
    successUrl: 'http://shop.test/s/cascade/payment/tok/return?session_id={CHECKOUT_SESSION_ID}',
    cancelUrl: 'http://shop.test/s/cascade/payment/tok/cancel',
    expiresAt: new Date(Date.now() + 60 * 60_000),
    idempotencyKey: `checkout:${randomUUID()}`,
    ...overrides,
  });

  const kindOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PaymentProviderError);
    return (error as PaymentProviderError).kind;
  };

  async function authorised(request = checkout()) {
    const session = await stripe.createCheckout(request);
    fake.pay(session.id, '4242 4242 4242 4242');
    return { session, status: await stripe.checkoutStatus(session.id) };
  }

  it('opens a hosted Checkout Session whose PaymentIntent is captured manually, with the order in its metadata', async () => {
    const request = checkout();
    const session = await stripe.createCheckout(request);
    expect(session.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    const stored = fake.get(session.id, 'checkout.session');
    expect(stored).toMatchObject({ amount_total: 8499, currency: 'usd', mode: 'payment', metadata: { order_id: request.orderId } });
    expect(stored._payment_intent_data).toMatchObject({ capture_method: 'manual', metadata: { order_id: request.orderId } });
    expect(stored.success_url).toBe(`http://shop.test/s/cascade/payment/tok/return?session_id=${session.id}`);
    expect(await stripe.checkoutStatus(session.id)).toMatchObject({ state: 'open', paymentId: null, card: null, declineMessage: null });
    // The same request again (a retry) is the same session; the key with another amount is refused.
    expect((await stripe.createCheckout(request)).id).toBe(session.id);
    const fewer = { ...request, lines: request.lines.slice(1), amountMinor: 999 };
    expect(await kindOf(stripe.createCheckout(fewer))).toBe('invalid');
    // Lines that do not add up to the amount are our mistake, caught before Stripe.
    expect(await kindOf(stripe.createCheckout({ ...request, idempotencyKey: 'other', amountMinor: 1 }))).toBe('invalid');
  });

  it('reads an authorised payment: amount capturable, the card, and when the authorisation lapses', async () => {
    const { status } = await authorised();
    expect(status).toMatchObject({
      state: 'authorised',
      amountCapturableMinor: 8499,
      amountCapturedMinor: 0,
      currency: 'USD',
      card: { brand: 'visa', last4: '4242' },
    });
    const days = (status.captureBefore!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
  });

  it("reads a declined card as an open session with the decline in Stripe's words", async () => {
    const session = await stripe.createCheckout(checkout());
    fake.pay(session.id, '4000 0000 0000 9995');
    expect(await stripe.checkoutStatus(session.id)).toMatchObject({ state: 'open', declineMessage: 'Your card has insufficient funds.' });
    fake.pay(session.id, '4000000000000002');
    expect((await stripe.checkoutStatus(session.id)).declineMessage).toBe('Your card was declined.');
  });

  it('captures the amount shipped once: a retry with the same key replays, another key is refused', async () => {
    const { status } = await authorised();
    expect(await stripe.capture(status.paymentId!, 8000, 'capture:a')).toEqual({ capturedMinor: 8000 });
    expect(await stripe.capture(status.paymentId!, 8000, 'capture:a')).toEqual({ capturedMinor: 8000 });
    expect(fake.requests.filter((r) => r.idempotencyKey === 'capture:a')).toHaveLength(2);
    expect(fake.get(status.paymentId!, 'payment_intent').amount_received).toBe(8000);
    expect(await kindOf(stripe.capture(status.paymentId!, 8000, 'capture:b'))).toBe('invalid');
    expect(await stripe.checkoutStatus(status.sessionId)).toMatchObject({ state: 'captured', amountCapturedMinor: 8000, amountCapturableMinor: 0 });
  });

  it('refuses to capture more than is authorised', async () => {
    const { status } = await authorised();
    const error = await stripe.capture(status.paymentId!, 9000, 'capture:too-much').catch((e: PaymentProviderError) => e);
    expect(error).toMatchObject({ kind: 'invalid', providerCode: 'amount_too_large' });
  });

  it('refunds partially up to what was captured, each refund once per key', async () => {
    const { status } = await authorised();
    await stripe.capture(status.paymentId!, 8499, `capture:${status.paymentId}`);
    const first = await stripe.refund(status.paymentId!, 2500, 'refund:1');
    expect(first).toMatchObject({ state: 'succeeded', refundId: expect.stringMatching(/^re_/) });
    expect(await stripe.refund(status.paymentId!, 2500, 'refund:1')).toEqual(first);
    await stripe.refund(status.paymentId!, 5999, 'refund:2');
    expect(await kindOf(stripe.refund(status.paymentId!, 1, 'refund:3'))).toBe('invalid');
  });

  it('releases an authorisation; a captured payment cannot be released, only refunded', async () => {
    const { status } = await authorised();
    await stripe.cancelAuthorisation(status.paymentId!, 'cancel:1');
    expect(await stripe.checkoutStatus(status.sessionId)).toMatchObject({ state: 'cancelled' });
    expect(await kindOf(stripe.capture(status.paymentId!, 100, 'capture:late'))).toBe('invalid');
    const other = await authorised();
    await stripe.capture(other.status.paymentId!, 8499, 'capture:2');
    expect(await kindOf(stripe.cancelAuthorisation(other.status.paymentId!, 'cancel:2'))).toBe('invalid');
  });

  it('expires an open session, and leaves an expired or completed one as it is', async () => {
    const session = await stripe.createCheckout(checkout());
    await stripe.expireCheckout(session.id);
    expect((await stripe.checkoutStatus(session.id)).state).toBe('expired');
    await stripe.expireCheckout(session.id);
    const { session: paid } = await authorised();
    await stripe.expireCheckout(paid.id);
    expect((await stripe.checkoutStatus(paid.id)).state).toBe('authorised');
  });

  it('reads a webhook signed as Stripe signs it, and refuses a bad, tampered or old signature', async () => {
    const { session } = await authorised();
    const event = fake.eventsAbout(session.id).find((e) => e.type === 'checkout.session.completed')!;
    const { body, signature } = fake.signed(event);
    expect(stripe.readEvent(Buffer.from(body), signature)).toMatchObject({
      id: event.id,
      type: 'checkout.completed',
      objectId: session.id,
      orderId: fake.get(session.id, 'checkout.session').metadata.order_id,
    });
    const signatureError = (raw: string, header: string) => {
      try {
        stripe.readEvent(Buffer.from(raw), header);
        return null;
      } catch (error) {
        return (error as PaymentProviderError).kind;
      }
    };
    expect(signatureError(body.replace('"livemode": false', '"livemode": true'), signature)).toBe('signature');
    const old = fake.signed(event, Math.floor(Date.now() / 1000) - 600);
    expect(signatureError(old.body, old.signature)).toBe('signature');
    const forged = fake.signed(event, undefined, 'whsec_someoneElse');
    expect(signatureError(forged.body, forged.signature)).toBe('signature');
    expect(signatureError(body, '')).toBe('signature');
  });

  it('reads Stripe down, unreachable or too slow as unavailable, to be retried with the same key', async () => {
    fake.fail({ status: 500 });
    expect(await kindOf(stripe.createCheckout(checkout()))).toBe('unavailable');
    // A connection dropped once is sent again with its key (a reused keep-alive socket); dropped each time, it fails.
    fake.fail({ drop: true }, 5);
    expect(await kindOf(stripe.createCheckout(checkout()))).toBe('unavailable');
    fake.clearFaults();
    fake.fail({ delayMs: 1500 });
    expect(await kindOf(stripe.createCheckout(checkout()))).toBe('unavailable');
    fake.fail({ status: 429 });
    expect(await kindOf(stripe.createCheckout(checkout()))).toBe('unavailable');
    // The retry of a failed capture goes through with its key.
    const { status } = await authorised();
    fake.fail({ status: 503, match: /capture/ });
    expect(await kindOf(stripe.capture(status.paymentId!, 8499, 'capture:retry'))).toBe('unavailable');
    expect(await stripe.capture(status.paymentId!, 8499, 'capture:retry')).toEqual({ capturedMinor: 8499 });
  });

  it('is refused with a wrong secret key', async () => {
    const wrong = new StripePaymentProvider('sk_test_wrong', fake.webhookSecret, fake.connection);
    expect(await kindOf(wrong.createCheckout(checkout()))).toBe('unavailable');
  });
});
