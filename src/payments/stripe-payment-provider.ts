import Stripe from 'stripe';
import {
  CheckoutRequest,
  CheckoutSession,
  PaymentEvent,
  PaymentProvider,
  PaymentState,
  PaymentStatus,
  PayoutAccountRequest,
  PayoutAccountStatus,
  RefundResult,
  RefundStatus,
  TransferRequest,
} from './payment-provider';
import { PaymentProviderError } from './payment-provider-error';

/** Where the SDK sends its requests: Stripe itself unless a test points it at the fake of Stripe's HTTP API. */
export interface StripeConnection {
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /** Per request, milliseconds; a checkout waits at most this long before the shopper sees "try again". */
  timeoutMs?: number;
}

/** Stripe rejects webhooks signed more than this many seconds ago: an old event replayed is refused. */
const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * The real provider: Stripe Checkout (hosted page) with manual capture, refunds, signed webhooks and Connect, through
 * the official SDK. Every call that moves money passes the caller's idempotency key to Stripe. Errors are mapped to
 * `PaymentProviderError` kinds by Stripe's documented error types.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe' as const;
  private readonly stripe: Stripe;

  constructor(
    secretKey: string,
    private readonly webhookSecret: string,
    connection: StripeConnection = {},
  ) {
    this.stripe = new Stripe(secretKey, {
      host: connection.host,
      port: connection.port,
      protocol: connection.protocol,
      timeout: connection.timeoutMs ?? 10_000,
      // Retries belong to the queue (with the same idempotency key), so a checkout never hangs on them.
      maxNetworkRetries: 0,
      telemetry: false,
      appInfo: { name: 'Nearfill' },
    });
  }

  // ---- The customer's card ----

  async createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
    // Stripe charges the sum of the lines: one that differs from the order's amount is a bug here, not a payment.
    const linesTotal = request.lines.reduce((sum, line) => sum + line.unitAmountMinor * line.quantity, 0);
    if (linesTotal !== request.amountMinor) {
      throw new PaymentProviderError('invalid', `The lines add up to ${linesTotal}, not the order's ${request.amountMinor}`);
    }
    const metadata = { order_id: request.orderId, order_number: request.orderNumber };
    const session = await this.call(() =>
      this.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          customer_email: request.customerEmail,
          client_reference_id: request.orderId,
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
          expires_at: Math.floor(request.expiresAt.getTime() / 1000),
          line_items: request.lines.map((line) => ({
            quantity: line.quantity,
            price_data: {
              currency: request.currency.toLowerCase(),
              unit_amount: line.unitAmountMinor,
              product_data: { name: line.name, metadata: { sku: line.sku } },
            },
          })),
          metadata,
          payment_intent_data: { capture_method: 'manual', metadata },
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    if (!session.url) throw new PaymentProviderError('invalid', 'Stripe returned a Checkout Session without a URL');
    return { id: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000) };
  }

  async checkoutStatus(sessionId: string): Promise<PaymentStatus> {
    const session = await this.call(() => this.stripe.checkout.sessions.retrieve(sessionId, { expand: ['payment_intent.latest_charge'] }));
    const intent = typeof session.payment_intent === 'object' ? session.payment_intent : null;
    const charge = intent && typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
    const card = charge?.payment_method_details?.card ?? null;
    return {
      sessionId: session.id,
      paymentId: intent?.id ?? (typeof session.payment_intent === 'string' ? session.payment_intent : null),
      state: paymentState(session, intent),
      amountCapturableMinor: intent?.amount_capturable ?? 0,
      amountCapturedMinor: intent?.amount_received ?? 0,
      currency: (session.currency ?? '').toUpperCase(),
      captureBefore: card?.capture_before ? new Date(card.capture_before * 1000) : null,
      card: card?.last4 ? { brand: card.brand ?? 'card', last4: card.last4 } : null,
      declineMessage: intent?.last_payment_error?.message ?? null,
    };
  }

  async expireCheckout(sessionId: string): Promise<void> {
    const session = await this.call(() => this.stripe.checkout.sessions.retrieve(sessionId));
    if (session.status !== 'open') return;
    await this.call(() => this.stripe.checkout.sessions.expire(sessionId));
  }

  async capture(paymentId: string, amountMinor: number, idempotencyKey: string): Promise<{ capturedMinor: number }> {
    const intent = await this.call(() => this.stripe.paymentIntents.capture(paymentId, { amount_to_capture: amountMinor }, { idempotencyKey }));
    return { capturedMinor: intent.amount_received };
  }

  async cancelAuthorisation(paymentId: string, idempotencyKey: string): Promise<void> {
    await this.call(() => this.stripe.paymentIntents.cancel(paymentId, {}, { idempotencyKey }));
  }

  async refund(paymentId: string, amountMinor: number, idempotencyKey: string): Promise<RefundResult> {
    const refund = await this.call(() => this.stripe.refunds.create({ payment_intent: paymentId, amount: amountMinor }, { idempotencyKey }));
    if (refund.status === 'failed' || refund.status === 'canceled') {
      throw new PaymentProviderError('invalid', `The refund ${refund.id} ${refund.status}`, refund.failure_reason ?? null);
    }
    return { refundId: refund.id, state: refund.status === 'succeeded' ? 'succeeded' : 'pending' };
  }

  async refundStatus(refundId: string): Promise<RefundStatus> {
    const refund = await this.call(() => this.stripe.refunds.retrieve(refundId));
    const failed = refund.status === 'failed' || refund.status === 'canceled';
    return {
      refundId: refund.id,
      state: refund.status === 'succeeded' ? 'succeeded' : failed ? 'failed' : 'pending',
      failureReason: failed ? (refund.failure_reason ?? refund.status ?? null) : null,
    };
  }

  readEvent(rawBody: Buffer, signatureHeader: string): PaymentEvent {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(rawBody, signatureHeader, this.webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
    } catch (error) {
      throw new PaymentProviderError('signature', (error as Error).message);
    }
    const object = event.data.object as { id: string; metadata?: Record<string, string> | null };
    return {
      id: event.id,
      createdAt: new Date(event.created * 1000),
      type: EVENT_TYPES[event.type] ?? 'other',
      objectId: object.id,
      orderId: object.metadata?.order_id ?? null,
    };
  }

  /** Runs one SDK call and turns Stripe's documented error types into the kinds callers act on. */
  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw providerError(error);
    }
  }

  // ---- Fulfillers' payouts ----

  async createPayoutAccount(request: PayoutAccountRequest): Promise<{ accountId: string }> {
    const account = await this.call(() =>
      this.stripe.accounts.create(
        {
          type: 'express',
          country: request.country,
          email: request.email,
          // Separate charges and transfers: the platform charges the card, the fulfiller receives transfers.
          capabilities: { transfers: { requested: true } },
          metadata: { fulfiller_kind: request.fulfillerKind, fulfiller_id: request.fulfillerId },
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return { accountId: account.id };
  }

  async onboardingLink(accountId: string, refreshUrl: string, returnUrl: string): Promise<{ url: string; expiresAt: Date }> {
    const link = await this.call(() =>
      this.stripe.accountLinks.create({ account: accountId, refresh_url: refreshUrl, return_url: returnUrl, type: 'account_onboarding' }),
    );
    return { url: link.url, expiresAt: new Date(link.expires_at * 1000) };
  }

  async payoutAccountStatus(accountId: string): Promise<PayoutAccountStatus> {
    const account = await this.call(() => this.stripe.accounts.retrieve(accountId));
    return {
      accountId: account.id,
      // Stripe's "onboarding finished": the details are in, and both payouts and the transfers capability are on.
      payoutsEnabled: account.details_submitted === true && account.payouts_enabled === true && account.capabilities?.transfers === 'active',
      requirementsDue: [...(account.requirements?.past_due ?? []), ...(account.requirements?.currently_due ?? [])].filter(
        (item, i, all) => all.indexOf(item) === i,
      ),
    };
  }

  async transfer(request: TransferRequest): Promise<{ transferId: string }> {
    const transfer = await this.call(() =>
      this.stripe.transfers.create(
        {
          amount: request.amountMinor,
          currency: request.currency.toLowerCase(),
          destination: request.accountId,
          description: request.description,
          metadata: request.metadata,
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return { transferId: transfer.id };
  }

  async reverseTransfer(transferId: string, amountMinor: number, idempotencyKey: string): Promise<{ reversalId: string }> {
    const reversal = await this.call(() => this.stripe.transfers.createReversal(transferId, { amount: amountMinor }, { idempotencyKey }));
    return { reversalId: reversal.id };
  }
}

const EVENT_TYPES: Partial<Record<string, PaymentEvent['type']>> = {
  'checkout.session.completed': 'checkout.completed',
  'checkout.session.expired': 'checkout.expired',
  'payment_intent.amount_capturable_updated': 'payment.authorised',
  'payment_intent.succeeded': 'payment.captured',
  'payment_intent.canceled': 'payment.cancelled',
  'refund.updated': 'refund.updated',
  // The same change to a refund of a charge; both carry the refund.
  'charge.refund.updated': 'refund.updated',
  'account.updated': 'account.updated',
  'transfer.reversed': 'transfer.reversed',
};

function paymentState(session: Stripe.Checkout.Session, intent: Stripe.PaymentIntent | null): PaymentState {
  switch (intent?.status) {
    case 'requires_capture':
      return 'authorised';
    case 'succeeded':
      return 'captured';
    case 'canceled':
      return 'cancelled';
  }
  return session.status === 'expired' ? 'expired' : 'open';
}

/** Stripe's error types (https://docs.stripe.com/api/errors): card errors are the shopper's, 5xx/429/network are ours to retry. */
function providerError(error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  const code = error.decline_code ?? error.code ?? null;
  switch (error.type) {
    case 'StripeCardError':
      return new PaymentProviderError('declined', error.message, code);
    case 'StripeConnectionError':
    case 'StripeAPIError':
    case 'StripeRateLimitError':
    case 'StripeAuthenticationError':
    case 'StripePermissionError':
      return new PaymentProviderError('unavailable', error.message, code);
    case 'StripeInvalidRequestError':
      if ((error.statusCode ?? 0) >= 500) return new PaymentProviderError('unavailable', error.message, code);
      return new PaymentProviderError('invalid', error.message, code);
    default:
      return new PaymentProviderError((error.statusCode ?? 500) >= 500 ? 'unavailable' : 'invalid', error.message, code);
  }
}
