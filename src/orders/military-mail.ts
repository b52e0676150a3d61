import { EntityManager } from 'typeorm';
import { Award, AwardKind } from '../resolution/award.entity';
import { OrderStatus } from './order-status';
import { transitionOrder } from './order-transitions';

/**
 * Military mail (APO/FPO/DPO) travels through the US Postal Service to a military post office, so a nearby
 * retailer gains nothing and its ZIP has no place to measure from: the order skips the bid board and goes to the
 * manufacturer at once, with the reason on the customer's tracking page.
 */
export async function awardMilitaryMailToManufacturer(manager: EntityManager, orderId: string, storeName: string): Promise<void> {
  const reason = `Military mail (APO/FPO/DPO) travels through the US Postal Service, not a local retailer, so ${storeName} ships it from its own warehouse`;
  await manager.insert(Award, { orderId, kind: AwardKind.Manufacturer, reason });
  await transitionOrder(manager, { orderId, to: OrderStatus.AwardedManufacturer, from: [OrderStatus.Placed], actor: 'system', note: reason });
}
