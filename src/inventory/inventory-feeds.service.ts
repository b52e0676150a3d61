import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Page, PageQuery } from '../common/pagination.dto';
import { queryPage } from '../common/query-page';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { runAfterCommit } from '../notifications/outbox';
import { CatalogueEntry, CountedProduct, FeedRow, matchRows, parseCsvFeed } from './feed-rows';
import { DealerFeedView, FeedDto, FeedUploadView, FeedView, HoldView, StockItemQuery, StockItemView } from './inventory.dto';
import { overcommitted, withdrawOverHeldBids } from './stock-holds';
import { heldAt, heldLines, holdsStock, pickupHoldsStock } from './stock.sql';

// A sender's clock may run a little ahead of ours.
const CLOCK_SKEW_MS = 5 * 60_000;

type FeedMode = 'replace' | 'delta';

/**
 * FEED_COLUMNS for the locations `l` of retailer $1: feed age, counts, what is held, and the manufacturers
 * (it bids automatically for) whose maximum age the feed exceeds.
 */
const FEED_COLUMNS = `
  json_build_object('id', l.id, 'name', l.name) AS location,
  f.location_id IS NOT NULL AS "hasFeed", f.counted_at AS "countedAt",
  floor(extract(epoch FROM now() - f.counted_at))::int AS "ageSeconds",
  (SELECT count(*)::int FROM inventory_items i WHERE i.location_id = l.id) AS products,
  (SELECT coalesce(sum(i.on_hand), 0)::int FROM inventory_items i WHERE i.location_id = l.id) AS "unitsOnHand",
  (SELECT coalesce(sum(held.quantity), 0)::int FROM (${heldLines('l.id')}) held WHERE f.location_id IS NOT NULL) AS "unitsHeld",
  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name), '[]')
     FROM auto_bid_settings abs JOIN manufacturers m ON m.id = abs.manufacturer_id JOIN stores s ON s.manufacturer_id = m.id
    WHERE abs.retailer_id = l.retailer_id AND (abs.location_ids IS NULL OR l.id = ANY (abs.location_ids))
      AND f.counted_at < now() - make_interval(hours => s.max_inventory_age_hours)) AS "staleFor"`;

/**
 * A retailer's stock per location: feeds in (CSV, JSON full replace, JSON delta) and what they show (feed
 * age, counts, holds). Every method is scoped to the caller's retailer and checks the location is its own.
 */
