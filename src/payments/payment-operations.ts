import { EntityManager } from 'typeorm';
import { runAfterCommit } from '../notifications/outbox';

/**
 * Asking the provider to move the customer's money, from inside the transaction of the step that calls for it
 * (shipment, hand-over, award, cancellation, a return received). Each request is a `payment_operations` row with
 * the idempotency key every retry reuses, and an outbox job that runs it once the step commits (and only if it
 * does): retried with backoff, visible to ops, never lost. The provider is called by PaymentOperationsRunner.
 */

export type PaymentOperationKind = 'capture' | 'cancel' | 'refund';

interface PaymentFacts {
  state: 'open' | 'authorised' | 'expired' | 'captured' | 'cancelled';
  amount_minor: string;
  captured_minor: string;
  refunded_minor: string;
}

async function paymentOf(manager: EntityManager, orderId: string): Promise<PaymentFacts | null> {
  const [row] = await manager.query<PaymentFacts[]>(
    `SELECT state, amount_minor, captured_minor, refunded_minor FROM order_payments WHERE order_id = $1 FOR UPDATE`,
    [orderId],
  );
  return row ?? null;
}

async function request(
  manager: EntityManager,
  operation: { orderId: string; kind: PaymentOperationKind; amountMinor: number; idempotencyKey: string; returnId?: string },
): Promise<void> {
  // The unique indexes keep one capture and one cancel per order, and one refund per return: asked twice, once.
  const [created]: { id: string }[] = await manager.query(
    `INSERT INTO payment_operations (order_id, return_id, kind, amount_minor, idempotency_key)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
    [operation.orderId, operation.returnId ?? null, operation.kind, operation.amountMinor, operation.idempotencyKey],
  );
  if (created) await runAfterCommit(manager, 'payment.operation', { operationId: created.id });
}

/**
 * Captures the order's authorised payment: the amount shipped, which is the whole order (an order ships as one
 * parcel). Nothing happens when it is already captured or asked to be, or when the order has no card payment.
 */
export async function requestCapture(manager: EntityManager, orderId: string): Promise<void> {
  const payment = await paymentOf(manager, orderId);
  if (payment?.state !== 'authorised') return;
  await request(manager, { orderId, kind: 'capture', amountMinor: Number(payment.amount_minor), idempotencyKey: `capture:${orderId}` });
}

/**
 * The order is cancelled: an open payment page is closed, an authorisation released, a captured payment refunded
 * in full (what is left of it).
 */
export async function requestRelease(manager: EntityManager, orderId: string): Promise<void> {
  const payment = await paymentOf(manager, orderId);
  if (!payment) return;
  if (payment.state === 'open' || payment.state === 'authorised') {
    await request(manager, { orderId, kind: 'cancel', amountMinor: 0, idempotencyKey: `cancel:${orderId}` });
  } else if (payment.state === 'captured') {
    const left = Number(payment.captured_minor) - Number(payment.refunded_minor);
    if (left > 0) await request(manager, { orderId, kind: 'refund', amountMinor: left, idempotencyKey: `refund:order:${orderId}` });
  }
}

/** Refunds a received return's lines (`amountMinor`, at the prices paid); its id goes on the return once refunded. */
export async function requestReturnRefund(manager: EntityManager, orderId: string, returnId: string, amountMinor: number): Promise<boolean> {
  const payment = await paymentOf(manager, orderId);
  if (!payment || amountMinor <= 0) return false;
  await request(manager, { orderId, returnId, kind: 'refund', amountMinor, idempotencyKey: `refund:return:${returnId}` });
  return true;
}
