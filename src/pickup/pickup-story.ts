import { EntityManager } from 'typeorm';
import { timeZoneAt } from '../geo/time-zone';
import { OrderStatus } from '../orders/order-status';
import { OrderHistoryEntry } from '../orders/order-writer';
import { PickupView } from './pickup.dto';
import { PickupAddressParts, pickupAddress, PickupPoint } from './pickup-placement';
import { countOf } from '../common/plural';

/** The history entry of a pickup order leaving checkout: assigned to its store, not posted to the board. */
export const pickupAssignedEvent = (point: PickupPoint, acceptHours: number): OrderHistoryEntry => ({
  fromStatus: OrderStatus.Placed,
  toStatus: OrderStatus.PickupAssigned,
  actor: 'customer',
  note: `To pick up at ${point.retailerName}, ${point.city} ${point.region}; the store has ${countOf(acceptHours, 'hour', 'hours')} to confirm it has it for you`,
});

// The code is the customer's to show at the counter: on their page only once there is something to collect.
const CODE_SHOWN = [OrderStatus.ReadyForPickup];

/** The pickup part of the customer's tracking page; null for an order that ships. */
export async function pickupStory(manager: EntityManager, orderId: string, status: OrderStatus): Promise<PickupView | null> {
  const [row] = await manager.query<(PickupAddressParts & Omit<PickupView, 'address' | 'timeZone'> & { lat: number | null; lng: number | null })[]>(
    `SELECT r.name AS store, l.line1, l.line2, l.city, l.region, l.postal_code AS "postalCode", l.lat, l.lng, p.code,
            p.accept_by AS "acceptBy", p.estimated_ready_at AS "estimatedReadyAt", p.ready_at AS "readyAt",
            p.collect_by AS "collectBy", p.picked_up_at AS "pickedUpAt"
       FROM pickups p JOIN retailer_locations l ON l.id = p.location_id JOIN retailers r ON r.id = p.retailer_id
      WHERE p.order_id = $1`,
    [orderId],
  );
  if (!row) return null;
  const { line1, line2, city, region, postalCode, lat, lng, code, ...dates } = row;
  return {
    ...dates,
    address: pickupAddress({ line1, line2, city, region, postalCode }),
    timeZone: timeZoneAt(lat, lng),
    code: CODE_SHOWN.includes(status) ? code : null,
  };
}
