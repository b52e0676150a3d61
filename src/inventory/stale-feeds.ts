import { EntityManager } from 'typeorm';

/**
 * The staleness rule: a location's feed is stale for a manufacturer once it is older (counted_at) than the
 * manufacturer's store's max_inventory_age_hours (default 24). A stale location makes no automatic bids on
 * that manufacturer's orders (stock.sql.ts); before each resolution run, and hourly, its automatic bids on
 * orders still on the board are withdrawn with the reason on the bid, and its retailer is told once per
 * stale spell (webhook `inventory.stale` and an e-mail to each of its admins); the next upload ends the spell.
 * Manual bids stay: a person placed them knowing their stock. Runs in the caller's transaction; returns the
 * number of bids withdrawn.
 */
export async function withdrawStaleAutomaticBids(manager: EntityManager, manufacturerId: string | null): Promise<number> {
  const [, withdrawn] = await manager.query<[unknown[], number]>(
    `WITH stale AS (
       SELECT b.id, l.name AS location_name, s.max_inventory_age_hours AS max_age
         FROM inventory_feeds f
         JOIN bids b ON b.location_id = f.location_id AND b.status = 'open' AND b.automatic
         JOIN orders o ON o.id = b.order_id AND o.status = 'posted'
         JOIN stores s ON s.id = o.store_id
         JOIN retailer_locations l ON l.id = f.location_id
        WHERE f.counted_at < now() - make_interval(hours => s.max_inventory_age_hours)
          AND ($1::uuid IS NULL OR o.manufacturer_id = $1)
     )
     UPDATE bids b SET status = 'withdrawn', updated_at = now(),
            withdrawn_reason = 'Withdrawn automatically: the inventory feed of ' || stale.location_name
              || ' was older than the store''s maximum of ' || stale.max_age || ' h; upload a fresh count to bid again'
       FROM stale WHERE b.id = stale.id`,
    [manufacturerId],
  );
  await tellRetailersOfStaleFeeds(manager);
  return withdrawn;
}

/** Feeds that went stale for a manufacturer their retailer bids automatically on, and whose retailer was not told yet. */
async function tellRetailersOfStaleFeeds(manager: EntityManager): Promise<void> {
  await manager.query(
    `WITH newly AS (
       SELECT f.location_id, f.retailer_id, f.counted_at, l.name,
              jsonb_agg(jsonb_build_object('id', m.id, 'name', m.name, 'maxAgeHours', s.max_inventory_age_hours) ORDER BY m.name) AS manufacturers
         FROM inventory_feeds f
         JOIN retailer_locations l ON l.id = f.location_id AND l.active
         JOIN auto_bid_settings abs ON abs.retailer_id = f.retailer_id AND (abs.location_ids IS NULL OR f.location_id = ANY (abs.location_ids))
         JOIN stores s ON s.manufacturer_id = abs.manufacturer_id
         JOIN manufacturers m ON m.id = abs.manufacturer_id
        WHERE f.stale_notified_at IS NULL AND f.counted_at < now() - make_interval(hours => s.max_inventory_age_hours)
        GROUP BY f.location_id, f.retailer_id, f.counted_at, l.name
     ), marked AS (
       UPDATE inventory_feeds f SET stale_notified_at = now() FROM newly WHERE f.location_id = newly.location_id
     ), told AS (
       SELECT retailer_id, jsonb_build_object('location', jsonb_build_object('id', location_id, 'name', name),
                                              'countedAt', counted_at, 'manufacturers', manufacturers) AS data
         FROM newly
     ), hooks AS (
       INSERT INTO notifications (channel, event, retailer_id, payload)
       SELECT 'webhook', 'inventory.stale', t.retailer_id, t.data FROM told t JOIN retailer_webhooks w ON w.retailer_id = t.retailer_id
     )
     INSERT INTO notifications (channel, event, retailer_id, payload)
     SELECT 'email', 'inventory.stale', t.retailer_id, t.data || jsonb_build_object('userId', u.id)
       FROM told t JOIN users u ON u.retailer_id = t.retailer_id AND u.is_admin AND u.disabled_at IS NULL`,
  );
}
