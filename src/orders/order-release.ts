import { EntityManager } from 'typeorm';
import { autoBidJobs } from '../inventory/auto-bids.service';
import { emailCustomer, notifyRetailersInReach } from '../notifications/outbox';
import { assignPickup, pickupPointFor } from '../pickup/pickup-placement';
import { pickupAssignedEvent } from '../pickup/pickup-story';
import { DomainError } from '../errors/domain-error';
import { cancelOrder } from './order-cancellation';
import { OrderStatus } from './order-status';
import { transitionOrder } from './order-transitions';
import { awardMilitaryMailToManufacturer } from './military-mail';
import { ResolutionSchedule } from './resolves-at';

interface ReleasedOrder {
  id: string;
  manufacturer_id: string;
  ship_located_by: string;
  pickup_location_id: string | null;
  store_name: string;
  store_slug: string;
  min_board_hours: number;
  pickup_accept_hours: number;
}

/**
 * The customer's card is authorised: the order waiting for its payment is placed and goes where placement used to
 * send it at once — onto the bid board (with the customer's "order received" e-mail, the retailers in reach told,
 * automatic bids), to its pickup store, or, for military mail, to the manufacturer. Inside the caller's
 * transaction. Returns false, changing nothing, when the order no longer waits for payment (cancelled or expired
 * meanwhile): the caller then releases the authorisation. A pickup store that stopped taking orders meanwhile
 * cancels the order instead (its payment is released by the cancellation).
 */
export async function releasePaidOrder(
  manager: EntityManager,
  orderId: string,
  schedule: ResolutionSchedule,
  note: string,
  now = new Date(),
): Promise<boolean> {
  const [order]: ReleasedOrder[] = await manager.query(
    `SELECT o.id, o.manufacturer_id, o.ship_located_by, o.pickup_location_id, s.name AS store_name, s.slug AS store_slug,
            s.min_board_hours, s.pickup_accept_hours
       FROM orders o JOIN stores s ON s.id = o.store_id
      WHERE o.id = $1 AND o.status = 'awaiting_payment' FOR UPDATE OF o`,
    [orderId],
  );
  if (!order) return false;
  await transitionOrder(manager, { orderId, to: OrderStatus.Placed, from: [OrderStatus.AwaitingPayment], actor: 'customer', note });
  if (order.pickup_location_id) {
    const store = { manufacturerId: order.manufacturer_id, slug: order.store_slug, pickupAcceptHours: order.pickup_accept_hours };
    const point = await pickupPointFor(manager, store, order.pickup_location_id).catch((error: unknown) => {
      if (error instanceof DomainError) return null;
      throw error;
    });
    if (!point) {
      await cancelOrder(
        manager,
        orderId,
        'system',
        'The pickup store stopped taking orders',
        'The store you chose for pickup no longer takes orders, so we cancelled the order and released your payment',
      );
      return true;
    }
    const assigned = pickupAssignedEvent(point, order.pickup_accept_hours);
    await transitionOrder(manager, {
      orderId,
      to: OrderStatus.PickupAssigned,
      from: [OrderStatus.Placed],
      actor: assigned.actor,
      note: assigned.note,
    });
    await assignPickup(manager, orderId, store, point, now);
    return true;
  }
  await emailCustomer(manager, orderId, 'order.received');
  if (order.ship_located_by === 'military-mail') {
    await awardMilitaryMailToManufacturer(manager, orderId, order.store_name);
    return true;
  }
  await transitionOrder(manager, {
    orderId,
    to: OrderStatus.Posted,
    from: [OrderStatus.Placed],
    actor: 'system',
    note: 'Offered to nearby authorised dealers; the nearest who confirms they have it in stock ships it',
    set: { postedAt: now, resolvesAt: schedule.resolvesAt(now, order.min_board_hours) },
  });
  await manager.query(autoBidJobs(`(SELECT id, manufacturer_id FROM orders WHERE id = $1)`), [orderId]);
  await notifyRetailersInReach(manager, orderId);
  return true;
}
