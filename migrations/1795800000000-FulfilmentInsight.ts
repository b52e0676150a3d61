import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fulfilment insight: summary tables the insight refresh rebuilds per store (src/insight/insight-refresh.sql.ts),
 * so a year's report reads a few thousand summary rows instead of a year of orders.
 * - `insight_days`: per store, currency, UTC day the order was placed and who fulfils it (dealer, pickup,
 *   ship_to_store, manufacturer, unassigned): counts and sums (km, seconds, stars);
 * - `insight_distance_bins`: per store, currency and day, how many measured orders fall in each distance bin, for the
 *   fulfiller's distance and the warehouse's distance of the same orders (medians and p90 come from them);
 * - `insight_dealer_days`: per store, currency, day and retailer: the dealer table's counts;
 * - the last two also hold whole months (span 'month', day = the 1st) summed from their days: a year's read takes
 *   12 rows per dealer and bin instead of 365 (a store with 300 dealers: 7,200 rows instead of 219,000);
 * - `insight_refreshes`: when each store's summary was last rebuilt;
 * - `insight_shipping_rates`: the manufacturer's rate table for the shipping cost estimate (base + per km or mi, in one
 *   currency: orders in another currency get no estimate).
 */
export class FulfilmentInsight1795800000000 implements MigrationInterface {
  name = 'FulfilmentInsight1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "insight_days" (
        "store_id" uuid NOT NULL REFERENCES "stores"("id") ON DELETE CASCADE,
        "currency" char(3) NOT NULL,
        "day" date NOT NULL,
        "fulfiller" text NOT NULL CHECK ("fulfiller" IN ('dealer', 'pickup', 'ship_to_store', 'manufacturer', 'unassigned')),
        "orders" integer NOT NULL,
        "measured" integer NOT NULL,
        "fulfiller_km" double precision NOT NULL,
        "warehouse_km" double precision NOT NULL,
        "shipped" integer NOT NULL,
        "ship_seconds" double precision NOT NULL,
        "delivered" integer NOT NULL,
        "deliver_seconds" double precision NOT NULL,
        "declines" integer NOT NULL,
        "rerouted" integer NOT NULL,
        "ratings" integer NOT NULL,
        "stars" integer NOT NULL,
        CONSTRAINT "PK_insight_days" PRIMARY KEY ("store_id", "day", "currency", "fulfiller")
      )`);
    await queryRunner.query(`
      CREATE TABLE "insight_distance_bins" (
        "store_id" uuid NOT NULL REFERENCES "stores"("id") ON DELETE CASCADE,
        "span" text NOT NULL CHECK ("span" IN ('day', 'month')),
        "currency" char(3) NOT NULL,
        "day" date NOT NULL,
        "bin" smallint NOT NULL,
        "fulfiller_orders" integer NOT NULL,
        "warehouse_orders" integer NOT NULL,
        CONSTRAINT "PK_insight_distance_bins" PRIMARY KEY ("store_id", "span", "day", "currency", "bin")
      )`);
    await queryRunner.query(`
      CREATE TABLE "insight_dealer_days" (
        "store_id" uuid NOT NULL REFERENCES "stores"("id") ON DELETE CASCADE,
        "span" text NOT NULL CHECK ("span" IN ('day', 'month')),
        "currency" char(3) NOT NULL,
        "day" date NOT NULL,
        "retailer_id" uuid NOT NULL REFERENCES "retailers"("id") ON DELETE CASCADE,
        "awards" integer NOT NULL,
        "bids" integer NOT NULL,
        "bids_won" integer NOT NULL,
        "chosen" integer NOT NULL,
        "shipped" integer NOT NULL,
        "ship_seconds" double precision NOT NULL,
        "due" integer NOT NULL,
        "late" integer NOT NULL,
        "declines" integer NOT NULL,
        "returns" integer NOT NULL,
        "ratings" integer NOT NULL,
        "stars" integer NOT NULL,
        CONSTRAINT "PK_insight_dealer_days" PRIMARY KEY ("store_id", "span", "day", "currency", "retailer_id")
      )`);
    await queryRunner.query(`CREATE INDEX "insight_dealer_days_by_retailer" ON "insight_dealer_days" ("retailer_id")`);
    await queryRunner.query(`
      CREATE TABLE "insight_refreshes" (
        "store_id" uuid PRIMARY KEY REFERENCES "stores"("id") ON DELETE CASCADE,
        "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "from_day" date,
        "took_ms" integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "insight_shipping_rates" (
        "store_id" uuid PRIMARY KEY REFERENCES "stores"("id") ON DELETE CASCADE,
        "currency" char(3) NOT NULL,
        "base_minor" bigint NOT NULL CHECK ("base_minor" >= 0),
        "per_unit_minor" integer NOT NULL CHECK ("per_unit_minor" >= 0),
        "unit" text NOT NULL CHECK ("unit" IN ('km', 'mi')),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['insight_shipping_rates', 'insight_refreshes', 'insight_dealer_days', 'insight_distance_bins', 'insight_days']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
