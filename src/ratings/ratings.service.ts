import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal, Role } from '../auth/role';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { notifyRetailers } from '../notifications/outbox';
import { orderByToken } from '../orders/order-by-token';
import { OrderStatus } from '../orders/order-status';
import { Order } from '../orders/order.entity';
import { Rating } from './rating.entity';
import { CustomerRating, DealerRecord, RateDto, RatingView } from './ratings.dto';

const RATEABLE = [OrderStatus.Delivered, OrderStatus.PickedUp];

/** The record columns a manufacturer's dealer table sorts by, besides the dealer's name. */
export type DealerSortColumn = 'awards' | 'declines' | 'lateShipments' | 'chosenByCustomers' | 'averageStars';

// An award of the dealer's (alias a; its order o, store s, shipment sh, pickup p) it let pass its deadline or shipped
// after it. A pickup's shipment is its hand-over, not a parcel: only a missed acceptance makes it late.
const LATE = `a.superseded_by = 'overdue' OR (p.order_id IS NULL AND sh.shipped_at > a.created_at + make_interval(days => s.ship_by_days))`;
// A shipment is written with its order's live award, so it is found by the order (unique) as well as by the award.
const AWARD_OUTCOME = `JOIN stores s ON s.id = o.store_id
           LEFT JOIN shipments sh ON sh.order_id = a.order_id AND sh.award_id = a.id
           LEFT JOIN pickups p ON p.order_id = a.order_id`;
// The ratings of a dealer that has a record with the manufacturer ($1) of `rt`: one with an award or a customer's choice.
const HAS_RECORD = `(EXISTS (SELECT 1 FROM awards a JOIN orders o ON o.id = a.order_id
                  WHERE a.retailer_id = rt.retailer_id AND a.kind = 'retailer' AND o.manufacturer_id = $1)
          OR EXISTS (SELECT 1 FROM orders o WHERE o.chosen_retailer_id = rt.retailer_id AND o.manufacturer_id = $1))`;

/**
 * The dealer records of tenant $1, a manufacturer's (each dealer) or a retailer's (each manufacturer). `narrowed`
 * (a manufacturer's only) keeps the dealers of $2 (retailer ids) alone. The tenant and the dealers are narrowed inside
 * each aggregate, not after it: filtering the joined result made PostgreSQL count every tenant's awards first (the
 * CTEs are read twice, so they are materialised whole).
 */
function recordsSql(side: 'manufacturer' | 'retailer', narrowed: boolean): string {
  const [awarded, rated, chosen] =
    side === 'manufacturer'
      ? ['o.manufacturer_id', 'manufacturer_id', 'o.manufacturer_id']
      : ['a.retailer_id', 'retailer_id', 'o.chosen_retailer_id'];
  const [dealerAwarded, dealerRated, dealerChosen] = narrowed
    ? ['AND a.retailer_id = ANY($2)', 'AND retailer_id = ANY($2)', 'AND o.chosen_retailer_id = ANY($2)']
    : ['', '', ''];
  return `WITH fulfilled AS (
         SELECT a.retailer_id, o.manufacturer_id, count(*)::int AS awards,
                count(*) FILTER (WHERE a.superseded_by = 'declined')::int AS declines,
                count(*) FILTER (WHERE ${LATE})::int AS late
           FROM awards a
           JOIN orders o ON o.id = a.order_id
           ${AWARD_OUTCOME}
          WHERE a.kind = 'retailer' AND ${awarded} = $1 ${dealerAwarded}
          GROUP BY a.retailer_id, o.manufacturer_id
       ), rated AS (
         SELECT retailer_id, manufacturer_id, count(*)::int AS ratings, round(avg(stars), 1)::float8 AS average
           FROM ratings WHERE retailer_id IS NOT NULL AND ${rated} = $1 ${dealerRated} GROUP BY retailer_id, manufacturer_id
       ), chosen AS (
         -- Orders whose customer chose the dealer at checkout, and those it won (an award from its bid).
         SELECT o.chosen_retailer_id AS retailer_id, o.manufacturer_id, count(*)::int AS chosen,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM awards a WHERE a.order_id = o.id AND a.retailer_id = o.chosen_retailer_id
                                                 AND a.bid_id IS NOT NULL))::int AS won
           FROM orders o WHERE o.chosen_retailer_id IS NOT NULL AND ${chosen} = $1 ${dealerChosen}
          GROUP BY o.chosen_retailer_id, o.manufacturer_id
       ), dealer AS (
         SELECT retailer_id, manufacturer_id FROM fulfilled UNION SELECT retailer_id, manufacturer_id FROM chosen
       )
       SELECT d.retailer_id AS "retailerId", r.name AS "retailerName", d.manufacturer_id AS "manufacturerId", m.name AS "manufacturerName",
              coalesce(f.awards, 0) AS awards, coalesce(f.declines, 0) AS declines, coalesce(f.late, 0) AS "lateShipments",
              coalesce(rt.ratings, 0) AS ratings, rt.average AS "averageStars",
              coalesce(c.chosen, 0) AS "chosenByCustomers", coalesce(c.won, 0) AS "chosenAndWon"
         FROM dealer d
         LEFT JOIN fulfilled f ON f.retailer_id = d.retailer_id AND f.manufacturer_id = d.manufacturer_id
         LEFT JOIN chosen c ON c.retailer_id = d.retailer_id AND c.manufacturer_id = d.manufacturer_id
         LEFT JOIN rated rt ON rt.retailer_id = d.retailer_id AND rt.manufacturer_id = d.manufacturer_id
         JOIN retailers r ON r.id = d.retailer_id
         JOIN manufacturers m ON m.id = d.manufacturer_id
        ORDER BY r.name, m.name`;
}

