import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { queryPage } from '../common/query-page';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { MarketplaceMetrics } from '../metrics/marketplace-metrics.service';
import { BidsQuery, BidView } from './board.dto';
import { AREA_KM, BID_STATUS, LOST_REASON, SHOWN_KM } from './board.sql';
import { assertAvailable } from '../inventory/stock-holds';
import { assertBiddingOpen, LockedOrder, lockVisibleOrder } from './order-reach';
import { minorUnitsSql } from '../common/money';

const BID_COLUMNS = `
  b.id, b.order_id AS "orderId", o.number AS "orderNumber", o.status AS "orderStatus", ${BID_STATUS} AS status,
         json_build_object('id', l.id, 'name', l.name) AS location,
         ${SHOWN_KM(AREA_KM)} AS "distanceKm",
         ${minorUnitsSql('o.payout_minor')} AS "payoutMinor", o.currency, b.placed_at AS "placedAt", o.resolves_at AS "resolvesAt",
         b.automatic, b.withdrawn_reason AS "withdrawnReason", ${LOST_REASON} AS "lostReason",
         coalesce(b.retailer_id = o.chosen_retailer_id, false) AS "chosenByCustomer"`;
const BID_FROM = `
    FROM bids b
    JOIN orders o ON o.id = b.order_id
    JOIN retailer_locations l ON l.id = b.location_id`;

/** A retailer's bids: place (idempotent), withdraw, list. */
@Injectable()
export class BidsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: MarketplaceMetrics,
  ) {}

  async place(principal: Principal, orderId: string, locationId?: string): Promise<BidView> {
    const retailerId = access.retailerOf(principal);
    const { bid, isNew } = await this.dataSource.transaction(async (manager) => {
      const order = await lockVisibleOrder(manager, retailerId, orderId);
      assertBiddingOpen(order, 'placed');
      const shipFrom = chooseLocation(order, locationId);
      await assertAvailable(
        manager,
        orderId,
        order.active.find((location) => location.id === shipFrom)!,
        'Update its inventory count or bid from another location',
      );
      // One row per retailer and order: placing again keeps the bid (and its place in a tie) while it is
      // open; after a withdrawal it reopens as a new bid. Only a new bid gets placed_at = now(), which tells them apart.
      const [{ is_new }] = await manager.query<{ is_new: boolean }[]>(
        `INSERT INTO bids (order_id, retailer_id, location_id) VALUES ($1, $2, $3)
         ON CONFLICT (order_id, retailer_id) DO UPDATE
           SET location_id = EXCLUDED.location_id, status = 'open', updated_at = now(), automatic = false, withdrawn_reason = NULL,
               placed_at = CASE WHEN bids.status = 'open' THEN bids.placed_at ELSE now() END
         RETURNING placed_at = now() AS is_new`,
        [orderId, retailerId, shipFrom],
      );
      return { bid: (await this.one(manager, retailerId, orderId))!, isNew: is_new };
    });
    if (isNew) this.metrics.bidPlaced();
    return bid;
  }

  async withdraw(principal: Principal, orderId: string): Promise<BidView> {
    const retailerId = access.retailerOf(principal);
    const { bid, withdrawn } = await this.dataSource.transaction(async (manager) => {
      const order = await lockVisibleOrder(manager, retailerId, orderId);
      assertBiddingOpen(order, 'withdrawn');
      const [, withdrawn] = await manager.query<[unknown[], number]>(
        `UPDATE bids SET status = 'withdrawn', updated_at = now() WHERE order_id = $1 AND retailer_id = $2 AND status = 'open'`,
        [orderId, retailerId],
      );
      const bid = await this.one(manager, retailerId, orderId);
      if (!bid) throw new DomainError(ErrorCode.NotFound, `You have no bid on order #${order.number}; place one with PUT first`);
      return { bid, withdrawn: withdrawn };
    });
    if (withdrawn) this.metrics.bidWithdrawn();
    return bid;
  }

  async list(principal: Principal, query: BidsQuery): Promise<Page<BidView>> {
    const retailerId = access.retailerOf(principal);
    return queryPage<BidView>(
      this.dataSource,
      {
        columns: BID_COLUMNS,
        from: `${BID_FROM} WHERE b.retailer_id = $1 AND ($2::bid_status IS NULL OR ${BID_STATUS} = $2)`,
        orderBy: 'b.placed_at DESC, b.id',
      },
      [retailerId, query.status ?? null],
      query,
    );
  }

  private async one(manager: EntityManager, retailerId: string, orderId: string): Promise<BidView | undefined> {
    const [bid] = await manager.query<BidView[]>(`SELECT ${BID_COLUMNS} ${BID_FROM} WHERE b.retailer_id = $1 AND b.order_id = $2`, [
      retailerId,
      orderId,
    ]);
    return bid;
  }
}

/** The location asked for, if it is one of the retailer's active ones and in range; else its nearest in range. */
function chooseLocation(order: LockedOrder, locationId: string | undefined): string {
  if (!locationId) return order.inRange[0].id;
  const asked = order.active.find((location) => location.id === locationId);
  if (!asked) {
    throw new DomainError(ErrorCode.NotFound, 'Location not found among your active locations; see GET /api/v1/retailer/locations');
  }
  if (asked.distanceKm > asked.radiusKm) {
    throw new DomainError(
      ErrorCode.Unprocessable,
      `Location "${asked.name}" is about ${asked.shownKm} km from the order's area, beyond its ${asked.radiusKm} km service radius; choose a nearer location or leave out locationId`,
    );
  }
  return asked.id;
}
