import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ops' order list (every store's orders, newest first, optionally of one status) read its page by sorting every
 * order: at 1,000,000 orders a sequential scan and a sort on each page. This index hands it the newest first, a
 * status filter included (walked in that order, skipping other statuses). No index on the status: a status change
 * stays a heap-only update (see the Order entity).
 */
export class OpsOrderListIndex1795820000000 implements MigrationInterface {
  name = 'OpsOrderListIndex1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "orders_newest_first" ON "orders" ("created_at" DESC, "id" DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "orders_newest_first"`);
  }
}
