import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The manufacturer's dealers page sorts every dealer by one column of its record: by customers' choices it read every
 * order (a sequential scan of 1,000,000 orders), by declines every award. These partial indexes hold only the orders
 * with a chosen dealer and the awards taken back (declined, overdue or moved by ops). Neither column changes on an
 * order's or award's usual updates, so status changes stay heap-only.
 */
export class DealerRecordIndexes1795870000000 implements MigrationInterface {
  name = 'DealerRecordIndexes1795870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "orders_chosen_dealer" ON "orders" ("chosen_retailer_id", "manufacturer_id") WHERE "chosen_retailer_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "awards_taken_back" ON "awards" ("retailer_id") WHERE "superseded_by" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "awards_taken_back"`);
    await queryRunner.query(`DROP INDEX "orders_chosen_dealer"`);
  }
}
