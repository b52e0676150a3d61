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

// Each dealer's counts with each manufacturer, kept as awards, shipments and choices are written (migration
// DealerRecordCounts, where each figure's source is listed): a dealer's rows, one per database session that wrote
// them, are summed. `where` narrows the rows before they are summed.
const COUNTED = (where: string) => `SELECT manufacturer_id, retailer_id, sum(awards)::int AS awards, sum(declines)::int AS declines,
              sum(late)::int AS late, sum(chosen)::int AS chosen, sum(chosen_won)::int AS won
         FROM dealer_record_counts WHERE ${where} GROUP BY manufacturer_id, retailer_id
       HAVING sum(awards) > 0 OR sum(chosen) > 0`;

/**
 * The dealer records of tenant $1, a manufacturer's (each dealer) or a retailer's (each manufacturer). `narrowed`
 * (a manufacturer's only) keeps the dealers of $2 (retailer ids) alone. A dealer has a record with a manufacturer once
 * it got one of its orders (an award) or a customer chose it.
 */
function recordsSql(side: 'manufacturer' | 'retailer', narrowed: boolean): string {
  const tenant = side === 'manufacturer' ? 'manufacturer_id' : 'retailer_id';
  const dealers = narrowed ? 'AND retailer_id = ANY($2)' : '';
  return `WITH counted AS (${COUNTED(`${tenant} = $1 ${dealers}`)}
       ), rated AS (
         SELECT retailer_id, manufacturer_id, count(*)::int AS ratings, round(avg(stars), 1)::float8 AS average
           FROM ratings WHERE retailer_id IS NOT NULL AND ${tenant} = $1 ${dealers} GROUP BY retailer_id, manufacturer_id
       )
       SELECT c.retailer_id AS "retailerId", r.name AS "retailerName", c.manufacturer_id AS "manufacturerId", m.name AS "manufacturerName",
              c.awards, c.declines, c.late AS "lateShipments", coalesce(rt.ratings, 0) AS ratings, rt.average AS "averageStars",
              c.chosen AS "chosenByCustomers", c.won AS "chosenAndWon"
         FROM counted c
         LEFT JOIN rated rt ON rt.retailer_id = c.retailer_id AND rt.manufacturer_id = c.manufacturer_id
         JOIN retailers r ON r.id = c.retailer_id
         JOIN manufacturers m ON m.id = c.manufacturer_id
        ORDER BY r.name, m.name`;
}

const FIGURES = ['awards', 'declines', 'late', 'chosen', 'chosen_won'];

/** A count of manufacturer $1's dealers as a sort key ("retailerId", "value"): dealers without a record are left out. */
const countKey = (figure: string) => `SELECT retailer_id AS "retailerId", ${figure} AS value FROM (${COUNTED('manufacturer_id = $1')}) c`;

/**
 * Per sort column, each of manufacturer $1's dealers that has a record with its value ("retailerId", "value"), as in
 * recordsSql; for `averageStars`, only the rated ones.
 */
const SORT_KEYS: Record<DealerSortColumn, string> = {
  awards: countKey('awards'),
  declines: countKey('declines'),
  lateShipments: countKey('late'),
  chosenByCustomers: countKey('chosen'),
  averageStars: `SELECT rt.retailer_id AS "retailerId", round(avg(rt.stars), 1)::float8 AS value FROM ratings rt
                  WHERE rt.retailer_id IS NOT NULL AND rt.manufacturer_id = $1
                    AND rt.retailer_id IN (SELECT retailer_id FROM (${COUNTED('manufacturer_id = $1')}) c)
                  GROUP BY rt.retailer_id`,
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

  /**
   * Folds the dealer_record_counts rows of database sessions that have ended into each dealer's row of backend 0, so
   * that a dealer keeps about one row per live session. Sums are unchanged; a new session that reuses an ended one's
   * pid meanwhile only adds to the row folded. Returns how many rows were folded.
   */
  async foldRecordCounts(): Promise<number> {
    const [{ folded }] = await this.dataSource.query<{ folded: number }[]>(
      `WITH ended AS (
         DELETE FROM dealer_record_counts c
          WHERE c.backend <> 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity s WHERE s.pid = c.backend)
         RETURNING c.*
       ), kept AS (
         INSERT INTO dealer_record_counts AS c (manufacturer_id, retailer_id, backend, ${FIGURES.join(', ')})
         SELECT manufacturer_id, retailer_id, 0, ${FIGURES.map((f) => `sum(${f})`).join(', ')}
           FROM ended GROUP BY manufacturer_id, retailer_id ORDER BY manufacturer_id, retailer_id
         ON CONFLICT (manufacturer_id, retailer_id, backend)
         DO UPDATE SET ${FIGURES.map((f) => `${f} = c.${f} + excluded.${f}`).join(', ')}
       )
       SELECT count(*)::int AS folded FROM ended`,
    );
    return folded;
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
