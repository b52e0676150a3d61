import { EntityManager, IsNull } from 'typeorm';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { emailCustomer, notifyRetailers } from '../notifications/outbox';
import { OrderStatus } from '../orders/order-status';
import { transitionOrder } from '../orders/order-transitions';
import { Award, AwardKind } from '../resolution/award.entity';
import { Store } from '../stores/store.entity';
import { Pickup } from './pickup.entity';
import { PickupAddressParts, pickupAddress } from './pickup-placement';
import { countOf } from '../common/plural';

/**
 * The store declined a pickup order or did not accept it in time: its award is passed on to the
 * manufacturer, which ships the order to that store (ship-to-store) and settles as a self-shipped order.
 * The customer gets the new estimate (the store's `shipToStoreDays`), the store a webhook.
 * Runs in the caller's transaction, after the caller locked the order; 409 (from the transition) unless still assigned.
 */
export async function shipToStore(
  manager: EntityManager,
  orderId: string,
  actor: string,
  why: { by: 'declined' | 'overdue'; what: string },
  now: Date,
): Promise<void> {
  const [{ store_id: storeId }] = await manager.query<{ store_id: string }[]>(`SELECT store_id FROM orders WHERE id = $1`, [orderId]);
  const store = await manager.findOneByOrFail(Store, { id: storeId });
  const maker = await manager.findOneByOrFail(Manufacturer, { id: store.manufacturerId });
  const award = await manager.findOneByOrFail(Award, { orderId, supersededAt: IsNull() });
  const [location] = await manager.query<(PickupAddressParts & { retailer: string })[]>(
    `SELECT r.name AS retailer, l.line1, l.line2, l.city, l.region, l.postal_code AS "postalCode"
       FROM retailer_locations l JOIN retailers r ON r.id = l.retailer_id WHERE l.id = $1`,
    [award.locationId],
  );
  await transitionOrder(manager, {
    orderId,
    to: OrderStatus.ShipToStore,
    actor,
    note: `${location.retailer} ${why.what}. ${maker.name} ships it to the store; expect it ready within ${countOf(store.shipToStoreDays, 'day', 'days')}.`,
  });
  const reason = `${location.retailer} could not prepare it from its own stock, so ${maker.name} ships it to the store`;
  await manager.update(Award, award.id, { supersededAt: now, supersededReason: `${location.retailer} ${why.what}`, supersededBy: why.by });
  // No location: the goods come from the manufacturer's stock, not the store's (its shipment consumes none of the store's).
  await manager.insert(Award, { orderId, kind: AwardKind.Manufacturer, reason, createdAt: now });
  const estimatedReadyAt = new Date(now.getTime() + store.shipToStoreDays * 86_400_000);
  await manager.update(Pickup, { orderId }, { shipToStoreAt: now, estimatedReadyAt });
  await emailCustomer(manager, orderId, 'pickup.ship_to_store', {
    pickup: { store: location.retailer, address: pickupAddress(location), by: estimatedReadyAt.toISOString() },
  });
  await notifyRetailers(manager, 'pickup.ship_to_store', orderId, [award.retailerId!], {
    reason: `You ${why.what}`,
    pickup: { locationId: award.locationId, estimatedArrival: estimatedReadyAt },
  });
}
