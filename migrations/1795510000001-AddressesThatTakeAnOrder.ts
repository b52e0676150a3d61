import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every real address takes an order: how its shipping point was found (approximate ones are flagged for ops),
 * and no point at all for military mail, which goes straight to the manufacturer instead of sitting at 0,0.
 */
export class AddressesThatTakeAnOrder1795510000001 implements MigrationInterface {
  name = 'AddressesThatTakeAnOrder1795510000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" ADD "ship_located_by" text NOT NULL DEFAULT 'postal-code'`);
    await queryRunner.query(`ALTER TABLE "orders" ALTER COLUMN "ship_lat" DROP NOT NULL, ALTER COLUMN "ship_lng" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "orders" ADD CONSTRAINT "orders_ship_point" CHECK (ship_located_by IN ('coordinates', 'postal-code', 'city', 'postal-prefix', 'military-mail') AND (ship_lat IS NULL) = (ship_located_by = 'military-mail') AND (ship_lng IS NULL) = (ship_lat IS NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_ship_point"`);
    await queryRunner.query(`DELETE FROM "orders" WHERE "ship_lat" IS NULL`);
    await queryRunner.query(`ALTER TABLE "orders" ALTER COLUMN "ship_lat" SET NOT NULL, ALTER COLUMN "ship_lng" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "ship_located_by"`);
  }
}
