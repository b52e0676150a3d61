import { MigrationInterface, QueryRunner } from "typeorm";

export class Marketplace1795425623833 implements MigrationInterface {
    name = 'Marketplace1795425623833'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SEQUENCE IF NOT EXISTS order_number_seq START 100001`);
        await queryRunner.query(`CREATE TABLE "retailer_locations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "retailer_id" uuid NOT NULL, "name" text NOT NULL, "line1" text NOT NULL, "line2" text, "city" text NOT NULL, "region" text NOT NULL, "postal_code" text NOT NULL, "country" character(2) NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "service_radius_km" double precision NOT NULL DEFAULT '80', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28fb7d0093d825415d5d7fd175b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5547fc12fdbb3691ab89f6eef5" ON "retailer_locations"  ("retailer_id") `);
        await queryRunner.query(`CREATE TABLE "stores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "manufacturer_id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "logo_url" text, "primary_color" text NOT NULL DEFAULT '#1f2937', "accent_color" text NOT NULL DEFAULT '#2563eb', "tagline" text, "support_email" text, "currency" character(3) NOT NULL DEFAULT 'USD', "min_board_hours" integer NOT NULL DEFAULT '12', "ship_by_days" integer NOT NULL DEFAULT '3', "warehouse_line1" text, "warehouse_line2" text, "warehouse_city" text, "warehouse_region" text, "warehouse_postal_code" text, "warehouse_country" character(2), "warehouse_lat" double precision, "warehouse_lng" double precision, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_ce08a41dec68976616629f788a" UNIQUE ("manufacturer_id"), CONSTRAINT "PK_7aa6e7d71fa7acdd7ca43d7c9cb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ce08a41dec68976616629f788a" ON "stores"  ("manufacturer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_790b2968701a6ff5ff38323776" ON "stores"  ("slug") `);
        await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "manufacturer_id" uuid NOT NULL, "sku" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "image_url" text, "price_minor" integer NOT NULL, "fulfilment_price_minor" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "products_prices" CHECK (price_minor >= 0 AND fulfilment_price_minor >= 0 AND fulfilment_price_minor <= price_minor), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4b01a106851cc34429026062af" ON "products"  ("manufacturer_id", "sku") `);
        await queryRunner.query(`CREATE TABLE "order_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku" text NOT NULL, "name" text NOT NULL, "quantity" integer NOT NULL, "unit_price_minor" integer NOT NULL, "unit_fulfilment_price_minor" integer NOT NULL, CONSTRAINT "PK_627dcd7f1d707de4df241b2da6b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6a619803439ea92778cafc8fb5" ON "order_lines"  ("order_id") `);
        await queryRunner.query(`CREATE TYPE "public"."order_status" AS ENUM('placed', 'posted', 'awarded_retailer', 'awarded_manufacturer', 'shipped', 'delivered', 'cancelled')`);
        await queryRunner.query(`CREATE TABLE "orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" bigint NOT NULL DEFAULT nextval('order_number_seq'), "manufacturer_id" uuid NOT NULL, "store_id" uuid NOT NULL, "status" "public"."order_status" NOT NULL DEFAULT 'placed', "currency" character(3) NOT NULL, "total_minor" integer NOT NULL, "payout_minor" integer NOT NULL, "customer_name" text NOT NULL, "customer_email" text NOT NULL, "customer_phone" text, "ship_line1" text NOT NULL, "ship_line2" text, "ship_city" text NOT NULL, "ship_region" text NOT NULL, "ship_postal_code" text NOT NULL, "ship_country" character(2) NOT NULL, "ship_lat" double precision NOT NULL, "ship_lng" double precision NOT NULL, "tracking_token" text NOT NULL, "posted_at" TIMESTAMP WITH TIME ZONE, "resolves_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_710e2d4957aa5878dfe94e4ac2f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4e174e347d448617acdf98fef0" ON "orders"  ("number") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fbfeba6de4a6ffaabb9db558c8" ON "orders"  ("tracking_token") `);
        await queryRunner.query(`CREATE INDEX "orders_by_manufacturer" ON "orders"  ("manufacturer_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "orders_due_for_resolution" ON "orders"  ("status", "resolves_at") `);
        await queryRunner.query(`CREATE TYPE "public"."bid_status" AS ENUM('open', 'withdrawn', 'won', 'lost')`);
        await queryRunner.query(`CREATE TABLE "bids" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "location_id" uuid NOT NULL, "status" "public"."bid_status" NOT NULL DEFAULT 'open', "placed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7950d066d322aab3a488ac39fe5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2b4ebd225ea990f55d46eea226" ON "bids"  ("retailer_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_29b88fc6a8fc70e919921835d3" ON "bids"  ("order_id", "retailer_id") `);
        await queryRunner.query(`CREATE TYPE "public"."dealer_status" AS ENUM('requested', 'approved', 'rejected', 'revoked')`);
        await queryRunner.query(`CREATE TABLE "dealer_approvals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "manufacturer_id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "status" "public"."dealer_status" NOT NULL DEFAULT 'requested', "note" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5876df9d28354fce0cd491cc3e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4125282074ce3927a7527a1320" ON "dealer_approvals"  ("retailer_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_151c36dd6bb3dff570c121a794" ON "dealer_approvals"  ("manufacturer_id", "retailer_id") `);
        await queryRunner.query(`CREATE TABLE "idempotency_keys" ("store_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "response_status" integer NOT NULL, "response_body" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b2c3da2fdf6358405b2bd993d73" PRIMARY KEY ("store_id", "key"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5e72f040fdc5efc8eef52a388c" ON "idempotency_keys"  ("created_at") `);
        await queryRunner.query(`CREATE TABLE "order_events" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "order_id" uuid NOT NULL, "from_status" "public"."order_status", "to_status" "public"."order_status" NOT NULL, "actor" text NOT NULL, "note" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc1b82b0fcf1be577d9d7ecbf8b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8e277b358fcaab26205b8964c3" ON "order_events"  ("order_id", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."award_kind" AS ENUM('retailer', 'manufacturer')`);
        await queryRunner.query(`CREATE TABLE "awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "kind" "public"."award_kind" NOT NULL, "retailer_id" uuid, "location_id" uuid, "bid_id" uuid, "distance_km" double precision, "run_id" uuid, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "superseded_at" TIMESTAMP WITH TIME ZONE, "superseded_reason" text, CONSTRAINT "PK_bc3f6adc548ff46c76c03e06377" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d767f1e160911acbf7213f8703" ON "awards"  ("order_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_3048ccae91b3b84c8aefc7a16d" ON "awards"  ("retailer_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "retailer_locations" ADD CONSTRAINT "FK_5547fc12fdbb3691ab89f6eef56" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stores" ADD CONSTRAINT "FK_ce08a41dec68976616629f788ab" FOREIGN KEY ("manufacturer_id") REFERENCES "manufacturers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "FK_5bc36ce05cc397317480efb18f6" FOREIGN KEY ("manufacturer_id") REFERENCES "manufacturers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "order_lines" ADD CONSTRAINT "FK_6a619803439ea92778cafc8fb54" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "order_lines" ADD CONSTRAINT "FK_c33a737fbeb5050911ca729aaed" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "FK_411024644e2b4d4c13c877fb5e5" FOREIGN KEY ("manufacturer_id") REFERENCES "manufacturers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "FK_b7a7bb813431fc7cd73cced0001" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bids" ADD CONSTRAINT "FK_37d1ef6709dfb862813026b5306" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bids" ADD CONSTRAINT "FK_7dd73ca34dc894d1899b7180e24" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bids" ADD CONSTRAINT "FK_0bb40d972d48d6b0afe13f203a9" FOREIGN KEY ("location_id") REFERENCES "retailer_locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "dealer_approvals" ADD CONSTRAINT "FK_68a73590fc24603e5501a6a70ce" FOREIGN KEY ("manufacturer_id") REFERENCES "manufacturers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "dealer_approvals" ADD CONSTRAINT "FK_6500a140f8f349132c9847dd6ca" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD CONSTRAINT "FK_1b8b8117bf7a89241c0d6af21c5" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "order_events" ADD CONSTRAINT "FK_b33cbf9a59cbee112d94bcb59de" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "awards" ADD CONSTRAINT "FK_d767f1e160911acbf7213f8703a" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Haversine on a 6371.0088 km sphere: the one distance the board, the resolver and the tests agree on.
        await queryRunner.query(`CREATE FUNCTION nearfill_distance_km(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
            RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT 2 * 6371.0088 * asin(least(1, sqrt(
                power(sin(radians(lat2 - lat1) / 2), 2)
                + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2))))
            $$`);
        // Indexes TypeORM cannot describe (entities mark them synchronize: false).
        // Board: posted orders near a location, by great-circle distance (cube + earthdistance).
        await queryRunner.query(`CREATE INDEX "orders_posted_location" ON "orders" USING gist (ll_to_earth("ship_lat", "ship_lng")) WHERE "status" = 'posted'`);
        await queryRunner.query(`CREATE INDEX "retailer_locations_geo" ON "retailer_locations" USING gist (ll_to_earth("lat", "lng")) WHERE "active"`);
        // Resolver: the open bids of an order.
        await queryRunner.query(`CREATE INDEX "bids_open_by_order" ON "bids" ("order_id", "placed_at") WHERE "status" = 'open'`);
        // Exactly once: at most one live award per order, whatever runs race.
        await queryRunner.query(`CREATE UNIQUE INDEX "awards_one_live_per_order" ON "awards" ("order_id") WHERE "superseded_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "awards_one_live_per_order"`);
        await queryRunner.query(`DROP INDEX "bids_open_by_order"`);
        await queryRunner.query(`DROP INDEX "retailer_locations_geo"`);
        await queryRunner.query(`DROP INDEX "orders_posted_location"`);
        await queryRunner.query(`ALTER TABLE "awards" DROP CONSTRAINT "FK_d767f1e160911acbf7213f8703a"`);
        await queryRunner.query(`ALTER TABLE "order_events" DROP CONSTRAINT "FK_b33cbf9a59cbee112d94bcb59de"`);
        await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP CONSTRAINT "FK_1b8b8117bf7a89241c0d6af21c5"`);
        await queryRunner.query(`ALTER TABLE "dealer_approvals" DROP CONSTRAINT "FK_6500a140f8f349132c9847dd6ca"`);
        await queryRunner.query(`ALTER TABLE "dealer_approvals" DROP CONSTRAINT "FK_68a73590fc24603e5501a6a70ce"`);
        await queryRunner.query(`ALTER TABLE "bids" DROP CONSTRAINT "FK_0bb40d972d48d6b0afe13f203a9"`);
        await queryRunner.query(`ALTER TABLE "bids" DROP CONSTRAINT "FK_7dd73ca34dc894d1899b7180e24"`);
        await queryRunner.query(`ALTER TABLE "bids" DROP CONSTRAINT "FK_37d1ef6709dfb862813026b5306"`);
        await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "FK_b7a7bb813431fc7cd73cced0001"`);
        await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "FK_411024644e2b4d4c13c877fb5e5"`);
        await queryRunner.query(`ALTER TABLE "order_lines" DROP CONSTRAINT "FK_c33a737fbeb5050911ca729aaed"`);
        await queryRunner.query(`ALTER TABLE "order_lines" DROP CONSTRAINT "FK_6a619803439ea92778cafc8fb54"`);
        await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "FK_5bc36ce05cc397317480efb18f6"`);
        await queryRunner.query(`ALTER TABLE "stores" DROP CONSTRAINT "FK_ce08a41dec68976616629f788ab"`);
        await queryRunner.query(`ALTER TABLE "retailer_locations" DROP CONSTRAINT "FK_5547fc12fdbb3691ab89f6eef56"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3048ccae91b3b84c8aefc7a16d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d767f1e160911acbf7213f8703"`);
        await queryRunner.query(`DROP TABLE "awards"`);
        await queryRunner.query(`DROP TYPE "public"."award_kind"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8e277b358fcaab26205b8964c3"`);
        await queryRunner.query(`DROP TABLE "order_events"`);
        await queryRunner.query(`DROP TYPE "public"."order_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5e72f040fdc5efc8eef52a388c"`);
        await queryRunner.query(`DROP TABLE "idempotency_keys"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_151c36dd6bb3dff570c121a794"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4125282074ce3927a7527a1320"`);
        await queryRunner.query(`DROP TABLE "dealer_approvals"`);
        await queryRunner.query(`DROP TYPE "public"."dealer_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_29b88fc6a8fc70e919921835d3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2b4ebd225ea990f55d46eea226"`);
        await queryRunner.query(`DROP TABLE "bids"`);
        await queryRunner.query(`DROP TYPE "public"."bid_status"`);
        await queryRunner.query(`DROP INDEX "public"."orders_due_for_resolution"`);
        await queryRunner.query(`DROP INDEX "public"."orders_by_manufacturer"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fbfeba6de4a6ffaabb9db558c8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4e174e347d448617acdf98fef0"`);
        await queryRunner.query(`DROP TABLE "orders"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6a619803439ea92778cafc8fb5"`);
        await queryRunner.query(`DROP TABLE "order_lines"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4b01a106851cc34429026062af"`);
        await queryRunner.query(`DROP TABLE "products"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_790b2968701a6ff5ff38323776"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ce08a41dec68976616629f788a"`);
        await queryRunner.query(`DROP TABLE "stores"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5547fc12fdbb3691ab89f6eef5"`);
        await queryRunner.query(`DROP TABLE "retailer_locations"`);
        await queryRunner.query(`DROP SEQUENCE order_number_seq`);
        await queryRunner.query(`DROP FUNCTION nearfill_distance_km`);
    }

}
