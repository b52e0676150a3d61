import { MigrationInterface, QueryRunner } from 'typeorm';
import { timeZoneAt } from '../src/geo/time-zone';

/**
 * Per-location daily capacity and the customer's chosen dealer (README "The daily resolver"): a location's
 * cap and time zone (its awards count on its own local day), the order's chosen retailer, each award's
 * local day with an index to count a location's awards on one day, and a run's record of the capped
 * locations it found (resolution_caps) and of a dry run's capacity awards (resolution_planned_awards).
 * Existing locations get their time zone from their coordinates here, as new ones do when saved.
 */
export class CapacityAndChosenDealer1795630000000 implements MigrationInterface {
  name = 'CapacityAndChosenDealer1795630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "resolution_planned_awards" ("run_id" uuid NOT NULL, "order_id" uuid NOT NULL, "bid_id" uuid NOT NULL, CONSTRAINT "PK_08ce22e1a53147ddfc8a72e119b" PRIMARY KEY ("run_id", "order_id"))`);
    await queryRunner.query(`CREATE TABLE "resolution_caps" ("run_id" uuid NOT NULL, "location_id" uuid NOT NULL, "local_day" date NOT NULL, "remaining" integer NOT NULL, CONSTRAINT "PK_56fc320085ebf0b73038573c364" PRIMARY KEY ("run_id", "location_id"))`);
    await queryRunner.query(`ALTER TABLE "retailer_locations" ADD "daily_capacity" integer`);
    await queryRunner.query(`ALTER TABLE "retailer_locations" ADD "time_zone" text NOT NULL DEFAULT 'UTC'`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "chosen_retailer_id" uuid`);
    await queryRunner.query(`ALTER TABLE "awards" ADD "local_day" date`);
    await queryRunner.query(`CREATE INDEX "awards_by_location_day" ON "awards"  ("location_id", "local_day") WHERE local_day IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "FK_9358f4ac0ac906ffcb8c44d00e5" FOREIGN KEY ("chosen_retailer_id") REFERENCES "retailers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resolution_planned_awards" ADD CONSTRAINT "FK_2fe75c1b979da55874f1a5a0e09" FOREIGN KEY ("run_id") REFERENCES "resolution_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resolution_caps" ADD CONSTRAINT "FK_869f605eb9f5574f6cc7be90db6" FOREIGN KEY ("run_id") REFERENCES "resolution_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    const locations: { id: string; lat: number; lng: number }[] = await queryRunner.query(`SELECT id, lat, lng FROM retailer_locations`);
    const zones = locations.map((l) => timeZoneAt(l.lat, l.lng));
    await queryRunner.query(
      `UPDATE retailer_locations l SET time_zone = z.zone FROM unnest($1::uuid[], $2::text[]) AS z (id, zone) WHERE l.id = z.id`,
      [locations.map((l) => l.id), zones],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resolution_caps" DROP CONSTRAINT "FK_869f605eb9f5574f6cc7be90db6"`);
    await queryRunner.query(`ALTER TABLE "resolution_planned_awards" DROP CONSTRAINT "FK_2fe75c1b979da55874f1a5a0e09"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "FK_9358f4ac0ac906ffcb8c44d00e5"`);
    await queryRunner.query(`DROP INDEX "public"."awards_by_location_day"`);
    await queryRunner.query(`ALTER TABLE "awards" DROP COLUMN "local_day"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "chosen_retailer_id"`);
    await queryRunner.query(`ALTER TABLE "retailer_locations" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "retailer_locations" DROP COLUMN "daily_capacity"`);
    await queryRunner.query(`DROP TABLE "resolution_caps"`);
    await queryRunner.query(`DROP TABLE "resolution_planned_awards"`);
  }
}
