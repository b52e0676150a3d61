import type { ParsedQs } from 'qs';
import { StripeFakeError } from './fake-stripe-error';

/**
 * What the fake of Stripe's HTTP API keeps, in Stripe's field names (https://docs.stripe.com/api), abridged to the
 * fields Nearfill reads or the fake's rules need. Amounts are integers in minor units, times Unix seconds.
 */

/** A form body as the SDK encodes it and qs decodes it: `a[b][0]=x` → `{ a: { b: ['x'] } }`; every leaf is text. */
export type FormBody = ParsedQs;
type FormValue = FormBody[string];

/** Metadata as the request sent it (`metadata[key]=value`). */
type Metadata = FormBody;

export interface FakeCheckoutSession {
  id: string;
  object: 'checkout.session';
  amount_subtotal: number;
  amount_total: number;
  cancel_url: string | null;
  client_reference_id: string | null;
  created: number;
  currency: string;
  customer_email: string | null;
  expires_at: number;
  livemode: boolean;
  metadata: Metadata;
  mode: 'payment';
  payment_intent: string | null;
  payment_status: 'unpaid' | 'paid';
  status: 'open' | 'complete' | 'expired';
  success_url: string;
  url: string;
  /** Kept for the PaymentIntent the customer's payment creates; never shown (a leading "_"). */
  _payment_intent_data: FormBody;
}

export interface FakePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  capture_method: string;
  currency: string;
  created: number;
  canceled_at?: number;
  latest_charge: string | null;
  last_payment_error: {
    type: 'card_error';
    code: string;
    decline_code: string;
    message: string;
    payment_method: { card: { brand: string; last4: string } };
  } | null;
  metadata: Metadata;
  status: 'requires_payment_method' | 'requires_capture' | 'succeeded' | 'canceled';
  livemode: boolean;
}

export interface FakeCharge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  captured: boolean;
  currency: string;
  payment_intent: string;
  status: 'succeeded';
  payment_method_details: { type: 'card'; card: { brand: string; last4: string; capture_before: number; exp_month: number; exp_year: number } };
}

export interface FakeRefund {
  id: string;
  object: 'refund';
  amount: number;
  charge: string;
  currency: string;
  created: number;
  metadata: Metadata;
  payment_intent: string;
  reason: string | null;
  status: 'pending' | 'succeeded' | 'failed';
  failure_reason: string | null;
}

export interface FakeAccount {
  id: string;
  object: 'account';
  type: 'express';
  country: string;
  email: string | null;
  metadata: Metadata;
  created: number;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  capabilities: { transfers?: 'inactive' | 'active' };
  requirements: { currently_due: string[]; eventually_due: string[]; past_due: string[]; disabled_reason: string | null };
}

export interface FakeTransferReversal {
  id: string;
  object: 'transfer_reversal';
  amount: number;
  currency: string;
  transfer: string;
  created: number;
  metadata: Metadata;
}

export interface FakeTransfer {
  id: string;
  object: 'transfer';
  amount: number;
  amount_reversed: number;
  currency: string;
  destination: string;
  description: string | null;
  metadata: Metadata;
  created: number;
  reversed: boolean;
  reversals: { object: 'list'; data: FakeTransferReversal[]; has_more: boolean };
}

/** Every object the fake stores, by its `object` name. */
export interface FakeObjects {
  'checkout.session': FakeCheckoutSession;
  payment_intent: FakePaymentIntent;
  charge: FakeCharge;
  refund: FakeRefund;
  account: FakeAccount;
  transfer: FakeTransfer;
  transfer_reversal: FakeTransferReversal;
}

export type StripeObject = FakeObjects[keyof FakeObjects];

/** An event about an object, with a snapshot of it as Stripe sends one. */
export interface FakeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  type: string;
  livemode: boolean;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  data: { object: StripeObject };
}

/** A param's text, or undefined when it is missing or not text. */
export const text = (value: FormValue): string | undefined => (typeof value === 'string' ? value : undefined);

/** A nested param (`metadata[key]=…`), or {} when it is missing or not nested. */
export const nested = (value: FormValue): FormBody => (value !== undefined && typeof value === 'object' && !Array.isArray(value) ? value : {});

/** A list param (`expand[]=a&expand[]=b`, or one value): its texts. */
export const texts = (value: FormValue): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

/** A param Stripe requires, as text: missing or blank is Stripe's 400 `parameter_missing`. */
export function required(body: FormBody, param: string): string {
  const value = body[param];
  if (value === undefined || value === '') {
    throw new StripeFakeError(400, 'invalid_request_error', `Missing required param: ${param}.`, 'parameter_missing', { param });
  }
  if (typeof value !== 'string')
    throw new StripeFakeError(400, 'invalid_request_error', `Invalid string: ${param}.`, 'parameter_invalid_string', { param });
  return value;
}
