import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A retailer's won orders read each award's shipments by `award_id`, which had no index: every listed order scanned
 * all shipments, and at a million shipments the page's plan cost alone set PostgreSQL compiling it (JIT, about 0.3 s)
 * even for a retailer with no orders. The award's foreign key from shipments is checked through it too.
 */
export class ShipmentsByAward1795890000000 implements MigrationInterface {
  name = 'ShipmentsByAward1795890000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "shipments_by_award" ON "shipments" ("award_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "shipments_by_award"`);
  }
}
