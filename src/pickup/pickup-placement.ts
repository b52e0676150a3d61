import { randomInt } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { approvedDealer } from '../board/board.sql';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { emailCustomer, notifyRetailers } from '../notifications/outbox';
import { Award, AwardKind } from '../resolution/award.entity';
import { Store } from '../stores/store.entity';
import { Pickup } from './pickup.entity';

/** An authorised dealer's active location, as the order records it: the goods go there. */
export interface PickupPoint {
  locationId: string;
  retailerId: string;
  retailerName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  lat: number;
  lng: number;
}

// No 0/O or 1/I: the code is read out at a counter.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const newPickupCode = () => Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** The parts of a location's address a pickup shows. */
export type PickupAddressParts = Pick<PickupPoint, 'line1' | 'line2' | 'city' | 'region' | 'postalCode'>;

export const pickupAddress = (p: PickupAddressParts) => [p.line1, p.line2, `${p.city}, ${p.region} ${p.postalCode}`].filter(Boolean).join(', ');

/**
 * The location the customer chose, if it is an active location of a retailer this store's manufacturer
 * has approved as a dealer; otherwise a 422 naming the field (a location may have closed since it was listed).
 */
export async function pickupPointFor(
  manager: EntityManager,
  store: Pick<Store, 'manufacturerId' | 'slug'>,
  locationId: string,
): Promise<PickupPoint> {
  const [point]: PickupPoint[] = await manager.query(
    `SELECT l.id AS "locationId", l.retailer_id AS "retailerId", r.name AS "retailerName", l.line1, l.line2, l.city, l.region,
            l.postal_code AS "postalCode", l.country, l.lat, l.lng
       FROM retailer_locations l JOIN retailers r ON r.id = l.retailer_id, (SELECT $2::uuid AS manufacturer_id) o
      WHERE l.id = $1 AND l.active AND ${approvedDealer('l.retailer_id')}`,
    [locationId, store.manufacturerId],
  );
  if (!point) {
    throw new DomainError(
      ErrorCode.Unprocessable,
      `fulfilment.locationId is not a store you can pick up from; choose one from GET /api/v1/stores/${store.slug}/pickup-locations`,
      'fulfilment.locationId',
    );
  }
  return point;
}

/**
 * Assigns a new pickup order to its store instead of the board: a retailer award without a bid (the
 * store's view of the order and its access follow from it), the pickup's clocks, the customer's e-mail
 * and the store's webhook. The store has the store's `pickupAcceptHours` to accept.
 */
export async function assignPickup(
  manager: EntityManager,
  orderId: string,
  store: Pick<Store, 'pickupAcceptHours'>,
  point: PickupPoint,
  now: Date,
): Promise<Date> {
  const acceptBy = new Date(now.getTime() + store.pickupAcceptHours * 3_600_000);
  await manager.insert(Award, {
    orderId,
    kind: AwardKind.Retailer,
    retailerId: point.retailerId,
    locationId: point.locationId,
    reason: `You chose to pick it up at ${point.retailerName}, ${point.city} ${point.region}`,
    createdAt: now,
  });
  await manager.insert(Pickup, { orderId, locationId: point.locationId, retailerId: point.retailerId, code: newPickupCode(), acceptBy });
  const pickup = { store: point.retailerName, address: pickupAddress(point), by: acceptBy.toISOString() };
  await emailCustomer(manager, orderId, 'pickup.assigned', { pickup });
  await notifyRetailers(manager, 'pickup.assigned', orderId, [point.retailerId], {
    pickup: { locationId: point.locationId, acceptBy, orderUrl: `/api/v1/retailer/orders/${orderId}` },
  });
  return acceptBy;
}

/** A pickup order is not delivered by its shipper: it arrives at the store, which marks it ready (409). */
export async function refuseForPickup(manager: EntityManager, orderId: string): Promise<void> {
  const [pickup] = await manager.query<unknown[]>(`SELECT 1 FROM pickups WHERE order_id = $1`, [orderId]);
  if (pickup) {
    throw new DomainError(
      ErrorCode.InvalidState,
      'This order is collected in store: the store marks it ready for pickup when it arrives, then picked up',
    );
  }
}
