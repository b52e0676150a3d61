import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replays ("what if"): one row per replay of a past period under a policy to try, with its progress and figures.
 * A replay reads the awards its period's runs made, by run: `awards_by_run` finds them without reading every award.
 */
export class Replays1795810000000 implements MigrationInterface {
  name = 'Replays1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "replays" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "manufacturer_id" uuid,
        "requested_by_user_id" uuid,
        "period_from" TIMESTAMP WITH TIME ZONE NOT NULL,
        "period_to" TIMESTAMP WITH TIME ZONE NOT NULL,
        "policy" jsonb NOT NULL,
        "state" text NOT NULL DEFAULT 'queued',
        "progress_percent" integer NOT NULL DEFAULT 0,
        "result" jsonb,
        "error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "started_at" TIMESTAMP WITH TIME ZONE,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_replays" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "replays_by_manufacturer" ON "replays" ("manufacturer_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "awards_by_run" ON "awards" ("run_id") WHERE "run_id" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "awards_by_run"`);
    await queryRunner.query(`DROP TABLE "replays"`);
  }
}
