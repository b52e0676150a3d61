import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Stock per retailer location (a feed row per location, an item per product), automatic bidding settings
 * and the reason behind each automatic decision; bids learn whether they were automatic and why they were
 * withdrawn for the retailer; products may carry a GTIN; stores set a maximum feed age. Open bids are indexed
 * by location, as the stock they hold is summed per location. The outbox gains a `job` channel: work to run
 * after a commit (automatic bidding on a new order), as reliable as the notifications written beside it.
 */
export class Inventory1795560000000 implements MigrationInterface {
    name = 'Inventory1795560000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TYPE "notification_channel" ADD VALUE IF NOT EXISTS 'job'`);
        await queryRunner.query(`ALTER TABLE "sent_emails" ALTER COLUMN "order_id" DROP NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."auto_bid_outcome" AS ENUM('bid', 'out_of_stock', 'stale', 'no_feed')`);
        await queryRunner.query(`CREATE TABLE "auto_bid_decisions" ("retailer_id" uuid NOT NULL, "order_id" uuid NOT NULL, "outcome" "public"."auto_bid_outcome" NOT NULL, "location_id" uuid, "reason" text NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d46cf5fe54b805b232e7ee628ec" PRIMARY KEY ("retailer_id", "order_id"))`);
        await queryRunner.query(`CREATE TABLE "auto_bid_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "retailer_id" uuid NOT NULL, "manufacturer_id" uuid NOT NULL, "location_ids" uuid array, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c83b043559afc02d683ff947ce" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d84d1f90fa948e0f3b5ed0724d" ON "auto_bid_settings"  ("manufacturer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f568e88b0360541ab1c7d44481" ON "auto_bid_settings"  ("retailer_id", "manufacturer_id") `);
        await queryRunner.query(`CREATE TABLE "inventory_feeds" ("location_id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "counted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stale_notified_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_724af28d6cc8e8fdecff1fdef63" PRIMARY KEY ("location_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_fa9e0cac6004aec8683c33e129" ON "inventory_feeds"  ("retailer_id") `);
        await queryRunner.query(`CREATE TABLE "inventory_items" ("location_id" uuid NOT NULL, "product_id" uuid NOT NULL, "on_hand" integer NOT NULL, "counted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "inventory_items_on_hand" CHECK (on_hand >= 0), CONSTRAINT "PK_34f865b52148c7816cea99ebf1d" PRIMARY KEY ("location_id", "product_id"))`);
        await queryRunner.query(`ALTER TABLE "stores" ADD "max_inventory_age_hours" integer NOT NULL DEFAULT '24'`);
        await queryRunner.query(`ALTER TABLE "products" ADD "gtin" text`);
        await queryRunner.query(`ALTER TABLE "bids" ADD "automatic" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "bids" ADD "withdrawn_reason" text`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c39972e1cc9326c8f9594beaf2" ON "products"  ("manufacturer_id", "gtin") WHERE gtin IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "bids_open_by_location" ON "bids" ("location_id", "order_id") WHERE "status" = 'open'`);
        await queryRunner.query(`ALTER TABLE "auto_bid_decisions" ADD CONSTRAINT "FK_02eaa5b25afecca91d07f314695" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "auto_bid_decisions" ADD CONSTRAINT "FK_a603c1289674b436833fdde39b4" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "auto_bid_decisions" ADD CONSTRAINT "FK_8cf08a0ffeb97da549697aaf0dc" FOREIGN KEY ("location_id") REFERENCES "retailer_locations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "auto_bid_settings" ADD CONSTRAINT "FK_2c5df541ef9d61c00b5e048ba48" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "auto_bid_settings" ADD CONSTRAINT "FK_d84d1f90fa948e0f3b5ed0724dd" FOREIGN KEY ("manufacturer_id") REFERENCES "manufacturers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "inventory_feeds" ADD CONSTRAINT "FK_724af28d6cc8e8fdecff1fdef63" FOREIGN KEY ("location_id") REFERENCES "retailer_locations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "inventory_feeds" ADD CONSTRAINT "FK_fa9e0cac6004aec8683c33e1295" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "inventory_items" ADD CONSTRAINT "FK_45ed0784af22d38041d680da269" FOREIGN KEY ("location_id") REFERENCES "inventory_feeds"("location_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "inventory_items" ADD CONSTRAINT "FK_8e17955a29e8b63bb8cec3d32c5" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "bids_open_by_location"`);
        await queryRunner.query(`DELETE FROM "sent_emails" WHERE "order_id" IS NULL`);
        await queryRunner.query(`ALTER TABLE "sent_emails" ALTER COLUMN "order_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "inventory_items" DROP CONSTRAINT "FK_8e17955a29e8b63bb8cec3d32c5"`);
        await queryRunner.query(`ALTER TABLE "inventory_items" DROP CONSTRAINT "FK_45ed0784af22d38041d680da269"`);
        await queryRunner.query(`ALTER TABLE "inventory_feeds" DROP CONSTRAINT "FK_fa9e0cac6004aec8683c33e1295"`);
        await queryRunner.query(`ALTER TABLE "inventory_feeds" DROP CONSTRAINT "FK_724af28d6cc8e8fdecff1fdef63"`);
        await queryRunner.query(`ALTER TABLE "auto_bid_settings" DROP CONSTRAINT "FK_d84d1f90fa948e0f3b5ed0724dd"`);
        await queryRunner.query(`ALTER TABLE "auto_bid_settings" DROP CONSTRAINT "FK_2c5df541ef9d61c00b5e048ba48"`);
        await queryRunner.query(`ALTER TABLE "auto_bid_decisions" DROP CONSTRAINT "FK_8cf08a0ffeb97da549697aaf0dc"`);
        await queryRunner.query(`ALTER TABLE "auto_bid_decisions" DROP CONSTRAINT "FK_a603c1289674b436833fdde39b4"`);
        await queryRunner.query(`ALTER TABLE "auto_bid_decisions" DROP CONSTRAINT "FK_02eaa5b25afecca91d07f314695"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c39972e1cc9326c8f9594beaf2"`);
        await queryRunner.query(`ALTER TABLE "bids" DROP COLUMN "withdrawn_reason"`);
        await queryRunner.query(`ALTER TABLE "bids" DROP COLUMN "automatic"`);
        await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "gtin"`);
        await queryRunner.query(`ALTER TABLE "stores" DROP COLUMN "max_inventory_age_hours"`);
        await queryRunner.query(`DROP TABLE "inventory_items"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fa9e0cac6004aec8683c33e129"`);
        await queryRunner.query(`DROP TABLE "inventory_feeds"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f568e88b0360541ab1c7d44481"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d84d1f90fa948e0f3b5ed0724d"`);
        await queryRunner.query(`DROP TABLE "auto_bid_settings"`);
        await queryRunner.query(`DROP TABLE "auto_bid_decisions"`);
        await queryRunner.query(`DROP TYPE "public"."auto_bid_outcome"`);
    }

}
