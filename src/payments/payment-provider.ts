/**
 * The one door to the payment provider: everything Nearfill asks of it, for the customer's card (hosted checkout,
 * manual capture, cancel, refunds, signed events) and for fulfillers' payouts (Connect accounts, onboarding links,
 * transfers and their reversals). Two implementations: Stripe through its official SDK, and the test provider that
 * serves its own hosted pages when no Stripe key is configured. Nothing outside `src/payments/` imports an SDK.
 *
 * Amounts are integer minor units of the ISO 4217 currency (USD cents, JPY yen, KWD fils); currencies are upper-case
 * codes. Every call that moves or promises money takes an idempotency key: the same key twice is one operation.
 * Calls throw `PaymentProviderError` (payment-provider-error.ts) with a kind the caller can act on.
 */
export const PAYMENT_PROVIDER = Symbol('PaymentProvider');

export interface PaymentProvider extends CardPayments, PayoutRails {
  /** 'stripe' or 'test'; the test provider's pages say TEST MODE on every screen. */
  readonly name: 'stripe' | 'test';
}

// ---- The customer's card ----

export interface CheckoutRequest {
  orderId: string;
  orderNumber: string;
  currency: string;
  /** What the customer pays, minor units; the sum of the lines. */
  amountMinor: number;
  lines: { sku: string; name: string; quantity: number; unitAmountMinor: number }[];
  customerEmail: string;
  /** Absolute URLs the hosted page returns to; `{CHECKOUT_SESSION_ID}` is replaced by the session's id. */
  successUrl: string;
  cancelUrl: string;
  /** When the hosted page stops taking the payment (Stripe: 30 minutes to 24 hours after creation). */
  expiresAt: Date;
  idempotencyKey: string;
}

export interface CheckoutSession {
  id: string;
  /** The hosted payment page to send the customer to. */
  url: string;
  expiresAt: Date;
}

export type PaymentState =
  /** Hosted page open, nothing authorised yet. */
  | 'open'
  /** The card is authorised for `amountCapturableMinor`, to be captured before `captureBefore`. */
  | 'authorised'
  /** The session ended without a payment (expired or abandoned). */
  | 'expired'
  | 'captured'
  /** The authorisation was released. */
  | 'cancelled';

export interface PaymentStatus {
  sessionId: string;
  /** The PaymentIntent (or the test provider's equivalent) once the customer submitted a card. */
  paymentId: string | null;
  state: PaymentState;
  amountCapturableMinor: number;
  amountCapturedMinor: number;
  currency: string;
  /** The authorisation lapses at this instant (Stripe's `capture_before`); null until authorised. */
  captureBefore: Date | null;
  card: { brand: string; last4: string } | null;
  /** The last decline, in words a shopper can act on, when the last attempt failed. */
  declineMessage: string | null;
}

export interface RefundResult {
  refundId: string;
  /** 'succeeded' or 'pending' (the provider finishes it later: Stripe's `pending`, e.g. some banks); a failed refund throws. */
  state: 'succeeded' | 'pending';
}

/** A refund as the provider sees it now (after a `refund.updated` event, or a lookup of a pending one). */
export interface RefundStatus {
  refundId: string;
  /** 'failed' covers Stripe's `failed` and `canceled`: the money stayed with the platform. */
  state: 'succeeded' | 'pending' | 'failed';
  /** The provider's reason for a failed refund (Stripe's `failure_reason`), else null. */
  failureReason: string | null;
}

/** A provider event after its signature was checked; unknown types come back as `other` and are ignored. */
export interface PaymentEvent {
  id: string;
  createdAt: Date;
  type:
    | 'checkout.completed'
    | 'checkout.expired'
    | 'payment.authorised'
    | 'payment.captured'
    | 'payment.cancelled'
    | 'refund.updated'
    | 'account.updated'
    | 'transfer.reversed'
    | 'other';
  /** The id of the session, payment, refund, account or transfer the event is about. */
  objectId: string;
  /** For checkout and payment events: the session or payment's order id, from its metadata. */
  orderId: string | null;
}

export interface CardPayments {
  createCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
  /** The session's payment as the provider sees it now (used on return from the hosted page and by the sweep). */
  checkoutStatus(sessionId: string): Promise<PaymentStatus>;
  /** Ends an open hosted session so it can no longer be paid (an order abandoned or cancelled before paying). */
  expireCheckout(sessionId: string): Promise<void>;
  /** Captures `amountMinor` (≤ what is capturable) of an authorised payment; the rest of the authorisation is released. */
  capture(paymentId: string, amountMinor: number, idempotencyKey: string): Promise<{ capturedMinor: number }>;
  /** Releases an authorisation that was never captured. */
  cancelAuthorisation(paymentId: string, idempotencyKey: string): Promise<void>;
  /** Refunds `amountMinor` of a captured payment (partial refunds add up to at most the captured amount). */
  refund(paymentId: string, amountMinor: number, idempotencyKey: string): Promise<RefundResult>;
  /** How a refund stands now; a pending one is looked up until it succeeds or fails. */
  refundStatus(refundId: string): Promise<RefundStatus>;
  /** Checks the signature of a webhook body (exact bytes) and reads it; throws `PaymentProviderError` 'signature'. */
  readEvent(rawBody: Buffer, signatureHeader: string): PaymentEvent;
}

// ---- Fulfillers' payouts ----

export interface PayoutAccountRequest {
  /** 'retailer' or 'manufacturer', with its id: stored in the account's metadata. */
  fulfillerKind: 'retailer' | 'manufacturer';
  fulfillerId: string;
  email: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  idempotencyKey: string;
}

export interface PayoutAccountStatus {
  accountId: string;
  /**
   * True once onboarding is finished and transfers can reach the account's bank (Stripe: details submitted, payouts
   * enabled and the transfers capability active).
   */
  payoutsEnabled: boolean;
  /** What the provider still needs, in the provider's words; empty when nothing is due. */
  requirementsDue: string[];
}

export interface TransferRequest {
  accountId: string;
  currency: string;
  /** Positive minor units. */
  amountMinor: number;
  description: string;
  metadata: Record<string, string>;
  idempotencyKey: string;
}

export interface PayoutRails {
  /** Creates the fulfiller's connected account (Stripe: an Express account). */
  createPayoutAccount(request: PayoutAccountRequest): Promise<{ accountId: string }>;
  /** A one-time onboarding link; `refreshUrl` is where an expired link sends the user back to get a new one. */
  onboardingLink(accountId: string, refreshUrl: string, returnUrl: string): Promise<{ url: string; expiresAt: Date }>;
  payoutAccountStatus(accountId: string): Promise<PayoutAccountStatus>;
  transfer(request: TransferRequest): Promise<{ transferId: string }>;
  reverseTransfer(transferId: string, amountMinor: number, idempotencyKey: string): Promise<{ reversalId: string }>;
}