/**
 * Per sort column, each of manufacturer $1's dealers with its value ("retailerId", "value"), each computed as in
 * recordsSql and no more: a sort by awards does not join shipments, one by rating reads the ratings.
 */
const SORT_KEYS: Record<DealerSortColumn, string> = {
  awards: `SELECT a.retailer_id AS "retailerId", count(*)::int AS value FROM awards a JOIN orders o ON o.id = a.order_id
            WHERE a.kind = 'retailer' AND o.manufacturer_id = $1 GROUP BY a.retailer_id`,
  declines: `SELECT a.retailer_id AS "retailerId", count(*)::int AS value FROM awards a JOIN orders o ON o.id = a.order_id
              WHERE a.kind = 'retailer' AND a.superseded_by = 'declined' AND o.manufacturer_id = $1 GROUP BY a.retailer_id`,
  lateShipments: `SELECT a.retailer_id AS "retailerId", count(*) FILTER (WHERE ${LATE})::int AS value
                    FROM awards a JOIN orders o ON o.id = a.order_id ${AWARD_OUTCOME}
                   WHERE a.kind = 'retailer' AND o.manufacturer_id = $1 GROUP BY a.retailer_id`,
  chosenByCustomers: `SELECT o.chosen_retailer_id AS "retailerId", count(*)::int AS value FROM orders o
                       WHERE o.chosen_retailer_id IS NOT NULL AND o.manufacturer_id = $1 GROUP BY o.chosen_retailer_id`,
  averageStars: `SELECT rt.retailer_id AS "retailerId", round(avg(rt.stars), 1)::float8 AS value FROM ratings rt
                  WHERE rt.retailer_id IS NOT NULL AND rt.manufacturer_id = $1 GROUP BY rt.retailer_id HAVING ${HAS_RECORD}`,
};

/**
 * The customer's rating of how their order was fulfilled (one per order, changeable), and the dealer
 * records built from awards, declines, late shipments and ratings.
 */