@Injectable()
export class InventoryFeedsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces the location's whole count with a CSV (see parseCsvFeed for its format). */
  uploadCsv(principal: Principal, locationId: string, csv: unknown, countedAt?: Date): Promise<FeedUploadView> {
    if (typeof csv !== 'string') throw new DomainError(ErrorCode.BadRequest, 'Send the CSV as the request body with Content-Type: text/csv');
    return this.apply(principal, locationId, 'replace', parseCsvFeed(csv), countedAt);
  }

  /** Full replace (`replace`: products not listed are gone) or delta (`delta`: only the listed products change). */
  uploadJson(principal: Principal, locationId: string, mode: FeedMode, input: FeedDto): Promise<FeedUploadView> {
    const rows = input.items.map((item, i) => ({ where: `items[${i}]`, ...item }));
    return this.apply(principal, locationId, mode, rows, input.countedAt);
  }

  async feeds(principal: Principal): Promise<FeedView[]> {
    const retailerId = access.retailerOf(principal);
    return this.dataSource.query(
      `SELECT ${FEED_COLUMNS} FROM retailer_locations l LEFT JOIN inventory_feeds f ON f.location_id = l.id
        WHERE l.retailer_id = $1 AND l.active ORDER BY l.name, l.id`,
      [retailerId],
    );
  }

  async items(principal: Principal, locationId: string, query: StockItemQuery): Promise<Page<StockItemView>> {
    const retailerId = access.retailerOf(principal);
    await this.ownLocation(this.dataSource.manager, retailerId, locationId);
    return queryPage<StockItemView>(
      this.dataSource,
      {
        // What is held is summed in the select list, so only the page's rows pay for it (not the count).
        columns: `i.product_id AS "productId", p.sku, p.gtin, p.name, json_build_object('id', m.id, 'name', m.name) AS manufacturer,
                  i.on_hand AS "onHand", ${heldAt('i.location_id', 'i.product_id')} AS held,
                  i.on_hand - ${heldAt('i.location_id', 'i.product_id')} AS available, i.counted_at AS "countedAt"`,
        from: `FROM inventory_items i JOIN products p ON p.id = i.product_id JOIN manufacturers m ON m.id = p.manufacturer_id
               WHERE i.location_id = $1 AND ($2::text IS NULL OR p.sku = $2)`,
        orderBy: 'p.sku, i.product_id',
      },
      [locationId, query.sku ?? null],
      query,
    );
  }

  /** What holds stock at the location, newest first, with what each holds: its bids, and the pickups it accepted. */
  async holds(principal: Principal, locationId: string, query: PageQuery): Promise<Page<HoldView>> {
    const retailerId = access.retailerOf(principal);
    await this.ownLocation(this.dataSource.manager, retailerId, locationId);
    return queryPage<HoldView>(
      this.dataSource,
      {
        columns: `h."bidId", h."orderId", h."orderNumber", h.status, h.automatic, h."placedAt",
                  (SELECT json_agg(json_build_object('sku', hl.sku, 'quantity', hl.quantity) ORDER BY hl.sku)
                     FROM order_lines hl WHERE hl.order_id = h."orderId") AS lines`,
        from: `FROM (SELECT b.id AS "bidId", o.id AS "orderId", o.number::text AS "orderNumber",
                            CASE WHEN o.status = 'posted' THEN 'open' ELSE 'won' END AS status, b.automatic, b.placed_at AS "placedAt"
                       FROM bids b JOIN orders o ON o.id = b.order_id
                      WHERE b.location_id = $1 AND ${holdsStock()}
                     UNION ALL
                     SELECT NULL::uuid, o.id, o.number::text, 'pickup', false, p.accepted_at
                       FROM pickups p JOIN orders o ON o.id = p.order_id
                      WHERE p.location_id = $1 AND ${pickupHoldsStock()}) h
               WHERE EXISTS (SELECT 1 FROM inventory_feeds f WHERE f.location_id = $1)`,
        orderBy: 'h."placedAt" DESC, h."orderId"',
      },
      [locationId],
      query,
    );
  }

  /** For a manufacturer: each approved dealer's feeds, fresh or stale by the store's maximum age. */
  dealerFeeds(principal: Principal): Promise<DealerFeedView[]> {
    const manufacturerId = access.manufacturerOf(principal);
    const fresh = `f.counted_at >= now() - make_interval(hours => s.max_inventory_age_hours)`;
    return this.dataSource.query(
      `SELECT json_build_object('id', r.id, 'name', r.name) AS retailer,
              EXISTS (SELECT 1 FROM auto_bid_settings abs WHERE abs.retailer_id = r.id AND abs.manufacturer_id = $1) AS "autoBidding",
              count(l.id)::int AS locations,
              count(f.location_id) FILTER (WHERE ${fresh})::int AS "freshFeeds",
              count(f.location_id) FILTER (WHERE NOT ${fresh})::int AS "staleFeeds",
              min(f.counted_at) AS "oldestCountedAt", max(f.counted_at) AS "newestCountedAt"
         FROM dealer_approvals da
         JOIN retailers r ON r.id = da.retailer_id
         JOIN stores s ON s.manufacturer_id = da.manufacturer_id
         LEFT JOIN retailer_locations l ON l.retailer_id = r.id AND l.active
         LEFT JOIN inventory_feeds f ON f.location_id = l.id
        WHERE da.manufacturer_id = $1 AND da.status = 'approved'
        GROUP BY r.id, r.name
        ORDER BY r.name, r.id`,
      [manufacturerId],
    );
  }

  private async apply(principal: Principal, locationId: string, mode: FeedMode, rows: FeedRow[], countedAt = new Date()): Promise<FeedUploadView> {
    const retailerId = access.retailerOf(principal);
    if (countedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        'countedAt is in the future; send when the stock was counted, or leave it out for now',
        'countedAt',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const location = await this.ownLocation(manager, retailerId, locationId);
      const counted = matchRows(rows, await this.catalogue(manager, retailerId));
      // The feed row is the location's stock lock: taken first, held to the end (stock-holds.ts).
      await manager.query(
        `INSERT INTO inventory_feeds (location_id, retailer_id, counted_at) VALUES ($1, $2, $3)
         ON CONFLICT (location_id) DO UPDATE
            SET counted_at = CASE WHEN $4 THEN excluded.counted_at ELSE greatest(inventory_feeds.counted_at, excluded.counted_at) END,
                stale_notified_at = NULL, updated_at = now()`,
        [locationId, retailerId, countedAt, mode === 'replace'],
      );
      const { applied, removed } = await writeCounts(manager, locationId, mode, counted, countedAt);
      const withdrawnBids = await withdrawOverHeldBids(manager, locationId, location.name);
      const overcommittedSkus = await overcommitted(manager, locationId);
      await runAfterCommit(manager, 'inventory.auto-bid-feed', { locationId });
      const [feed] = await manager.query<FeedView[]>(
        `SELECT ${FEED_COLUMNS} FROM retailer_locations l LEFT JOIN inventory_feeds f ON f.location_id = l.id WHERE l.id = $1`,
        [locationId],
      );
      return { applied, removed, withdrawnBids, overcommitted: overcommittedSkus, feed };
    });
  }

  private async ownLocation(manager: EntityManager, retailerId: string, locationId: string): Promise<{ name: string }> {
    const [location] = await manager.query<({ name: string } | undefined)[]>(
      `SELECT name FROM retailer_locations WHERE id = $1 AND retailer_id = $2`,
      [locationId, retailerId],
    );
    return access.found(location, 'Location');
  }

  /** Products of the manufacturers the retailer is an approved dealer of: what a feed may count. */
  private catalogue(manager: EntityManager, retailerId: string): Promise<CatalogueEntry[]> {
    return manager.query(
      `SELECT p.id AS "productId", p.sku, p.gtin, s.slug AS "storeSlug"
         FROM dealer_approvals da JOIN products p ON p.manufacturer_id = da.manufacturer_id JOIN stores s ON s.manufacturer_id = da.manufacturer_id
        WHERE da.retailer_id = $1 AND da.status = 'approved'`,
      [retailerId],
    );
  }
}

