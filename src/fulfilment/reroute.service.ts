import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Principal } from '../auth/role';
import { access } from '../auth/access';
import { Bid, BidStatus } from '../board/bid.entity';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { MarketplaceMetrics } from '../metrics/marketplace-metrics.service';
import { emailCustomer, notifyAwardedRetailer, notifyRetailers } from '../notifications/outbox';
import { Order } from '../orders/order.entity';
import { describeStatus, OrderStatus } from '../orders/order-status';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { transitionOrder } from '../orders/order-transitions';
import { HandlesJob } from '../queue/job-handler.decorator';
import { Retailer } from '../retailers/retailer.entity';
import { Award, AwardKind, SHIP_BY } from '../resolution/award.entity';
import { Clock } from '../resolution/clock';
import { shortLines } from '../inventory/stock.sql';
import { CAPACITY_LOCK, HAS_CAPACITY, LOCAL_DAY } from '../resolution/capacity.sql';
import { BID_PREFERENCE, CHOSEN } from '../resolution/award-rule';
import { NEARER_BID } from '../resolution/resolution.sql';
import { DeclinedView } from './fulfilment.dto';
import { liveAwardFor } from './live-award';

interface NextBid {
  id: string;
  retailer_id: string;
  location_id: string;
  distance_km: number;
  local_day: string;
  // The customer's chosen dealer; an open bid nearer than it (passed by for capacity or stock).
  chosen: boolean;
  nearer: boolean;
}

/** Open bids (alias b) on order $1 of retailers that have not had it: who a re-route may pass it to. */
const OTHER_OPEN_BIDS = `b.order_id = $1 AND b.status = 'open'
  AND NOT EXISTS (SELECT 1 FROM awards a WHERE a.order_id = b.order_id AND a.retailer_id = b.retailer_id)`;

/**
 * Passes an awarded order on when its retailer declines it or misses the ship-by SLA: to the most preferred
 * bidder that has not had it yet and has capacity left today (the resolver's rule), else to the manufacturer.
 */
@Injectable()
export class RerouteService {
  private readonly logger = new Logger(RerouteService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly metrics: MarketplaceMetrics,
  ) {}

  async decline(principal: Principal, orderId: string, reason: string): Promise<DeclinedView> {
    const retailerId = access.retailerOf(principal);
    const declined = await this.dataSource.transaction(async (manager) => {
      const award = await liveAwardFor(manager, { kind: AwardKind.Retailer, tenantId: retailerId }, orderId);
      const { number, passedTo } = await this.reroute(manager, award, `retailer:${retailerId}`, `declined it: ${reason}`);
      return { orderId, number, passedTo };
    });
    this.metrics.awarded(declined.passedTo, 'declined');
    return declined;
  }

