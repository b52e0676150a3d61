import { MigrationInterface, QueryRunner } from "typeorm";

export class Resolution1795426217808 implements MigrationInterface {
    name = 'Resolution1795426217808'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."run_trigger" AS ENUM('schedule', 'ops', 'cli')`);
        await queryRunner.query(`CREATE TYPE "public"."run_state" AS ENUM('queued', 'running', 'completed', 'failed')`);
        await queryRunner.query(`CREATE TABLE "resolution_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trigger" "public"."run_trigger" NOT NULL, "started_by_user_id" uuid, "dry_run" boolean NOT NULL DEFAULT false, "manufacturer_id" uuid, "slot_key" text, "state" "public"."run_state" NOT NULL DEFAULT 'queued', "cutoff" TIMESTAMP WITH TIME ZONE NOT NULL, "planned" integer NOT NULL DEFAULT '0', "considered" integer NOT NULL DEFAULT '0', "awarded_retailer" integer NOT NULL DEFAULT '0', "awarded_manufacturer" integer NOT NULL DEFAULT '0', "total_distance_km" double precision NOT NULL DEFAULT '0', "max_distance_km" double precision, "parts_total" integer NOT NULL DEFAULT '0', "parts_done" integer NOT NULL DEFAULT '0', "sample" jsonb NOT NULL DEFAULT '[]', "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1e785042b7c5bfddf239f8bb14a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ecdc96959758251a4b63bc543c" ON "resolution_runs"  ("slot_key") `);
        await queryRunner.query(`CREATE INDEX "IDX_c054b59118d5f03610e07ca5c1" ON "resolution_runs"  ("created_at") `);
        await queryRunner.query(`CREATE TABLE "resolution_parts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "manufacturer_id" uuid NOT NULL, "from_id" uuid NOT NULL, "to_id" uuid, "planned" integer NOT NULL, "state" "public"."run_state" NOT NULL DEFAULT 'queued', "cursor" uuid, "sweeping" boolean NOT NULL DEFAULT false, "considered" integer NOT NULL DEFAULT '0', "failures" integer NOT NULL DEFAULT '0', "error" text, CONSTRAINT "PK_efc76b4b7cdd392c934696e2bfd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_694fd760393671a3aa5cf5280e" ON "resolution_parts"  ("run_id") `);
        await queryRunner.query(`CREATE TABLE "shipments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "award_id" uuid NOT NULL, "retailer_id" uuid, "carrier" text NOT NULL, "tracking_number" text NOT NULL, "shipped_at" TIMESTAMP WITH TIME ZONE NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6deda4532ac542a93eab214b564" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e86fac2a18a75dcb82bfbb23f4" ON "shipments"  ("order_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_47c4c93257c0742374b79aba0f" ON "shipments"  ("retailer_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_57056c01481ee29fe2c7a78943" ON "shipments"  ("shipped_at") `);
        await queryRunner.query(`ALTER TABLE "resolution_parts" ADD CONSTRAINT "FK_694fd760393671a3aa5cf5280ed" FOREIGN KEY ("run_id") REFERENCES "resolution_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "shipments" ADD CONSTRAINT "FK_e86fac2a18a75dcb82bfbb23f43" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "shipments" ADD CONSTRAINT "FK_2778bcff7df68923de95f111409" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // Resolver: one manufacturer's posted orders in id order, the keyset each batch walks.
        await queryRunner.query(`CREATE INDEX "orders_posted_by_manufacturer" ON "orders" ("manufacturer_id", "id") WHERE "status" = 'posted'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "orders_posted_by_manufacturer"`);
        await queryRunner.query(`ALTER TABLE "shipments" DROP CONSTRAINT "FK_2778bcff7df68923de95f111409"`);
        await queryRunner.query(`ALTER TABLE "shipments" DROP CONSTRAINT "FK_e86fac2a18a75dcb82bfbb23f43"`);
        await queryRunner.query(`ALTER TABLE "resolution_parts" DROP CONSTRAINT "FK_694fd760393671a3aa5cf5280ed"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_57056c01481ee29fe2c7a78943"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_47c4c93257c0742374b79aba0f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e86fac2a18a75dcb82bfbb23f4"`);
        await queryRunner.query(`DROP TABLE "shipments"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_694fd760393671a3aa5cf5280e"`);
        await queryRunner.query(`DROP TABLE "resolution_parts"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c054b59118d5f03610e07ca5c1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ecdc96959758251a4b63bc543c"`);
        await queryRunner.query(`DROP TABLE "resolution_runs"`);
        await queryRunner.query(`DROP TYPE "public"."run_state"`);
        await queryRunner.query(`DROP TYPE "public"."run_trigger"`);
    }

}
