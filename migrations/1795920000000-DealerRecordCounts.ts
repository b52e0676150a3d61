import { MigrationInterface, QueryRunner } from 'typeorm';

const FIGURES = ['awards', 'declines', 'late', 'chosen', 'chosen_won'] as const;

/**
 * Adds figures to the counts of (manufacturer, retailer) in this database session's own rows: `select` gives
 * manufacturer_id, retailer_id and then the five FIGURES to add, in that order.
 */
const addCounts = (select: string) => `
  INSERT INTO dealer_record_counts AS c (manufacturer_id, retailer_id, backend, ${FIGURES.join(', ')})
  SELECT manufacturer_id, retailer_id, pg_backend_pid(), ${FIGURES.join(', ')}
    FROM (${select}) AS added (manufacturer_id, retailer_id, ${FIGURES.join(', ')})
   WHERE ${FIGURES.map((f) => `${f} <> 0`).join(' OR ')}
   ORDER BY manufacturer_id, retailer_id
  ON CONFLICT (manufacturer_id, retailer_id, backend)
  DO UPDATE SET ${FIGURES.map((f) => `${f} = c.${f} + excluded.${f}`).join(', ')}`;

/**
 * The statement-level trigger `name` AFTER `event` ON `table`, with transition tables `referencing`, whose function
 * adds the figures `select` gives (see addCounts).
 */
const countingTrigger = (name: string, event: string, table: string, referencing: string, select: string) => [
  `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${addCounts(select)}; RETURN NULL; END $$`,
  `CREATE TRIGGER ${name} AFTER ${event} ON ${table} REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`,
];

// Whether the dealer of retailer award `n` (of order `o`) is the customer's chosen one and this is the first award of
// the order it got from a bid: the order then counts once as "chosen and won".
const FIRST_CHOSEN_WIN = `CASE WHEN n.bid_id IS NOT NULL AND n.retailer_id = o.chosen_retailer_id
   THEN NOT EXISTS (SELECT 1 FROM awards e WHERE e.order_id = n.order_id AND e.retailer_id = n.retailer_id AND e.bid_id IS NOT NULL
                      AND (e.created_at, e.id) < (n.created_at, n.id))
   ELSE false END`;

/** Whether order `$order`'s chosen dealer `$retailer` won it with a bid. */
const CHOSEN_WON = (order: string, retailer: string) =>
  `EXISTS (SELECT 1 FROM awards a WHERE a.order_id = ${order} AND a.retailer_id = ${retailer} AND a.bid_id IS NOT NULL)`;

/**
 * A manufacturer's dealers page showed each dealer's record counted from its awards on every read: about 50,000
 * awards for a page of 50 dealers at 1,000,000 orders, each joined to its order, store, shipment and pickup (0.9–1.5 s
 * whatever the plan). The record's counts are now kept as they change, in dealer_record_counts, by statement-level
 * triggers (the nightly run writes its awards 5,000 at a time: one upsert per dealer per batch, not per award).
 *
 * Rows are keyed by the writing database session (its backend pid) as well as the dealer: the run's parts of one
 * manufacturer award at once, and a shared row per dealer would make them wait on each other's row locks (or
 * deadlock). Reads sum a dealer's rows; RatingsService.foldRecordCounts folds the rows of sessions that have ended
 * into backend 0. Where each count comes from:
 * - awards, declines, late (overdue): an award's insert, and an update of its kind, retailer or superseded_by;
 * - late (shipped after the ship-by date): a shipment's insert, judged against its store's ship-by days then (a later
 *   change to the setting does not re-judge past shipments); never for a pickup's hand-over, nor for an overdue award;
 * - chosen, chosen and won: an order's insert or change of chosen dealer, and the first award its chosen dealer gets
 *   from a bid.
 * Existing data is counted once here (backend 0), as the page counted it. No foreign keys: their checks would cost
 * the nightly run one lookup and row lock per new row, and manufacturers and retailers are never deleted.
 */
