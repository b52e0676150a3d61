import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes under two foreign keys that had none: deleting a product cascades to its counts in inventory_items
 * (keyed by location first), and a location cannot be deleted while a pickup names it; without these, each
 * delete read the whole table. Held stock is also counted per pickup location.
 */
export class ForeignKeyIndexes1795610000000 implements MigrationInterface {
  name = 'ForeignKeyIndexes1795610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_8e17955a29e8b63bb8cec3d32c" ON "inventory_items" ("product_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_5beea19de04659bf93cf7cf568" ON "pickups" ("location_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_5beea19de04659bf93cf7cf568"`);
    await queryRunner.query(`DROP INDEX "IDX_8e17955a29e8b63bb8cec3d32c"`);
  }
}