@Injectable()
export class RatingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forCustomer(token: string): Promise<CustomerRating> {
    return this.dataSource.transaction(async (manager) => this.ofOrder(manager, await orderByToken(manager, token)));
  }

  /** forCustomer for `order` (as orderByToken read it), read with `manager` (inside the caller's transaction). */
  async ofOrder(manager: EntityManager, order: Order): Promise<CustomerRating> {
    return { canRate: RATEABLE.includes(order.status) && !order.erasedAt, rating: await this.view(manager, order.id) };
  }

  /** Ops: the customer's rating of any order's fulfilment, or null. */
  forOps(principal: Principal, orderId: string): Promise<RatingView | null> {
    access.requireOps(principal);
    return this.view(this.dataSource.manager, orderId);
  }

  /**
   * Rates the fulfiller of a delivered or picked-up order (409 before); a second rating replaces the first. Once the
   * customer erased their data the order takes no new rating or comment (409): its stars stay, anonymous, and new
   * words would be personal data again.
   */
  rate(token: string, input: RateDto): Promise<RatingView> {
    return this.dataSource.transaction(async (manager) => {
      const order = await orderByToken(manager, token);
      if (!RATEABLE.includes(order.status)) {
        throw new DomainError(ErrorCode.InvalidState, 'You can rate the order once it is delivered or picked up');
      }
      if (order.erasedAt) {
        const rated = await this.view(manager, order.id);
        throw new DomainError(
          ErrorCode.InvalidState,
          rated
            ? `Your details on this order were erased, so it takes no new rating or comment; your ${rated.stars} ${rated.stars === 1 ? 'star stays' : 'stars stay'} on the dealer's record`
            : 'Your details on this order were erased, so it can no longer be rated',
        );
      }
      const [shipment] = await manager.query<({ retailer_id: string } | undefined)[]>(`SELECT retailer_id FROM shipments WHERE order_id = $1`, [
        order.id,
      ]);
      const rating = {
        orderId: order.id,
        manufacturerId: order.manufacturerId,
        retailerId: shipment?.retailer_id ?? null,
        stars: input.stars,
        comment: input.comment || null,
        ratedAt: new Date(),
      };
      await manager.upsert(Rating, rating, ['orderId']);
      if (rating.retailerId) {
        await notifyRetailers(manager, 'rating.received', order.id, [rating.retailerId], {
          rating: { stars: rating.stars, comment: rating.comment },
        });
      }
      return (await this.view(manager, order.id))!;
    });
  }

  /** A manufacturer: each dealer that fulfilled its orders. A retailer: its own record with each manufacturer. */
  records(principal: Principal): Promise<DealerRecord[]> {
    const manufacturer = principal.role === Role.Manufacturer;
    const tenantId = manufacturer ? access.manufacturerOf(principal) : access.retailerOf(principal);
    return this.dataSource.query(recordsSql(manufacturer ? 'manufacturer' : 'retailer', false), [tenantId]);
  }

  /**
   * The manufacturer's records of the dealers `retailerIds` alone (a dealer without awards or choices has none): the
   * same figures as records(), read for the rows a page shows instead of for every dealer.
   */
  dealerRecords(principal: Principal, retailerIds: string[]): Promise<DealerRecord[]> {
    const manufacturerId = access.manufacturerOf(principal);
    return this.dataSource.query(recordsSql('manufacturer', true), [manufacturerId, retailerIds]);
  }

  /**
   * Every dealer's value of one record column, for sorting the manufacturer's dealer table across all of them:
   * retailer id → awards, declines, late shipments or chosen-by-customer count, or average stars (one decimal).
   * Dealers without a record are left out, as are unrated ones for `averageStars`.
   */
  async dealerSortKeys(principal: Principal, column: DealerSortColumn): Promise<Map<string, number>> {
    const manufacturerId = access.manufacturerOf(principal);
    const rows = await this.dataSource.query<{ retailerId: string; value: number }[]>(SORT_KEYS[column], [manufacturerId]);
    return new Map(rows.map((r) => [r.retailerId, r.value]));
  }

  private async view(manager: EntityManager, orderId: string): Promise<RatingView | null> {
    const [row] = await manager.query<(RatingView | undefined)[]>(
      `SELECT rt.stars, rt.comment, rt.rated_at AS "ratedAt", coalesce(r.name, m.name) AS "fulfilledBy"
         FROM ratings rt JOIN manufacturers m ON m.id = rt.manufacturer_id LEFT JOIN retailers r ON r.id = rt.retailer_id
        WHERE rt.order_id = $1`,
      [orderId],
    );
    return row ?? null;
  }
}
