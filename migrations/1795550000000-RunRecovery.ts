import { MigrationInterface, QueryRunner } from 'typeorm';

/** How often a run's lost jobs (a Redis restarted without them) were handed to the queue again, and when last. */
export class RunRecovery1795550000000 implements MigrationInterface {
  name = 'RunRecovery1795550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resolution_runs" ADD "recoveries" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "resolution_runs" ADD "recovered_at" timestamptz`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resolution_runs" DROP COLUMN "recovered_at"`);
    await queryRunner.query(`ALTER TABLE "resolution_runs" DROP COLUMN "recoveries"`);
  }
}
