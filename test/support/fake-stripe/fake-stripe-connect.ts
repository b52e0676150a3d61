import { FakeStripe, StripeFakeError } from './fake-stripe';
import { FakeAccount, FakeEvent, FakeObjects, nested, required, text } from './fake-stripe-objects';

/**
 * The Connect part of the FAKE of Stripe's HTTP API (tests only), added to a FakeStripe with `route()`: Express
 * accounts (create, retrieve with `payouts_enabled`, `capabilities` and `requirements`), Account Links for
 * onboarding, Transfers to a connected account, and transfer reversals, answering errors as Stripe documents them
 * (https://docs.stripe.com/api/errors). What a fulfiller does on Stripe's onboarding page is played with
 * `completeOnboarding()`; every change emits its event (`account.updated`, `transfer.created`, `transfer.reversed`).
 */

/** What Stripe asks of a new Express account before it enables transfers (abridged, in Stripe's field names). */
const EXPRESS_REQUIREMENTS = ['business_type', 'external_account', 'tos_acceptance.date', 'tos_acceptance.ip'];

const now = () => Math.floor(Date.now() / 1000);

function positiveInt(value: unknown, param: string): number {
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new StripeFakeError(400, 'invalid_request_error', `Invalid positive integer: ${param}`, 'parameter_invalid_integer', { param });
  }
  return Number(value);
}

/** Stripe's answer for a connected account that is not there (a 400 on a parameter, a 404 on the path). */
function account(fake: FakeStripe, id: string, param?: string): FakeAccount {
  const found = fake.objects.get(id);
  if (found?.object !== 'account') {
    throw new StripeFakeError(param ? 400 : 404, 'invalid_request_error', `No such account: '${id}'`, 'resource_missing', param ? { param } : {});
  }
  return found;
}

export function registerConnectRoutes(fake: FakeStripe): void {
  fake.route('POST', '/v1/accounts', ({ body }) => {
    if (required(body, 'type') !== 'express')
      throw new StripeFakeError(400, 'invalid_request_error', 'Only type=express is faked', 'parameter_invalid_string', { param: 'type' });
    const transfers = text(nested(nested(body.capabilities).transfers).requested) === 'true';
    const created = fake.put<FakeAccount>({
      id: fake.newId('acct'),
      object: 'account',
      type: 'express',
      country: text(body.country) ?? 'US',
      email: text(body.email) ?? null,
      metadata: nested(body.metadata),
      created: now(),
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      capabilities: transfers ? { transfers: 'inactive' } : {},
      requirements: {
        currently_due: [...EXPRESS_REQUIREMENTS],
        eventually_due: [...EXPRESS_REQUIREMENTS],
        past_due: [],
        disabled_reason: 'requirements.past_due',
      },
    });
    return fake.view(created);
  });

  fake.route('GET', '/v1/accounts/:id', ({ params }) => fake.view(account(fake, params.id)));

  fake.route('POST', '/v1/account_links', ({ body }) => {
    const linked = account(fake, required(body, 'account'), 'account');
    required(body, 'refresh_url');
    required(body, 'return_url');
    if (required(body, 'type') !== 'account_onboarding')
      throw new StripeFakeError(400, 'invalid_request_error', 'Only type=account_onboarding is faked', 'parameter_invalid_string', { param: 'type' });
    // Account Links are single-use and expire a few minutes after they are created.
    return {
      object: 'account_link',
      created: now(),
      expires_at: now() + 300,
      url: `https://connect.stripe.com/setup/e/${linked.id}/${fake.newId('link')}`,
    };
  });

  fake.route('POST', '/v1/transfers', ({ body }) => {
    const amount = positiveInt(body.amount, 'amount');
    const currency = required(body, 'currency');
    const destination = account(fake, required(body, 'destination'), 'destination');
    if (destination.capabilities.transfers !== 'active') {
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
        'insufficient_capabilities_for_transfer',
        { param: 'destination' },
      );
    }
    const transfer = fake.put<FakeObjects['transfer']>({
      id: fake.newId('tr'),
      object: 'transfer',
      amount,
      amount_reversed: 0,
      currency,
      destination: destination.id,
      description: text(body.description) ?? null,
      metadata: nested(body.metadata),
      created: now(),
      reversed: false,
      reversals: { object: 'list', data: [], has_more: false },
    });
    fake.emit('transfer.created', transfer);
    return fake.view(transfer);
  });

  fake.route('GET', '/v1/transfers/:id', ({ params }) => fake.view(fake.get(params.id, 'transfer')));

  fake.route('POST', '/v1/transfers/:id/reversals', ({ params, body }) => {
    const transfer = fake.get(params.id, 'transfer');
    const left = transfer.amount - transfer.amount_reversed;
    const amount = body.amount === undefined ? left : positiveInt(body.amount, 'amount');
    if (amount > left) {
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        `Amount (${amount}) is greater than the amount remaining (${left}) on the transfer.`,
        'amount_too_large',
        { param: 'amount' },
      );
    }
    const reversal = fake.put<FakeObjects['transfer_reversal']>({
      id: fake.newId('trr'),
      object: 'transfer_reversal',
      amount,
      currency: transfer.currency,
      transfer: transfer.id,
      created: now(),
      metadata: {},
    });
    transfer.amount_reversed += amount;
    transfer.reversed = transfer.amount_reversed === transfer.amount;
    transfer.reversals.data.unshift(fake.view(reversal));
    fake.emit('transfer.reversed', transfer);
    return fake.view(reversal);
  });
}

/** The fulfiller finishes Stripe's hosted onboarding: transfers and payouts are enabled (event `account.updated`). */
export function completeOnboarding(fake: FakeStripe, accountId: string): FakeEvent {
  const onboarded = account(fake, accountId);
  Object.assign(onboarded, {
    details_submitted: true,
    payouts_enabled: true,
    capabilities: { ...onboarded.capabilities, transfers: 'active' },
    requirements: { currently_due: [], eventually_due: [], past_due: [], disabled_reason: null },
  });
  return fake.emit('account.updated', onboarded);
}
