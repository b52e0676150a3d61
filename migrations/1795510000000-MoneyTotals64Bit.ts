import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Order totals and payouts are 64-bit: a 100,000,000-minor-unit product × 22 passed the 32-bit integer. The
 * API states and enforces the largest total (MAX_ORDER_TOTAL_MINOR in src/common/money.ts).
 */
export class MoneyTotals64Bit1795510000000 implements MigrationInterface {
  name = 'MoneyTotals64Bit1795510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" ALTER COLUMN "total_minor" TYPE bigint, ALTER COLUMN "payout_minor" TYPE bigint`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" ALTER COLUMN "total_minor" TYPE integer, ALTER COLUMN "payout_minor" TYPE integer`);
  }
}
