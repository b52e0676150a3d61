import { randomUUID } from 'node:crypto';
import { PaymentProviderError } from '../src/payments/payment-provider-error';
import { StripePaymentProvider } from '../src/payments/stripe-payment-provider';
import { FakeStripe, startFakeStripe } from './support/fake-stripe/fake-stripe';
import { completeOnboarding, registerConnectRoutes } from './support/fake-stripe/fake-stripe-connect';

// The Stripe adapter's payout rails through the official SDK, pointed at the fake of Stripe's API (Connect routes).
describe("StripePaymentProvider's payouts against the fake Stripe API", () => {
  let fake: FakeStripe;
  let stripe: StripePaymentProvider;

  beforeAll(async () => {
    fake = await startFakeStripe();
    registerConnectRoutes(fake);
    stripe = new StripePaymentProvider(fake.secretKey, fake.webhookSecret, { ...fake.connection, timeoutMs: 1000 });
  });
  afterAll(() => fake.stop());
  afterEach(() => fake.clearFaults());

  const kindOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PaymentProviderError);
    return error as PaymentProviderError;
  };
  const newAccount = () =>
    stripe.createPayoutAccount({
      fulfillerKind: 'retailer',
      fulfillerId: randomUUID(),
      email: 'owner@shop.test',
      country: 'US',
      idempotencyKey: `acct-${randomUUID()}`,
    });
  const transfer = (accountId: string, idempotencyKey = `payout-${randomUUID()}`, amountMinor = 99_421) =>
    stripe.transfer({ accountId, currency: 'USD', amountMinor, description: 'Payout to 2026-12-07', metadata: { payout_id: 'p1' }, idempotencyKey });

  it('creates one Express account per idempotency key, able to receive transfers, with the fulfiller in its metadata', async () => {
    const request = {
      fulfillerKind: 'manufacturer' as const,
      fulfillerId: randomUUID(),
      email: 'ops@maker.test',
      country: 'DE',
      idempotencyKey: `acct-${randomUUID()}`,
    };
    const first = await stripe.createPayoutAccount(request);
    expect(await stripe.createPayoutAccount(request)).toEqual(first);
    const seen = await fake.client().accounts.retrieve(first.accountId);
    expect(seen).toMatchObject({
      type: 'express',
      country: 'DE',
      email: 'ops@maker.test',
      capabilities: { transfers: 'inactive' },
      metadata: { fulfiller_kind: 'manufacturer', fulfiller_id: request.fulfillerId },
    });
    expect(fake.requests.filter((r) => r.path === '/v1/accounts').map((r) => r.idempotencyKey)).toEqual([
      request.idempotencyKey,
      request.idempotencyKey,
    ]);
  });

  it('links to onboarding, and reports payouts enabled only once it is finished', async () => {
    const { accountId } = await newAccount();
    const link = await stripe.onboardingLink(
      accountId,
      'http://app.test/retailer/settings/payouts/onboarding',
      'http://app.test/retailer/settings/payouts?returned=1',
    );
    expect(link.url).toMatch(/^https:\/\/connect\.stripe\.com\//);
    expect(link.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await stripe.payoutAccountStatus(accountId)).toEqual({
      accountId,
      payoutsEnabled: false,
      requirementsDue: expect.arrayContaining(['external_account']),
    });
    completeOnboarding(fake, accountId);
    expect(await stripe.payoutAccountStatus(accountId)).toEqual({ accountId, payoutsEnabled: true, requirementsDue: [] });
    expect((await kindOf(stripe.onboardingLink('acct_missing', 'http://a.test/r', 'http://a.test/b'))).kind).toBe('invalid');
  });

  it('transfers once per idempotency key, and refuses an account whose onboarding is unfinished', async () => {
    const { accountId } = await newAccount();
    const refused = await kindOf(transfer(accountId));
    expect(refused).toMatchObject({ kind: 'invalid', providerCode: 'insufficient_capabilities_for_transfer' });
    completeOnboarding(fake, accountId);
    const key = `payout-${randomUUID()}`;
    const first = await transfer(accountId, key);
    expect(await transfer(accountId, key)).toEqual(first);
    const seen = await fake.client().transfers.retrieve(first.transferId);
    expect(seen).toMatchObject({ amount: 99_421, currency: 'usd', destination: accountId, metadata: { payout_id: 'p1' } });
    expect([...fake.objects.values()].filter((o) => o.object === 'transfer' && o.destination === accountId)).toHaveLength(1);
    // The same key with another amount is Stripe's idempotency error, not a second transfer.
    expect((await kindOf(transfer(accountId, key, 1))).kind).toBe('invalid');
  });

  it('sees an outage or a dropped connection as unavailable, so the queue retries with the same key and pays once', async () => {
    const { accountId } = await newAccount();
    completeOnboarding(fake, accountId);
    const key = `payout-${randomUUID()}`;
    fake.fail({ status: 500, match: /POST \/v1\/transfers$/ });
    expect((await kindOf(transfer(accountId, key))).kind).toBe('unavailable');
    // The SDK sends a request again once on a dropped keep-alive socket; dropped each time, it fails.
    fake.fail({ drop: true, match: /POST \/v1\/transfers$/ }, 5);
    expect((await kindOf(transfer(accountId, key))).kind).toBe('unavailable');
    fake.clearFaults();
    // Too slow: the SDK gives up while Stripe goes on and makes the transfer; the retry replays it.
    fake.fail({ delayMs: 1500, match: /POST \/v1\/transfers$/ });
    expect((await kindOf(transfer(accountId, key))).kind).toBe('unavailable');
    await transfer(accountId, key);
    await transfer(accountId, key);
    expect([...fake.objects.values()].filter((o) => o.object === 'transfer' && o.destination === accountId)).toHaveLength(1);
  });

  it('reverses part of a transfer, once per key, and never more than is left', async () => {
    const { accountId } = await newAccount();
    completeOnboarding(fake, accountId);
    const { transferId } = await transfer(accountId, undefined, 10_000);
    const key = `reversal-${randomUUID()}`;
    const first = await stripe.reverseTransfer(transferId, 4_000, key);
    expect(await stripe.reverseTransfer(transferId, 4_000, key)).toEqual(first);
    expect(await fake.client().transfers.retrieve(transferId)).toMatchObject({ amount_reversed: 4_000, reversed: false });
    const tooMuch = await kindOf(stripe.reverseTransfer(transferId, 6_001, `reversal-${randomUUID()}`));
    expect(tooMuch).toMatchObject({ kind: 'invalid', providerCode: 'amount_too_large' });
    await stripe.reverseTransfer(transferId, 6_000, `reversal-${randomUUID()}`);
    expect(await fake.client().transfers.retrieve(transferId)).toMatchObject({ amount_reversed: 10_000, reversed: true });
    expect(fake.events.filter((e) => e.type === 'transfer.reversed' && e.data.object.id === transferId)).toHaveLength(2);
  });
});