/**
 * Writes the counts in one statement whatever their number (50,000 rows take one round trip): the listed
 * products are upserted and, for a full replace, the location's other products deleted.
 */
async function writeCounts(
  manager: EntityManager,
  locationId: string,
  mode: FeedMode,
  counted: CountedProduct[],
  countedAt: Date,
): Promise<{ applied: number; removed: number }> {
  const [{ applied, removed }] = await manager.query<{ applied: number; removed: number }[]>(
    `WITH input AS (
       SELECT * FROM unnest($2::uuid[], $3::int[]) AS t (product_id, on_hand)
     ), gone AS (
       DELETE FROM inventory_items i
        WHERE $5 AND i.location_id = $1 AND NOT EXISTS (SELECT 1 FROM input WHERE input.product_id = i.product_id)
       RETURNING 1
     ), written AS (
       INSERT INTO inventory_items (location_id, product_id, on_hand, counted_at)
       SELECT $1, product_id, on_hand, $4 FROM input
       ON CONFLICT (location_id, product_id) DO UPDATE SET on_hand = excluded.on_hand, counted_at = excluded.counted_at
       RETURNING 1
     )
     SELECT (SELECT count(*)::int FROM written) AS applied, (SELECT count(*)::int FROM gone) AS removed`,
    [locationId, counted.map((c) => c.productId), counted.map((c) => c.onHand), countedAt, mode === 'replace'],
  );
  return { applied, removed };
}
