import { EntityManager } from 'typeorm';
import { emailCustomer, notifyRetailers } from '../notifications/outbox';
import { requestRelease } from '../payments/payment-operations';
import { CANCELLABLE, OrderStatus } from './order-status';
import { transitionOrder } from './order-transitions';

/**
 * Cancels an order that has not been awarded yet; its open bids thereby read as lost, and their retailers are told.
 * Its payment is released (an open payment page closed, an authorisation cancelled). 409 once it is awarded.
 */
export async function cancelOrder(manager: EntityManager, orderId: string, actor: string, reason: string, note: string) {
  const result = await transitionOrder(manager, {
    orderId,
    to: OrderStatus.Cancelled,
    from: CANCELLABLE,
    actor,
    note,
    set: { cancelledAt: new Date(), cancelReason: reason },
  });
  const bidders: { retailer_id: string }[] = await manager.query(`SELECT retailer_id FROM bids WHERE order_id = $1 AND status = 'open'`, [orderId]);
  await requestRelease(manager, orderId);
  await emailCustomer(manager, orderId, 'order.cancelled');
  await notifyRetailers(manager, 'order.cancelled', orderId, bidders.map((bid) => bid.retailer_id), { reason });
  return result;
}
