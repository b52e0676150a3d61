import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { Shipment } from '../fulfilment/shipment.entity';
import { assertAvailable, consumeShippedStock } from '../inventory/stock-holds';
import { locate } from '../geo/locate';
import { NotificationEvent } from '../notifications/notification.entity';
import { emailCustomer, notifyRetailers } from '../notifications/outbox';
import { OrderStatus } from '../orders/order-status';
import { requestCapture } from '../payments/payment-operations';
import { transitionOrder } from '../orders/order-transitions';
import { Award } from '../resolution/award.entity';
import { CAPACITY_LOCK, HAS_CAPACITY } from '../resolution/capacity.sql';
import { Clock } from '../resolution/clock';
import { Store } from '../stores/store.entity';
import { LOCATIONS_SHOWN, PickupLocationList, PickupLocationsQuery, PickupLocationView, StorePickupQuery, StorePickupView } from './pickup.dto';
import { Pickup } from './pickup.entity';
import { PickupAddressParts, pickupAddress } from './pickup-placement';
import { shipToStore } from './ship-to-store';
import { countOf } from '../common/plural';

/**
 * Pick up in store: where a customer may pick up (public), and the store's steps (accept, decline, ready,
 * picked up with the code). The store is the pickup's retailer, whoever fulfils it now (after a
 * ship-to-store the manufacturer does, and the store still hands it over).
 */
