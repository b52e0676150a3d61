import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the nightly run writes per order shrinks to the award and the order's status (bench/resolver):
 * - a run's award is its own history entry (no order_events row is written for it);
 * - its e-mails and webhooks go to the outbox as one `batch` row per batch of awards, which delivery
 *   expands into one notification per message;
 * - the resolver's index of due orders holds posted orders only, so an awarded order leaves it without
 *   an index entry being written;
 * - a bid carries its order's manufacturer, so the open bids on a batch of one manufacturer's orders are
 *   one range of an index that holds all the decision needs (one scan, not a lookup per order).
 */
export class LeanerNightlyRun1795450000000 implements MigrationInterface {
  name = 'LeanerNightlyRun1795450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "notification_channel" ADD VALUE IF NOT EXISTS 'batch'`);
    // History rows the resolver wrote before: the award now tells the same.
    await queryRunner.query(`DELETE FROM order_events WHERE actor LIKE 'resolver:%'`);
    await queryRunner.query(`DROP INDEX "orders_due_for_resolution"`);
    await queryRunner.query(`CREATE INDEX "orders_due_for_resolution" ON "orders" ("resolves_at") WHERE "status" = 'posted'`);
    await queryRunner.query(`ALTER TABLE "bids" ADD "manufacturer_id" uuid`);
    // Filled from the order by the database, whoever writes the bid, so it cannot disagree with the order.
    await queryRunner.query(
      `CREATE FUNCTION nearfill_bid_manufacturer() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         SELECT manufacturer_id INTO NEW.manufacturer_id FROM orders WHERE id = NEW.order_id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER bids_manufacturer BEFORE INSERT OR UPDATE OF order_id, manufacturer_id ON bids
       FOR EACH ROW EXECUTE FUNCTION nearfill_bid_manufacturer()`,
    );
    await queryRunner.query(`UPDATE bids b SET manufacturer_id = o.manufacturer_id FROM orders o WHERE o.id = b.order_id`);
    await queryRunner.query(`ALTER TABLE "bids" ALTER COLUMN "manufacturer_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "bids_open_by_order"`);
    await queryRunner.query(
      `CREATE INDEX "bids_open_by_manufacturer" ON "bids" ("manufacturer_id", "order_id")
         INCLUDE ("placed_at", "retailer_id", "location_id", "id") WHERE "status" = 'open'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Enum values cannot be dropped, and the previous version cannot deliver a batch row: wait for them.
    const [{ pending }] = (await queryRunner.query(`SELECT count(*)::int AS pending FROM notifications WHERE channel = 'batch' AND state = 'pending'`)) as { pending: number }[];
    if (pending) throw new Error(`${pending} batch notification(s) are not delivered yet; revert once the outbox has delivered them`);
    await queryRunner.query(`DROP INDEX "bids_open_by_manufacturer"`);
    await queryRunner.query(`CREATE INDEX "bids_open_by_order" ON "bids" ("order_id", "placed_at") WHERE "status" = 'open'`);
    await queryRunner.query(`DROP TRIGGER bids_manufacturer ON bids`);
    await queryRunner.query(`DROP FUNCTION nearfill_bid_manufacturer()`);
    await queryRunner.query(`ALTER TABLE "bids" DROP COLUMN "manufacturer_id"`);
    await queryRunner.query(`DROP INDEX "orders_due_for_resolution"`);
    await queryRunner.query(`CREATE INDEX "orders_due_for_resolution" ON "orders" ("status", "resolves_at")`);
    // The previous version orders history by id: these rows come last, though dated when the award was made.
    await queryRunner.query(
      `INSERT INTO order_events (order_id, from_status, to_status, actor, note, at)
       SELECT order_id, 'posted', CASE WHEN kind = 'retailer' THEN 'awarded_retailer' ELSE 'awarded_manufacturer' END::order_status,
              'resolver:' || run_id, reason, created_at
         FROM awards WHERE run_id IS NOT NULL`,
    );
    await queryRunner.query(`DELETE FROM notifications WHERE channel = 'batch'`);
  }
}
