import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { describeStatus, OrderStatus } from '../orders/order-status';
import { approvedDealer, AREA_KM, SHOWN_KM } from './board.sql';

export interface ReachableLocation {
  id: string;
  name: string;
  /** Km to the order's area (AREA_KM), not to its shipping point. */
  distanceKm: number;
  /** The same as the retailer may read it: whole km. */
  shownKm: number;
}

export interface LockedOrder {
  number: string;
  status: OrderStatus;
  resolvesAt: Date;
  windowOpen: boolean;
  /** The retailer's active locations whose service radius covers the shipping point, nearest first. */
  inRange: ReachableLocation[];
  /** All its active locations with their distance, nearest first (to explain a refused choice). */
  active: (ReachableLocation & { radiusKm: number })[];
}

/**
 * Locks the order against the resolver (which takes FOR UPDATE when it awards) for the rest of the
 * transaction, and answers only if this retailer may see it: an approved dealer of its manufacturer with
 * an active location in range. Anything else is "not found", so a retailer cannot learn the order exists.
 */
export async function lockVisibleOrder(manager: EntityManager, retailerId: string, orderId: string): Promise<LockedOrder> {
  const [order] = await manager.query<{ number: string; status: OrderStatus; resolvesAt: Date; windowOpen: boolean; dealer: boolean }[]>(
    `SELECT number, status, resolves_at AS "resolvesAt", coalesce(resolves_at > now(), false) AS "windowOpen",
            ${approvedDealer('$2', 'orders')} AS dealer
       FROM orders WHERE id = $1 FOR SHARE`,
    [orderId, retailerId],
  );
  const active: LockedOrder['active'] = order?.dealer
    ? await manager.query(
        `SELECT l.id, l.name, l.service_radius_km AS "radiusKm", d.km AS "distanceKm", ${SHOWN_KM('d.km')} AS "shownKm"
           FROM retailer_locations l
           JOIN orders o ON o.id = $2
          CROSS JOIN LATERAL (SELECT ${AREA_KM} AS km) d
          WHERE l.retailer_id = $1 AND l.active
          ORDER BY d.km, l.id`,
        [retailerId, orderId],
      )
    : [];
  const inRange = active.filter((location) => location.distanceKm <= location.radiusKm);
  if (!inRange.length) throw DomainError.notFound('Order');
  return { number: order.number, status: order.status, resolvesAt: order.resolvesAt, windowOpen: order.windowOpen, inRange, active };
}

/** Bids change only while the order is on the board and its window is open. */
export function assertBiddingOpen(order: LockedOrder, action: string): void {
  if (order.status !== OrderStatus.Posted) {
    throw new DomainError(
      ErrorCode.InvalidState,
      `Order #${order.number} is ${describeStatus(order.status)}; bids can be ${action} only while it is on the bid board`,
    );
  }
  if (!order.windowOpen) {
    throw new DomainError(
      ErrorCode.InvalidState,
      `Bidding on order #${order.number} closed at ${order.resolvesAt.toISOString()}; bids can no longer be ${action}`,
    );
  }
}
