import { EntityManager } from 'typeorm';
import { CARD_WORDS, cardName } from './card-words';
import { OrderPaymentView, PaymentRefundView } from './payments.dto';

/** A refund as json_agg gives it: timestamps as ISO strings, the bigint amount as a number. */
interface RefundJson {
  amountMinor: string | number;
  refundId: string | null;
  state: PaymentRefundView['state'];
  requestedAt: string;
  completedAt: string | null;
}

interface PaymentRow {
  state: OrderPaymentView['state'];
  card_brand: string | null;
  card_last4: string | null;
  /** character(3), so it comes back padded. */
  currency: string;
  amount: number;
  captured: number;
  refunded: number;
  checkout_url: string | null;
  authorised_at: Date | null;
  captured_at: Date | null;
  refunds: RefundJson[];
}

/**
 * The order's card payment as its customer reads it (tracking page, API, export): card brand and last four, what
 * was authorised, charged and refunded, and each refund with the provider's id. Null for an order with no card
 * payment (placed before card payments).
 */
export async function orderPaymentView(manager: EntityManager, orderId: string): Promise<OrderPaymentView | null> {
  const [row] = await manager.query<PaymentRow[]>(
    `SELECT p.state, p.card_brand, p.card_last4, p.currency, p.amount_minor::float8 AS amount, p.captured_minor::float8 AS captured,
            p.refunded_minor::float8 AS refunded, p.checkout_url, p.authorised_at, p.captured_at,
            coalesce((SELECT json_agg(json_build_object('amountMinor', op.amount_minor, 'refundId', op.provider_ref, 'state', op.state,
                                                        'requestedAt', op.created_at, 'completedAt', op.completed_at) ORDER BY op.created_at)
                        FROM payment_operations op WHERE op.order_id = p.order_id AND op.kind = 'refund'), '[]') AS refunds
       FROM order_payments p WHERE p.order_id = $1`,
    [orderId],
  );
  if (!row) return null;
  const authorised = row.state !== 'open' && row.state !== 'expired';
  return {
    state: row.state,
    card: cardName({ brand: row.card_brand, last4: row.card_last4 }),
    cardBrand: row.card_brand,
    cardLast4: row.card_last4,
    currency: row.currency.trim(),
    authorisedMinor: authorised ? row.amount : 0,
    capturedMinor: row.captured,
    refundedMinor: row.refunded,
    checkoutUrl: row.state === 'open' ? row.checkout_url : null,
    authorisedAt: row.authorised_at,
    capturedAt: row.captured_at,
    refunds: row.refunds.map((refund) => ({
      amountMinor: Number(refund.amountMinor),
      refundId: refund.state === 'succeeded' ? refund.refundId : null,
      state: refund.state,
      requestedAt: new Date(refund.requestedAt),
      completedAt: refund.completedAt ? new Date(refund.completedAt) : null,
    })),
  };
}

/**
 * Erasure: the card's brand and last four digits and any decline go with the customer; the amounts authorised,
 * charged and refunded stay for the books (and the ledger of payment_movements, which names no one).
 */
export async function forgetCardholder(manager: EntityManager, orderId: string): Promise<void> {
  await manager.query(`UPDATE order_payments SET card_brand = NULL, card_last4 = NULL, decline_message = NULL WHERE order_id = $1`, [orderId]);
  // The order's and its returns' histories named the card ("Visa ending 4242"): they now say "your card".
  const card = `'\\m(${CARD_WORDS}) ending [0-9]{4}'`;
  await manager.query(`UPDATE order_events SET note = regexp_replace(note, ${card}, 'your card', 'g') WHERE order_id = $1`, [orderId]);
  await manager.query(
    `UPDATE return_events SET note = regexp_replace(note, ${card}, 'your card', 'g')
      WHERE return_id IN (SELECT id FROM returns WHERE order_id = $1)`,
    [orderId],
  );
}
