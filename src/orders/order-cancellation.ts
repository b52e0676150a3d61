import { EntityManager } from 'typeorm';
import { emailCustomer, notifyRetailers } from '../notifications/outbox';
import { requestRelease } from '../payments/payment-operations';
import { CANCELLABLE, OrderStatus } from './order-status';
import { transitionOrder } from './order-transitions';

/**
 * Cancels an order that has not been awarded yet (`from`: CANCELLABLE, or CUSTOMER_CANCELLABLE for the customer,
 * which adds a pickup its store has not accepted); its open bids thereby read as lost, and their retailers are
 * told, as is the store of such a pickup. 409 from any other state. `reason` is what the customer is told (null:
 * no reason, as when ops cancel: their reason stays in the order's history); `note` is the history entry.
 * Its payment is released (an open payment page closed, an authorisation cancelled).
 */
export async function cancelOrder(
  manager: EntityManager,
  orderId: string,
  actor: string,
  reason: string | null,
  note: string,
  from: OrderStatus[] = CANCELLABLE,
) {
  const result = await transitionOrder(manager, {
    orderId,
    to: OrderStatus.Cancelled,
    from,
    actor,
    note,
    set: { cancelledAt: new Date(), cancelReason: reason ?? undefined },
  });
  const bidders: { retailer_id: string }[] = await manager.query(`SELECT retailer_id FROM bids WHERE order_id = $1 AND status = 'open'`, [orderId]);
  const [pickup]: { retailer_id: string }[] = await manager.query(`SELECT retailer_id FROM pickups WHERE order_id = $1`, [orderId]);
  await requestRelease(manager, orderId);
  await emailCustomer(manager, orderId, 'order.cancelled');
  await notifyRetailers(
    manager,
    'order.cancelled',
    orderId,
    bidders.map((bid) => bid.retailer_id),
    { reason: reason ?? note },
  );
  if (pickup)
    await notifyRetailers(manager, 'pickup.cancelled', orderId, [pickup.retailer_id], {
      reason: `${reason ?? note} before you accepted it: nothing to set aside`,
    });
  return result;
}
