import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ops' insight across every store reads a period's summary rows without a store to start the primary key from: it
 * read every row of insight_dealer_days (a year of a thousand dealers' days, 371,000 rows, about 180 ms) to keep
 * the few thousand month rows of the period. These indexes hand over the period's rows by span and day.
 */
export class InsightPeriodIndexes1795910000000 implements MigrationInterface {
  name = 'InsightPeriodIndexes1795910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "insight_dealer_days_by_period" ON "insight_dealer_days" ("span", "day")`);
    await queryRunner.query(`CREATE INDEX "insight_distance_bins_by_period" ON "insight_distance_bins" ("span", "day")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "insight_distance_bins_by_period"`);
    await queryRunner.query(`DROP INDEX "insight_dealer_days_by_period"`);
  }
}