export class DealerRecordCounts1795920000000 implements MigrationInterface {
  name = 'DealerRecordCounts1795920000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "dealer_record_counts" (
      "manufacturer_id" uuid NOT NULL,
      "retailer_id" uuid NOT NULL,
      "backend" integer NOT NULL,
      ${FIGURES.map((f) => `"${f}" integer NOT NULL DEFAULT 0`).join(', ')},
      PRIMARY KEY ("manufacturer_id", "retailer_id", "backend"))`);
    await queryRunner.query(`CREATE INDEX "dealer_record_counts_by_retailer" ON "dealer_record_counts" ("retailer_id")`);

    for (const statement of countingTrigger(
      'dealer_record_counts_awards_added',
      'INSERT',
      'awards',
      'NEW TABLE AS added_awards',
      `SELECT o.manufacturer_id, n.retailer_id, count(*)::int,
                            count(*) FILTER (WHERE n.superseded_by = 'declined')::int,
                            count(*) FILTER (WHERE n.superseded_by = 'overdue')::int, 0,
                            count(*) FILTER (WHERE ${FIRST_CHOSEN_WIN})::int
                       FROM added_awards n JOIN orders o ON o.id = n.order_id
                      WHERE n.kind = 'retailer'
                      GROUP BY o.manufacturer_id, n.retailer_id`,
    ))
      await queryRunner.query(statement);

    // An award's bid and order never change, so "chosen and won" is not re-counted here.
    for (const statement of countingTrigger(
      'dealer_record_counts_awards_changed',
      'UPDATE',
      'awards',
      'OLD TABLE AS awards_before NEW TABLE AS awards_after',
      `WITH changed AS (
                       SELECT b.id FROM awards_before b JOIN awards_after a ON a.id = b.id
                        WHERE (b.kind, b.retailer_id, b.superseded_by) IS DISTINCT FROM (a.kind, a.retailer_id, a.superseded_by)
                     ), counted AS (
                       SELECT order_id, retailer_id, kind, superseded_by, 1 AS sign FROM awards_after WHERE id IN (SELECT id FROM changed)
                       UNION ALL
                       SELECT order_id, retailer_id, kind, superseded_by, -1 FROM awards_before WHERE id IN (SELECT id FROM changed)
                     )
                     SELECT o.manufacturer_id, n.retailer_id, sum(n.sign)::int,
                            coalesce(sum(n.sign) FILTER (WHERE n.superseded_by = 'declined'), 0)::int,
                            coalesce(sum(n.sign) FILTER (WHERE n.superseded_by = 'overdue'), 0)::int, 0, 0
                       FROM counted n JOIN orders o ON o.id = n.order_id
                      WHERE n.kind = 'retailer'
                      GROUP BY o.manufacturer_id, n.retailer_id`,
    ))
      await queryRunner.query(statement);

    for (const statement of countingTrigger(
      'dealer_record_counts_shipped',
      'INSERT',
      'shipments',
      'NEW TABLE AS added_shipments',
      `SELECT o.manufacturer_id, a.retailer_id, 0, 0, count(*)::int, 0, 0
                       FROM added_shipments n
                       JOIN awards a ON a.id = n.award_id AND a.order_id = n.order_id
                       JOIN orders o ON o.id = a.order_id
                       JOIN stores s ON s.id = o.store_id
                      WHERE a.kind = 'retailer' AND a.superseded_by IS DISTINCT FROM 'overdue'
                        AND n.shipped_at > a.created_at + make_interval(days => s.ship_by_days)
                        AND NOT EXISTS (SELECT 1 FROM pickups p WHERE p.order_id = n.order_id)
                      GROUP BY o.manufacturer_id, a.retailer_id`,
    ))
      await queryRunner.query(statement);

    // Row-level with a WHEN: most orders have no chosen dealer, and their inserts and updates then run nothing.
    await queryRunner.query(`CREATE FUNCTION dealer_record_counts_chosen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.chosen_retailer_id IS NOT NULL THEN
          ${addCounts(`SELECT OLD.manufacturer_id, OLD.chosen_retailer_id, 0, 0, 0, -1,
                              -(${CHOSEN_WON('OLD.id', 'OLD.chosen_retailer_id')})::int`)};
        END IF;
        IF NEW.chosen_retailer_id IS NOT NULL THEN
          ${addCounts(`SELECT NEW.manufacturer_id, NEW.chosen_retailer_id, 0, 0, 0, 1,
                              (${CHOSEN_WON('NEW.id', 'NEW.chosen_retailer_id')})::int`)};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER dealer_record_counts_chosen AFTER INSERT ON orders
      FOR EACH ROW WHEN (NEW.chosen_retailer_id IS NOT NULL) EXECUTE FUNCTION dealer_record_counts_chosen()`);
    await queryRunner.query(`CREATE TRIGGER dealer_record_counts_chosen_changed AFTER UPDATE OF chosen_retailer_id ON orders
      FOR EACH ROW WHEN (OLD.chosen_retailer_id IS DISTINCT FROM NEW.chosen_retailer_id) EXECUTE FUNCTION dealer_record_counts_chosen()`);

    await queryRunner.query(`INSERT INTO dealer_record_counts (manufacturer_id, retailer_id, backend, ${FIGURES.join(', ')})
      SELECT manufacturer_id, retailer_id, 0, sum(awards), sum(declines), sum(late), sum(chosen), sum(chosen_won) FROM (
        SELECT o.manufacturer_id, a.retailer_id, count(*) AS awards,
               count(*) FILTER (WHERE a.superseded_by = 'declined') AS declines,
               count(*) FILTER (WHERE a.superseded_by = 'overdue'
                                   OR (p.order_id IS NULL AND sh.shipped_at > a.created_at + make_interval(days => s.ship_by_days))) AS late,
               0 AS chosen, 0 AS chosen_won
          FROM awards a JOIN orders o ON o.id = a.order_id JOIN stores s ON s.id = o.store_id
          LEFT JOIN shipments sh ON sh.order_id = a.order_id AND sh.award_id = a.id
          LEFT JOIN pickups p ON p.order_id = a.order_id
         WHERE a.kind = 'retailer'
         GROUP BY o.manufacturer_id, a.retailer_id
        UNION ALL
        SELECT o.manufacturer_id, o.chosen_retailer_id, 0, 0, 0, count(*), count(*) FILTER (WHERE ${CHOSEN_WON('o.id', 'o.chosen_retailer_id')})
          FROM orders o WHERE o.chosen_retailer_id IS NOT NULL
         GROUP BY o.manufacturer_id, o.chosen_retailer_id
      ) AS figures
      GROUP BY manufacturer_id, retailer_id`);
    // Only the dealers page's sorts read these; the counts hold what they found.
    await queryRunner.query(`DROP INDEX "orders_chosen_dealer"`);
    await queryRunner.query(`DROP INDEX "awards_taken_back"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "orders_chosen_dealer" ON "orders" ("chosen_retailer_id", "manufacturer_id") WHERE "chosen_retailer_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "awards_taken_back" ON "awards" ("retailer_id") WHERE "superseded_by" IS NOT NULL`);
    await queryRunner.query(`DROP TRIGGER dealer_record_counts_chosen_changed ON orders`);
    await queryRunner.query(`DROP TRIGGER dealer_record_counts_chosen ON orders`);
    await queryRunner.query(`DROP TRIGGER dealer_record_counts_shipped ON shipments`);
    await queryRunner.query(`DROP TRIGGER dealer_record_counts_awards_changed ON awards`);
    await queryRunner.query(`DROP TRIGGER dealer_record_counts_awards_added ON awards`);
    for (const fn of ['chosen', 'shipped', 'awards_changed', 'awards_added']) await queryRunner.query(`DROP FUNCTION dealer_record_counts_${fn}()`);
    await queryRunner.query(`DROP TABLE "dealer_record_counts"`);
  }
}
