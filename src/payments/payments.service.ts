import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { formatMoney } from '../common/money';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { releasePaidOrder } from '../orders/order-release';
import { OrderStatus } from '../orders/order-status';
import { transitionOrder } from '../orders/order-transitions';
import { ResolutionSchedule } from '../orders/resolves-at';
import { cardName } from './card-words';
import { requestRelease } from './payment-operations';
import { PaymentOperationsRunner } from './payment-operations-runner';
import { PAYMENT_PROVIDER, PaymentProvider, PaymentStatus } from './payment-provider';
import { PaymentProviderError } from './payment-provider-error';
import { PaymentStep } from './payments.dto';

/** The order facts a checkout needs. */
export interface CheckoutOrder {
  id: string;
  number: string;
  currency: string;
  totalMinor: number;
  customerEmail: string;
  storeSlug: string;
  trackingToken: string;
  lines: { sku: string; name: string; quantity: number; unitPriceMinor: number }[];
}

/** Where an order's payment stands after a look at the provider. */
export type PaymentOutcome = 'open' | 'authorised' | 'expired' | 'captured' | 'cancelled';

/**
 * The customer's payment of an order: the hosted checkout it starts with, and the one step that turns an
 * authorised payment into a placed order — reached by the customer's return, the provider's webhook or the lookup
 * sweep, whichever comes first, and taken exactly once (the payment row is locked and must still be open).
 */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);
  private readonly schedule: ResolutionSchedule;
  private readonly accountListeners: ((providerAccountId: string) => Promise<void>)[] = [];

  constructor(
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly operations: PaymentOperationsRunner,
  ) {
    this.schedule = new ResolutionSchedule(config.RESOLVE_CRON, config.RESOLVE_TZ);
  }

  get providerName(): 'stripe' | 'test' {
    return this.provider.name;
  }

  /**
   * Payouts (which build on payments) hear of the provider's `account.updated` events here: `listener` gets the
   * connected account's id and checks it afresh; a listener that throws makes the provider send the event again.
   */
  onAccountUpdated(listener: (providerAccountId: string) => Promise<void>): void {
    this.accountListeners.push(listener);
  }

  /**
   * Opens the hosted payment page for a new order, inside placement's transaction, so an order exists only with
   * its payment page: the provider down or slow is a 503 and nothing is written. A card the provider cannot take
   * for this order is a 422.
   */
  async startCheckout(manager: EntityManager, order: CheckoutOrder): Promise<PaymentStep> {
    const base = `${this.config.PUBLIC_BASE_URL}/s/${order.storeSlug}/payment/${order.trackingToken}`;
    const expiresAt = new Date(Date.now() + this.config.PAYMENT_CHECKOUT_MINUTES * 60_000);
    let session;
    try {
      session = await this.provider.createCheckout({
        orderId: order.id,
        orderNumber: order.number,
        currency: order.currency,
        amountMinor: order.totalMinor,
        lines: order.lines.map((line) => ({ sku: line.sku, name: line.name, quantity: line.quantity, unitAmountMinor: line.unitPriceMinor })),
        customerEmail: order.customerEmail,
        successUrl: `${base}/return?session_id={CHECKOUT_SESSION_ID}`,
        cancelUrl: `${base}/cancel`,
        expiresAt,
        idempotencyKey: `checkout:${order.id}`,
      });
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      this.logger.warn({ err: error, orderId: order.id }, 'The payment page could not be opened');
      if (error.kind === 'unavailable') {
        throw new DomainError(
          ErrorCode.Unavailable,
          'We could not reach our payment service, so no order was placed and nothing was charged. Please try again in a minute.',
        );
      }
      throw new DomainError(ErrorCode.Unprocessable, `This order cannot be paid by card: ${error.message}`);
    }
    await manager.query(
      `INSERT INTO order_payments (order_id, provider, session_id, checkout_url, session_expires_at, currency, amount_minor)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [order.id, this.provider.name, session.id, session.url, session.expiresAt, order.currency, order.totalMinor],
    );
    return { status: 'awaiting_payment', provider: this.provider.name, checkoutUrl: session.url, expiresAt: session.expiresAt };
  }

  /**
   * Looks at the provider and applies what it says: authorised → the order is placed; the session expired → the
   * order expires. Anything already settled is answered from the database without asking the provider.
   */
  async refresh(orderId: string): Promise<PaymentOutcome | null> {
    const [row]: { state: PaymentOutcome; session_id: string }[] = await this.dataSource.query(
      `SELECT state, session_id FROM order_payments WHERE order_id = $1`,
      [orderId],
    );
    if (!row) return null;
    if (row.state !== 'open') return row.state;
    return this.apply(orderId, await this.provider.checkoutStatus(row.session_id));
  }

  /**
   * The customer left the hosted page without paying ("back to the store", or a declined card on the test page):
   * unless the card was authorised meanwhile, the page is closed and the order expires at once, so the customer
   * checks out again with a fresh order. Returns the outcome and the last decline, in the provider's words.
   */
  async abandon(orderId: string): Promise<{ outcome: PaymentOutcome | null; declineMessage: string | null }> {
    const [row]: { state: PaymentOutcome; session_id: string }[] = await this.dataSource.query(
      `SELECT state, session_id FROM order_payments WHERE order_id = $1`,
      [orderId],
    );
    if (!row) return { outcome: null, declineMessage: null };
    if (row.state !== 'open') return { outcome: row.state, declineMessage: await this.declineOf(orderId) };
    const status = await this.provider.checkoutStatus(row.session_id);
    if (status.state === 'open') {
      await this.provider.expireCheckout(row.session_id);
      return {
        outcome: await this.apply(
          orderId,
          { ...status, state: 'expired' },
          'You left the payment page without paying, so this order was not placed. Nothing was charged.',
        ),
        declineMessage: status.declineMessage,
      };
    }
    return { outcome: await this.apply(orderId, status), declineMessage: status.declineMessage };
  }

  /** The order a tracking token opens in this store (the return pages); 404 for a wrong token or another store's order. */
  async orderFor(slug: string, trackingToken: string): Promise<string> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `SELECT o.id FROM orders o JOIN stores s ON s.id = o.store_id WHERE o.tracking_token = $1 AND s.slug = $2`,
      [trackingToken, slug],
    );
    if (!row) throw new DomainError(ErrorCode.NotFound, 'We could not find this order. Check the link in your confirmation e-mail.');
    return row.id;
  }

  /**
   * Why the order behind `trackingToken` was not paid, for the checkout page the shopper is sent back to: the card's
   * decline in the provider's words, or that they left the payment page. Null when that order is not an unpaid one.
   */
  async unpaidNotice(slug: string, trackingToken: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ decline_message: string | null }[]>(
      `SELECT p.decline_message FROM order_payments p JOIN orders o ON o.id = p.order_id JOIN stores s ON s.id = o.store_id
        WHERE o.tracking_token = $1 AND s.slug = $2 AND o.status = 'expired'`,
      [trackingToken, slug],
    );
    if (!row) return null;
    return row.decline_message
      ? `${row.decline_message} Nothing was charged and your order was not placed. Try another card, or check the card's details with your bank.`
      : 'You left the payment page, so your order was not placed and nothing was charged. Your cart is just as you left it.';
  }

  private async declineOf(orderId: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ decline_message: string | null }[]>(
      `SELECT decline_message FROM order_payments WHERE order_id = $1`,
      [orderId],
    );
    return row?.decline_message ?? null;
  }

  /** Exactly once: the payment row is locked, and only an open payment changes. */
  private apply(orderId: string, status: PaymentStatus, expiredNote?: string): Promise<PaymentOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: { state: PaymentOutcome; currency: string; amount_minor: string }[] = await manager.query(
        `SELECT state, currency, amount_minor FROM order_payments WHERE order_id = $1 FOR UPDATE`,
        [orderId],
      );
      if (row.state !== 'open') return row.state;
      if (status.state === 'authorised' || status.state === 'captured') {
        await manager.query(
          `UPDATE order_payments
              SET state = 'authorised', payment_id = $2, capture_before = $3, card_brand = $4, card_last4 = $5,
                  decline_message = NULL, authorised_at = now()
            WHERE order_id = $1`,
          [orderId, status.paymentId, status.captureBefore, status.card?.brand ?? null, status.card?.last4 ?? null],
        );
        const amount = formatMoney(Number(row.amount_minor), row.currency);
        const note = `Payment of ${amount} authorised on ${cardName(status.card)}; your card is charged when your order ships or is handed over to you`;
        // Cancelled or expired while the customer was paying: the authorisation is released instead.
        if (!(await releasePaidOrder(manager, orderId, this.schedule, note))) await requestRelease(manager, orderId);
        return 'authorised';
      }
      if (status.state === 'expired' || status.state === 'cancelled') {
        // The last decline stays: the checkout the shopper returns to says why the card was refused.
        await manager.query(`UPDATE order_payments SET state = 'expired', decline_message = coalesce($2, decline_message) WHERE order_id = $1`, [
          orderId,
          status.declineMessage,
        ]);
        const [order] = await manager.query<{ status: OrderStatus }[]>(`SELECT status FROM orders WHERE id = $1 FOR UPDATE`, [orderId]);
        if (order.status === OrderStatus.AwaitingPayment) {
          await transitionOrder(manager, {
            orderId,
            to: OrderStatus.Expired,
            from: [OrderStatus.AwaitingPayment],
            actor: 'system',
            note: expiredNote ?? 'The payment was not completed in time, so this order expired. Nothing was charged.',
          });
        }
        return 'expired';
      }
      if (status.declineMessage) {
        await manager.query(`UPDATE order_payments SET decline_message = $2 WHERE order_id = $1`, [orderId, status.declineMessage]);
      }
      return 'open';
    });
  }

  /**
   * A webhook from the provider: its signature is checked (a bad one is a 400 and changes nothing); an event id
   * seen before is ignored; otherwise the order's payment, the refund or the fulfiller's payout account it is about
   * is looked up afresh at the provider, so an event that arrives late or out of order can only confirm what is true now. Replays older than the provider's tolerance
   * (Stripe: 5 minutes) fail the signature check.
   */
  async handleWebhook(rawBody: Buffer, signature: string | undefined): Promise<{ received: true; duplicate: boolean }> {
    let event;
    try {
      event = this.provider.readEvent(rawBody, signature ?? '');
    } catch (error) {
      if (error instanceof PaymentProviderError && error.kind === 'signature') {
        throw new DomainError(ErrorCode.BadRequest, `The webhook's signature does not check out: ${error.message}`);
      }
      throw error;
    }
    const [seen] = await this.dataSource.query<unknown[]>(`SELECT 1 FROM payment_events WHERE event_id = $1`, [event.id]);
    if (seen) return { received: true, duplicate: true };
    if (event.orderId && ['checkout.completed', 'checkout.expired', 'payment.authorised'].includes(event.type)) {
      await this.refresh(event.orderId);
    } else if (event.type === 'refund.updated') {
      await this.operations.refundUpdated(event.objectId);
    } else if (event.type === 'account.updated') {
      for (const listener of this.accountListeners) await listener(event.objectId);
    }
    // Recorded once handled: a failure above leaves it unrecorded, and the provider's retry is handled again.
    const recorded = await this.dataSource.query<{ event_id: string }[]>(
      `INSERT INTO payment_events (event_id, type) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
      [event.id, event.type],
    );
    return { received: true, duplicate: recorded.length === 0 };
  }
}