@Injectable()
export class PickupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The active locations of the store's authorised dealers within `withinKm` (default 100) of a ZIP or point, nearest
   * first. 404 for an unknown store and for a draft, whose address must tell nobody it exists.
   */
  async locationsNear(slug: string, query: PickupLocationsQuery): Promise<PickupLocationList> {
    const store = access.found(await this.dataSource.getRepository(Store).findOneBy({ slug, launchedAt: Not(IsNull()) }), 'Store');
    const point =
      query.lat !== undefined && query.lng !== undefined
        ? { lat: query.lat, lng: query.lng }
        : locate({ postalCode: query.postalCode!, country: 'US' }, '');
    const rows = await this.dataSource.query<(PickupAddressParts & Omit<PickupLocationView, 'address' | 'distanceKm'> & { distance: number })[]>(
      `SELECT * FROM (
         SELECT l.id AS "locationId", r.name AS "retailerName", l.name AS "locationName", l.line1, l.line2, l.city, l.region,
                l.postal_code AS "postalCode", l.country, nearfill_distance_km(l.lat, l.lng, $2, $3) AS distance
           FROM retailer_locations l
           JOIN retailers r ON r.id = l.retailer_id
           JOIN dealer_approvals da ON da.retailer_id = l.retailer_id AND da.manufacturer_id = $1 AND da.status = 'approved'
          WHERE l.active) near
        WHERE distance <= $4
        ORDER BY distance, "locationId" LIMIT ${LOCATIONS_SHOWN}`,
      [store.manufacturerId, point.lat, point.lng, query.withinKm ?? 100],
    );
    return {
      items: rows.map(({ line1, line2, postalCode, distance, ...row }) => ({
        ...row,
        address: pickupAddress({ line1, line2, city: row.city, region: row.region, postalCode }),
        distanceKm: Math.round(Number(distance) * 10) / 10,
      })),
    };
  }

  /** How many pickups at the caller's locations wait on the store: to accept, to get ready, or to hand over. */
  async waitingCount(principal: Principal): Promise<number> {
    const retailerId = access.retailerOf(principal);
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pickups p JOIN orders o ON o.id = p.order_id
        WHERE p.retailer_id = $1 AND o.status IN ('pickup_assigned', 'pickup_accepted', 'ready_for_pickup')`,
      [retailerId],
    );
    return row.n;
  }

  /** The pickup orders at the caller's locations, newest first; `open` (default) leaves out picked-up and cancelled ones. */
  async storePickups(principal: Principal, query: StorePickupQuery): Promise<StorePickupView[]> {
    const retailerId = access.retailerOf(principal);
    return this.dataSource.query(
      `${STORE_PICKUPS} WHERE p.retailer_id = $1 AND ($2 = 'all' OR o.status NOT IN ('picked_up', 'cancelled'))
        ORDER BY o.created_at DESC LIMIT 500`,
      [retailerId, query.show ?? 'open'],
    );
  }

  accept(principal: Principal, orderId: string): Promise<StorePickupView> {
    return this.storeStep(principal, orderId, 'pickup.accepted', async (manager, pickup, actor) => {
      await transitionOrder(manager, { orderId, to: OrderStatus.PickupAccepted, actor, note: 'The store has it for you and is getting it ready' });
      await assertCapacityLeft(manager, pickup.locationId, this.clock.now());
      // From now on the order holds its lines in the store's stock (stock.sql.ts): only what is available, as for a bid.
      const [location] = await manager.query<{ id: string; name: string }[]>(`SELECT id, name FROM retailer_locations WHERE id = $1`, [
        pickup.locationId,
      ]);
      await assertAvailable(
        manager,
        orderId,
        location,
        "Update the location's inventory count if it is wrong, or decline the pickup so the manufacturer ships it to the store",
      );
      await manager.update(Pickup, { orderId }, { acceptedAt: this.clock.now() });
      await emailCustomer(manager, orderId, 'pickup.accepted', { pickup: await this.emailFacts(manager, orderId) });
    });
  }

  decline(principal: Principal, orderId: string, reason: string): Promise<StorePickupView> {
    // ship-to-store tells the store itself (pickup.ship_to_store).
    return this.storeStep(principal, orderId, null, async (manager, _pickup, actor) => {
      await shipToStore(manager, orderId, actor, { by: 'declined', what: `declined it: ${reason}` }, this.clock.now());
    });
  }

  /** The goods are at the counter: from the store's stock once accepted, or arrived from the manufacturer. */
  ready(principal: Principal, orderId: string): Promise<StorePickupView> {
    return this.storeStep(principal, orderId, 'pickup.ready', async (manager, pickup, actor) => {
      const now = this.clock.now();
      const [{ pickup_hold_days: holdDays }] = await manager.query<{ pickup_hold_days: number }[]>(
        `SELECT s.pickup_hold_days FROM orders o JOIN stores s ON s.id = o.store_id WHERE o.id = $1`,
        [orderId],
      );
      const collectBy = new Date(now.getTime() + holdDays * 86_400_000);
      await transitionOrder(manager, {
        orderId,
        to: OrderStatus.ReadyForPickup,
        actor,
        note: `Ready for pickup: show your pickup code at the counter within ${countOf(holdDays, 'day', 'days')}`,
      });
      await manager.update(Pickup, { orderId }, { readyAt: now, collectBy });
      const facts = await this.emailFacts(manager, orderId);
      await emailCustomer(manager, orderId, 'pickup.ready', { pickup: { ...facts, code: pickup.code, by: collectBy.toISOString() } });
    });
  }

  /**
   * Handed over on the customer's code, and the customer's card charged. The order then settles like a delivered one: a store that filled it
   * from its own stock is its fulfiller (a shipment row dated now); after a ship-to-store the manufacturer's
   * shipment is marked delivered.
   */
  pickedUp(principal: Principal, orderId: string, code: string): Promise<StorePickupView> {
    return this.storeStep(principal, orderId, 'pickup.picked_up', async (manager, pickup, actor) => {
      const now = this.clock.now();
      // The state first (409 when it is not ready), then the code; a wrong code rolls the step back.
      await transitionOrder(manager, { orderId, to: OrderStatus.PickedUp, actor, note: 'Picked up at the store' });
      const expected = Buffer.from(pickup.code);
      const given = Buffer.from(code);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        throw new DomainError(
          ErrorCode.Unprocessable,
          'That pickup code does not match this order; ask the customer for the code in their e-mail',
          'code',
        );
      }
      await manager.update(Pickup, { orderId }, { pickedUpAt: now });
      const shipped = await manager.findOneBy(Shipment, { orderId });
      if (shipped) await manager.update(Shipment, { orderId }, { deliveredAt: now });
      else {
        const award = await manager.findOneByOrFail(Award, { orderId, supersededAt: IsNull() });
        await manager.insert(Shipment, {
          orderId,
          awardId: award.id,
          retailerId: pickup.retailerId,
          carrier: 'In-store pickup',
          trackingNumber: 'picked up',
          shippedAt: now,
          deliveredAt: now,
        });
        // Handed over from the store's own stock: it leaves its on-hand count, as a shipment would.
        await consumeShippedStock(manager, orderId, pickup.locationId);
      }
      // A pickup order's card is charged at the hand-over.
      await requestCapture(manager, orderId);
      await emailCustomer(manager, orderId, 'pickup.picked_up', { pickup: await this.emailFacts(manager, orderId) });
    });
  }

  /**
   * One store step in one transaction: the pickup must be at one of the caller's locations, else it is not
   * found. `event` goes to the store's webhook too, so its own systems follow steps taken by its staff.
   */
  private storeStep(
    principal: Principal,
    orderId: string,
    event: NotificationEvent | null,
    step: (manager: EntityManager, pickup: Pickup, actor: string) => Promise<void>,
  ): Promise<StorePickupView> {
    const retailerId = access.retailerOf(principal);
    return this.dataSource.transaction(async (manager) => {
      const pickup = access.found(
        await manager
          .createQueryBuilder(Pickup, 'p')
          .addSelect('p.code')
          .where('p.order_id = :orderId AND p.retailer_id = :retailerId', { orderId, retailerId })
          .setLock('pessimistic_write')
          .getOne(),
        'Pickup order',
      );
      await step(manager, pickup, `retailer:${retailerId}`);
      if (event) await notifyRetailers(manager, event, orderId, [retailerId], { pickup: { locationId: pickup.locationId } });
      const [view] = await manager.query<StorePickupView[]>(`${STORE_PICKUPS} WHERE p.order_id = $1`, [orderId]);
      return view;
    });
  }

  private async emailFacts(manager: EntityManager, orderId: string): Promise<{ store: string; address: string }> {
    const [row] = await manager.query<(PickupAddressParts & { store: string })[]>(
      `SELECT r.name AS store, l.line1, l.line2, l.city, l.region, l.postal_code AS "postalCode"
         FROM pickups p JOIN retailer_locations l ON l.id = p.location_id JOIN retailers r ON r.id = p.retailer_id
        WHERE p.order_id = $1`,
      [orderId],
    );
    return { store: row.store, address: pickupAddress(row) };
  }
}

/**
 * An accepted pickup counts against its location's daily capacity on the local day it is accepted (the
 * award rule, docs/marketplace-rules.md): with that day's capacity used up, 409. Under CAPACITY_LOCK, held
 * until the acceptance commits, so two acceptances for the last place (or one and a run) never both take it.
 */
async function assertCapacityLeft(manager: EntityManager, locationId: string, now: Date): Promise<void> {
  await manager.query(CAPACITY_LOCK);
  const [location] = await manager.query<{ name: string; daily_capacity: number | null; full: boolean }[]>(
    `SELECT l.name, l.daily_capacity, NOT ${HAS_CAPACITY('$2::timestamptz')} AS full FROM retailer_locations l WHERE l.id = $1`,
    [locationId, now],
  );
  if (location.full) {
    throw new DomainError(
      ErrorCode.Conflict,
      `${location.name} has taken all ${countOf(location.daily_capacity!, 'order', 'orders')} it can take today; raise its "Orders a day" in Settings, Locations, or decline the pickup so the manufacturer ships it to the store`,
    );
  }
}

const STORE_PICKUPS = `
  SELECT o.id AS "orderId", o.number::text AS number, o.status, p.location_id AS "locationId", o.customer_name AS "customerName",
         (SELECT coalesce(json_agg(json_build_object('sku', ol.sku, 'name', ol.name, 'quantity', ol.quantity) ORDER BY ol.sku, ol.id), '[]')
            FROM order_lines ol WHERE ol.order_id = o.id) AS lines,
         CASE WHEN p.ship_to_store_at IS NULL THEN 'store' ELSE 'ship-to-store' END AS source,
         p.accept_by AS "acceptBy", p.accepted_at AS "acceptedAt", p.estimated_ready_at AS "estimatedReadyAt",
         p.ready_at AS "readyAt", p.collect_by AS "collectBy", p.picked_up_at AS "pickedUpAt"
    FROM pickups p JOIN orders o ON o.id = p.order_id`;
