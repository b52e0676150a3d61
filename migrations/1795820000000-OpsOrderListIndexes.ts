import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ops' order list (every store's orders, newest first, optionally of one status) read its page by sorting every
 * order: at 1,000,000 orders a sequential scan and a sort on each page. These indexes hand it the newest first.
 */
export class OpsOrderListIndexes1795820000000 implements MigrationInterface {
  name = 'OpsOrderListIndexes1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "orders_newest_first" ON "orders" ("created_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "orders_by_status_newest_first" ON "orders" ("status", "created_at" DESC, "id" DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "orders_by_status_newest_first"`);
    await queryRunner.query(`DROP INDEX "orders_newest_first"`);
  }
}
