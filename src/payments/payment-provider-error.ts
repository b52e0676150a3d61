/** What went wrong at the provider, as the caller must act on it. */
export type PaymentProviderErrorKind =
  /** The card or the customer's bank refused (message in words a shopper can act on). */
  | 'declined'
  /** The provider could not be reached or answered 5xx/429: retry later with the same idempotency key. */
  | 'unavailable'
  /** Our request was wrong or no longer valid (already captured, amount too large, unknown id): do not retry. */
  | 'invalid'
  /** A webhook whose signature or timestamp does not check out. */
  | 'signature';

export class PaymentProviderError extends Error {
  constructor(
    readonly kind: PaymentProviderErrorKind,
    message: string,
    /** The provider's own code (Stripe's `code` / `decline_code`), for logs and ops. */
    readonly providerCode: string | null = null,
  ) {
    super(message);
    this.name = 'PaymentProviderError';
  }
}
