import { EntityManager } from 'typeorm';
import { Bid, BidStatus } from '../board/bid.entity';
import { OrderStatus } from './order-status';
import { transitionOrder } from './order-transitions';

/** Cancels an order that has not been awarded yet; its open bids end as lost. 409 once it is awarded. */
export async function cancelOrder(manager: EntityManager, orderId: string, actor: string, reason: string, note: string) {
  const result = await transitionOrder(manager, {
    orderId,
    to: OrderStatus.Cancelled,
    actor,
    note,
    set: { cancelledAt: new Date(), cancelReason: reason },
  });
  await manager.update(Bid, { orderId, status: BidStatus.Open }, { status: BidStatus.Lost });
  return result;
}
