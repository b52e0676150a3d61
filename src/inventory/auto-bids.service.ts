import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { queryPage } from '../common/query-page';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { MarketplaceMetrics } from '../metrics/marketplace-metrics.service';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobPayloads } from '../queue/jobs';
import { AutoBidSettingDto, AutoBidSettingView, DecisionQuery, DecisionView } from './inventory.dto';
import { AUTO_BID, LOCK_CANDIDATE_FEEDS, ORDERS_FOR_FEED } from './stock.sql';

const SETTING_COLUMNS = `json_build_object('id', m.id, 'name', m.name) AS manufacturer, abs.location_ids AS "locationIds", abs.updated_at AS "updatedAt"`;

/**
 * Automatic bids: a retailer that turned them on for a manufacturer bids on each of its orders from its
 * nearest in-range location with every line available, as if it had clicked (the board's rules: approved
 * dealer, service radius, window open), holding the stock. Runs after an order is posted and after a feed
 * changes, as outbox jobs: the order's own transaction pays only for one outbox row.
 */
@Injectable()
export class AutoBidsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: MarketplaceMetrics,
  ) {}

  @HandlesJob('inventory.auto-bid-order')
  async onOrderPosted({ orderId }: JobPayloads['inventory.auto-bid-order']): Promise<number> {
    return this.bidOn(orderId, null);
  }

  /** A location's feed changed: its retailer bids on the board's orders it can now cover, in the order they were posted. */
  @HandlesJob('inventory.auto-bid-feed')
  async onFeedChanged({ locationId }: JobPayloads['inventory.auto-bid-feed']): Promise<number> {
    const [location] = await this.dataSource.query<({ retailer_id: string } | undefined)[]>(
      `SELECT retailer_id FROM retailer_locations WHERE id = $1`,
      [locationId],
    );
    if (!location) return 0;
    const orders: { id: string }[] = await this.dataSource.query(ORDERS_FOR_FEED, [locationId]);
    let placed = 0;
    for (const { id } of orders) placed += await this.bidOn(id, location.retailer_id);
    return placed;
  }

  /**
   * Decides order `orderId` for every opted-in retailer (or only `retailerId`) in one transaction: the order
   * is locked against the resolver, then the candidate locations' stock, then the bids are placed and every
   * decision recorded. Idempotent: a retailer with a bid on the order is not considered again. Returns the
   * number of bids placed.
   */
  async bidOn(orderId: string, retailerId: string | null): Promise<number> {
    const placed: unknown[] = await this.dataSource.transaction(async (manager) => {
      const [order] = await manager.query<unknown[]>(`SELECT 1 FROM orders WHERE id = $1 AND status = 'posted' FOR SHARE`, [orderId]);
      if (!order) return [];
      const locked: { location_id: string }[] = await manager.query(LOCK_CANDIDATE_FEEDS, [orderId, retailerId]);
      return manager.query<unknown[]>(AUTO_BID, [orderId, retailerId, locked.map((row) => row.location_id)]);
    });
    for (let i = 0; i < placed.length; i++) this.metrics.bidPlaced();
    return placed.length;
  }

  async settings(principal: Principal): Promise<AutoBidSettingView[]> {
    const retailerId = access.retailerOf(principal);
    return this.dataSource.query(
      `SELECT ${SETTING_COLUMNS} FROM auto_bid_settings abs JOIN manufacturers m ON m.id = abs.manufacturer_id
        WHERE abs.retailer_id = $1 ORDER BY m.name, m.id`,
      [retailerId],
    );
  }

  /** Turns automatic bids on for a manufacturer the retailer is an approved dealer of, from all or some of its locations. */
  async enable(principal: Principal, manufacturerId: string, input: AutoBidSettingDto): Promise<AutoBidSettingView> {
    const retailerId = access.retailerOf(principal);
    const locationIds = input.locationIds ? [...new Set(input.locationIds)] : null;
    return this.dataSource.transaction(async (manager) => {
      const [dealer] = await manager.query<unknown[]>(
        `SELECT 1 FROM dealer_approvals WHERE retailer_id = $1 AND manufacturer_id = $2 AND status = 'approved'`,
        [retailerId, manufacturerId],
      );
      if (!dealer)
        throw new DomainError(
          ErrorCode.NotFound,
          'Manufacturer not found among those that approved you as a dealer; see GET /api/v1/retailer/dealers',
        );
      if (locationIds) {
        const [{ own }] = await manager.query<{ own: number }[]>(
          `SELECT count(*)::int AS own FROM retailer_locations WHERE retailer_id = $1 AND id = ANY ($2::uuid[])`,
          [retailerId, locationIds],
        );
        if (own !== locationIds.length) {
          throw new DomainError(
            ErrorCode.NotFound,
            'A location in locationIds is not one of yours; see GET /api/v1/retailer/locations',
            'locationIds',
          );
        }
      }
      await manager.query(
        `INSERT INTO auto_bid_settings (retailer_id, manufacturer_id, location_ids) VALUES ($1, $2, $3)
         ON CONFLICT (retailer_id, manufacturer_id) DO UPDATE SET location_ids = excluded.location_ids, updated_at = now()`,
        [retailerId, manufacturerId, locationIds],
      );
      const [view] = await manager.query<AutoBidSettingView[]>(
        `SELECT ${SETTING_COLUMNS} FROM auto_bid_settings abs JOIN manufacturers m ON m.id = abs.manufacturer_id
          WHERE abs.retailer_id = $1 AND abs.manufacturer_id = $2`,
        [retailerId, manufacturerId],
      );
      return view;
    });
  }

  /** Turns them off; bids already placed stay (withdraw them on the board if need be). */
  async disable(principal: Principal, manufacturerId: string): Promise<void> {
    const retailerId = access.retailerOf(principal);
    const [, removed] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM auto_bid_settings WHERE retailer_id = $1 AND manufacturer_id = $2`,
      [retailerId, manufacturerId],
    );
    if (!removed) throw new DomainError(ErrorCode.NotFound, 'Automatic bids are not on for this manufacturer');
  }

  /** Why each order was or was not bid on automatically, newest first. */
  decisions(principal: Principal, query: DecisionQuery): Promise<Page<DecisionView>> {
    const retailerId = access.retailerOf(principal);
    return queryPage<DecisionView>(
      this.dataSource,
      {
        columns: `d.order_id AS "orderId", o.number::text AS "orderNumber", d.outcome,
                  CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'name', l.name) END AS location,
                  d.reason, d.decided_at AS "decidedAt"`,
        from: `FROM auto_bid_decisions d JOIN orders o ON o.id = d.order_id LEFT JOIN retailer_locations l ON l.id = d.location_id
               WHERE d.retailer_id = $1 AND ($2::uuid IS NULL OR d.order_id = $2) AND ($3::auto_bid_outcome IS NULL OR d.outcome = $3)`,
        orderBy: 'd.decided_at DESC, d.order_id',
      },
      [retailerId, query.orderId ?? null, query.outcome ?? null],
      query,
    );
  }
}

/**
 * SQL for the transaction that posts orders: an outbox job that places each one's automatic bids once that
 * commits, for an order whose manufacturer any retailer bids on automatically. One INSERT, so placing the order
 * barely waits. `orders` is a relation (a table expression) with the orders' `id` and `manufacturer_id`.
 */
export const autoBidJobs = (orders: string) => `
  INSERT INTO notifications (channel, event, payload)
  SELECT 'job', 'inventory.auto-bid-order', jsonb_build_object('orderId', o.id)
    FROM ${orders} o
   WHERE EXISTS (SELECT 1 FROM auto_bid_settings s WHERE s.manufacturer_id = o.manufacturer_id)`;
