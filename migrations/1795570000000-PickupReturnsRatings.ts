import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pick up in store (the order's new states, the pickup's store and clocks, the store's timers), returns
 * (RMA) with their own state and history, customer ratings, and why an award was passed on (the dealer's record).
 */
export class PickupReturnsRatings1795570000000 implements MigrationInterface {
  name = 'PickupReturnsRatings1795570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // New values only: nothing in this migration uses them (PostgreSQL 15 forbids that before the commit).
    for (const value of ['pickup_assigned', 'pickup_accepted', 'ship_to_store', 'ready_for_pickup', 'picked_up']) {
      await queryRunner.query(`ALTER TYPE "order_status" ADD VALUE IF NOT EXISTS '${value}'`);
    }
    await queryRunner.query(`ALTER TABLE "stores" ADD "pickup_accept_hours" integer NOT NULL DEFAULT '24'`);
    await queryRunner.query(`ALTER TABLE "stores" ADD "pickup_hold_days" integer NOT NULL DEFAULT '30'`);
    await queryRunner.query(`ALTER TABLE "stores" ADD "ship_to_store_days" integer NOT NULL DEFAULT '10'`);
    await queryRunner.query(`ALTER TABLE "stores" ADD "return_window_days" integer NOT NULL DEFAULT '30'`);
    await queryRunner.query(`ALTER TABLE "awards" ADD "superseded_by" text`);

    await queryRunner.query(`CREATE TABLE "pickups" ("order_id" uuid NOT NULL, "location_id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "code" text NOT NULL, "accept_by" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "ship_to_store_at" TIMESTAMP WITH TIME ZONE, "estimated_ready_at" TIMESTAMP WITH TIME ZONE, "ready_at" TIMESTAMP WITH TIME ZONE, "collect_by" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "picked_up_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_834a836bfe2cce48005f7da38e1" PRIMARY KEY ("order_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_419c9e148ebdd4855c2604f61a" ON "pickups" ("retailer_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_e63d6f676294d8d43116f08726" ON "pickups" ("accept_by")`);
    await queryRunner.query(`CREATE INDEX "IDX_6f7486adf5e5884872e483db29" ON "pickups" ("collect_by")`);
    await queryRunner.query(`ALTER TABLE "pickups" ADD CONSTRAINT "FK_834a836bfe2cce48005f7da38e1" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pickups" ADD CONSTRAINT "FK_5beea19de04659bf93cf7cf5681" FOREIGN KEY ("location_id") REFERENCES "retailer_locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pickups" ADD CONSTRAINT "FK_419c9e148ebdd4855c2604f61a9" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await queryRunner.query(`CREATE TYPE "return_status" AS ENUM('requested', 'approved', 'refused', 'received', 'refunded')`);
    await queryRunner.query(`CREATE TABLE "returns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "manufacturer_id" uuid NOT NULL, "retailer_id" uuid, "status" "return_status" NOT NULL DEFAULT 'requested', "currency" character(3) NOT NULL, "instructions" text, "refusal_reason" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE, "refunded_at" TIMESTAMP WITH TIME ZONE, "refund_minor" bigint NOT NULL, "payout_reversed_minor" bigint, "fee_reversed_minor" bigint, CONSTRAINT "PK_27a2f1895a71519ebfec7850361" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7c0b171a97595625487728ddb3" ON "returns" ("order_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_656329d4ade76c36cd957ba069" ON "returns" ("received_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_a25037a2fff46d28379f77d5be" ON "returns" ("retailer_id", "requested_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_659493a773acea1c389698fde7" ON "returns" ("manufacturer_id", "requested_at")`);
    await queryRunner.query(`ALTER TABLE "returns" ADD CONSTRAINT "FK_7c0b171a97595625487728ddb3e" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "return_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "return_id" uuid NOT NULL, "order_line_id" uuid NOT NULL, "quantity" integer NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_d07139763a47ebef84eea8df1d0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c8d0005aeac4b98ee818775c4d" ON "return_lines" ("return_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_8aef2df347d53457e53fc0b1d6" ON "return_lines" ("order_line_id")`);
    await queryRunner.query(`ALTER TABLE "return_lines" ADD CONSTRAINT "FK_c8d0005aeac4b98ee818775c4de" FOREIGN KEY ("return_id") REFERENCES "returns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "return_lines" ADD CONSTRAINT "FK_8aef2df347d53457e53fc0b1d65" FOREIGN KEY ("order_line_id") REFERENCES "order_lines"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "return_events" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "return_id" uuid NOT NULL, "from_status" "return_status", "to_status" "return_status" NOT NULL, "actor" text NOT NULL, "note" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_24f2620fcfeb3b4c41ca5671830" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_800abf5ed96697fbe7c3ea7a5c" ON "return_events" ("return_id")`);
    await queryRunner.query(`ALTER TABLE "return_events" ADD CONSTRAINT "FK_800abf5ed96697fbe7c3ea7a5c0" FOREIGN KEY ("return_id") REFERENCES "returns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`CREATE TABLE "ratings" ("order_id" uuid NOT NULL, "manufacturer_id" uuid NOT NULL, "retailer_id" uuid, "stars" smallint NOT NULL, "comment" text, "rated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_678aeb7d6df2fdcba5052b32ecb" PRIMARY KEY ("order_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_da617ee27bfa66e8fd9630a065" ON "ratings" ("retailer_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_63f91e62d2927e5077bf320ebd" ON "ratings" ("manufacturer_id", "retailer_id")`);
    await queryRunner.query(`ALTER TABLE "ratings" ADD CONSTRAINT "FK_678aeb7d6df2fdcba5052b32ecb" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ratings" ADD CONSTRAINT "FK_da617ee27bfa66e8fd9630a0659" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Enum values cannot be dropped: orders that reached a pickup state would be unreadable by the previous version.
    const [{ n }] = (await queryRunner.query(`SELECT count(*)::int AS n FROM pickups`)) as { n: number }[];
    if (n) throw new Error(`${n} pickup order(s) exist; the previous version cannot read them`);
    await queryRunner.query(`DROP TABLE "ratings"`);
    await queryRunner.query(`DROP TABLE "return_events"`);
    await queryRunner.query(`DROP TABLE "return_lines"`);
    await queryRunner.query(`DROP TABLE "returns"`);
    await queryRunner.query(`DROP TYPE "return_status"`);
    await queryRunner.query(`DROP TABLE "pickups"`);
    await queryRunner.query(`ALTER TABLE "awards" DROP COLUMN "superseded_by"`);
    await queryRunner.query(`ALTER TABLE "stores" DROP COLUMN "return_window_days", DROP COLUMN "ship_to_store_days", DROP COLUMN "pickup_hold_days", DROP COLUMN "pickup_accept_hours"`);
  }
}