  /**
   * Ops take an awarded order off its retailer: to the next-nearest bidder that has not had it (`to` 'next_bidder',
   * else the manufacturer, as after a decline) or straight to the manufacturer. The reason stays in the order's
   * history; the customer is told only that a new fulfiller ships it. 409 unless a retailer holds the award.
   */
  async byOps(principal: Principal, orderId: string, to: 'next_bidder' | 'manufacturer', reason: string): Promise<DeclinedView> {
    access.requireOps(principal);
    const moved = await this.dataSource.transaction(async (manager) => {
      const order = access.found(await manager.findOne(Order, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } }), 'Order');
      const award = await manager.findOneBy(Award, { orderId, supersededAt: IsNull(), kind: AwardKind.Retailer });
      if (!award || order.status !== OrderStatus.AwardedRetailer) {
        throw new DomainError(
          ErrorCode.InvalidState,
          `Order #${order.number} is ${describeStatus(order.status)}; only an order a retailer has still to ship can be re-routed`,
        );
      }
      const what = `was taken off it by Nearfill operations: ${reason}`;
      const { number, passedTo } = await this.reroute(manager, award, `ops:${principal.userId}`, what, to === 'manufacturer');
      return { orderId, number, passedTo };
    });
    this.metrics.awarded(moved.passedTo, 'rerouted');
    return moved;
  }

  /** Re-routes every retailer award not shipped within its store's ship-by days; each order in its own transaction. */
  @HandlesJob('fulfilment.reroute-overdue')
  async rerouteOverdue(): Promise<number> {
    const overdue: { award_id: string; ship_by_days: number }[] = await this.dataSource.query(
      `SELECT a.id AS award_id, s.ship_by_days
         FROM awards a JOIN orders o ON o.id = a.order_id JOIN stores s ON s.id = o.store_id
        WHERE a.superseded_at IS NULL AND a.kind = 'retailer' AND o.status = 'awarded_retailer'
          AND ${SHIP_BY} <= $1`,
      [this.clock.now()],
    );
    let rerouted = 0;
    for (const { award_id, ship_by_days } of overdue) {
      const passedTo = await this.dataSource.transaction(async (manager) => {
        // Locked and re-read: it may have shipped or been declined since the list was read.
        const award = await manager.findOne(Award, { where: { id: award_id, supersededAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
        const order = award && (await manager.findOne(Order, { where: { id: award.orderId }, lock: { mode: 'pessimistic_write' } }));
        if (!award || order?.status !== OrderStatus.AwardedRetailer) return null;
        return (await this.reroute(manager, award, 'system', `did not ship it within ${ship_by_days} days`)).passedTo;
      });
      if (!passedTo) continue;
      this.metrics.awarded(passedTo, 'overdue');
      rerouted++;
    }
    if (rerouted) this.logger.log(`Re-routed ${rerouted} order(s) past their ship-by date`);
    return rerouted;
  }

  private async reroute(
    manager: EntityManager,
    award: Award,
    actor: string,
    what: string,
    toManufacturer = false,
  ): Promise<{ number: string; passedTo: 'retailer' | 'manufacturer' }> {
    const now = this.clock.now();
    const previous = await manager.findOneByOrFail(Retailer, { id: award.retailerId! });
    await manager.update(Award, award.id, {
      supersededAt: now,
      supersededReason: `${previous.name} ${what}`,
      supersededBy: actor === 'system' ? 'overdue' : actor.startsWith('ops:') ? 'ops' : 'declined',
    });
    // Dated with the award's supersession: a replay of the run counts the bid as open until then.
    if (award.bidId) await manager.update(Bid, award.bidId, { status: BidStatus.Withdrawn, updatedAt: now });

    const next = toManufacturer ? null : await this.nextBid(manager, award.orderId, now);
    const order = await manager.findOneByOrFail(Order, { id: award.orderId });
    let reason: string;
    let inserted: { identifiers: { id?: string }[] };
    if (next) {
      // In the customer's words (the tracking page): never "nearest" past a nearer bid it could not go to.
      const who = next.chosen
        ? 'The dealer you chose, who confirmed they had it in stock'
        : next.nearer
          ? 'The next-nearest dealer who confirmed they had it in stock and could take it'
          : 'The next-nearest dealer who confirmed they had it in stock';
      reason = `${who}, ${next.distance_km.toFixed(1)} km away`;
      inserted = await manager.insert(Award, {
        orderId: award.orderId,
        kind: AwardKind.Retailer,
        retailerId: next.retailer_id,
        locationId: next.location_id,
        bidId: next.id,
        distanceKm: next.distance_km,
        localDay: next.local_day,
        reason,
        // The ship-by clock of the new fulfiller starts now.
        createdAt: now,
      });
    } else {
      const maker = await manager.findOneByOrFail(Manufacturer, { id: order.manufacturerId });
      reason = toManufacturer
        ? `${maker.name} ships it itself`
        : (await this.othersBid(manager, award.orderId))
          ? // Bids remain but none could take it (no capacity left that day, or short of stock): not "nobody bid".
            `No other dealer who bid could take it, so ${maker.name} ships it itself`
          : `No other retailer bid on it, so ${maker.name} ships it itself`;
      inserted = await manager.insert(Award, { orderId: award.orderId, kind: AwardKind.Manufacturer, reason, createdAt: now });
    }
    const newAwardId = inserted.identifiers[0].id!;
    const { number } = await transitionOrder(manager, {
      orderId: award.orderId,
      to: next ? OrderStatus.AwardedRetailer : OrderStatus.AwardedManufacturer,
      from: [OrderStatus.AwardedRetailer],
      actor,
      note: `${previous.name} ${what}. ${reason}.`,
    });
    await emailCustomer(manager, award.orderId, 'order.rerouted', { awardId: newAwardId });
    await notifyRetailers(manager, 'order.rerouted', award.orderId, [previous.id], { reason: `You ${what}` });
    if (next) await notifyAwardedRetailer(manager, newAwardId);
    return { number, passedTo: next ? 'retailer' : 'manufacturer' };
  }

  /**
   * The most preferred remaining bid (BID_PREFERENCE) whose location has capacity left on its local day at
   * `now` and still has every line available (on hand − held, as a new bid would need: winning makes the bid
   * hold stock again); retailers that had the order are out. Under CAPACITY_LOCK, held until the award is
   * committed; then the candidates' stock locks, in location order as automatic bids take them, so the two never
   * deadlock. A bid whose location is now short is passed over and stays open.
   */
  /** Whether order `orderId` has open bids of retailers that have not had it (OTHER_OPEN_BIDS). */
  private async othersBid(manager: EntityManager, orderId: string): Promise<boolean> {
    const [row]: { others: boolean }[] = await manager.query(`SELECT EXISTS (SELECT 1 FROM bids b WHERE ${OTHER_OPEN_BIDS}) AS others`, [orderId]);
    return row.others;
  }

  private async nextBid(manager: EntityManager, orderId: string, now: Date): Promise<NextBid | null> {
    await manager.query(CAPACITY_LOCK);
    await manager.query(
      `SELECT 1 FROM inventory_feeds WHERE location_id IN (SELECT b.location_id FROM bids b WHERE ${OTHER_OPEN_BIDS}) ORDER BY location_id FOR UPDATE`,
      [orderId],
    );
    const [next]: NextBid[] = await manager.query(
      `SELECT b.id, b.retailer_id, b.location_id, nearfill_distance_km(o.ship_lat, o.ship_lng, l.lat, l.lng) AS distance_km,
              ${CHOSEN()} AS chosen, ${NEARER_BID('b.order_id', 'o.ship_lat', 'o.ship_lng', 'nearfill_distance_km(o.ship_lat, o.ship_lng, l.lat, l.lng)')} AS nearer,
              ${LOCAL_DAY('l.time_zone', '$2::timestamptz')}::text AS local_day
         FROM bids b
         JOIN orders o ON o.id = b.order_id
         JOIN retailer_locations l ON l.id = b.location_id
        WHERE ${OTHER_OPEN_BIDS} AND ${HAS_CAPACITY('$2::timestamptz')}
          AND (NOT EXISTS (SELECT 1 FROM inventory_feeds f WHERE f.location_id = b.location_id)
               OR NOT EXISTS (SELECT 1 FROM (${shortLines('b.location_id')}) line WHERE line."onHand" - line.held < line.needed))
        ORDER BY ${BID_PREFERENCE('distance_km', CHOSEN())}
        LIMIT 1`,
      [orderId, now],
    );
    return next ?? null;
  }
}
