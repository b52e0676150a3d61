import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A store is a draft until its manufacturer launches it (`launched_at`): stores that already exist keep trading,
 * so they count as launched when they were created. The store's hero picture (an uploaded image's copies, like a
 * product's) shows at the top of its catalogue.
 */
export class StoreLaunchAndImages1795840000000 implements MigrationInterface {
  name = 'StoreLaunchAndImages1795840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stores" ADD "launched_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "stores" SET "launched_at" = "created_at"`);
    await queryRunner.query(`ALTER TABLE "stores" ADD "hero_image_url" text`);
    await queryRunner.query(`ALTER TABLE "stores" ADD "hero_image_variants" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stores" DROP COLUMN "hero_image_variants"`);
    await queryRunner.query(`ALTER TABLE "stores" DROP COLUMN "hero_image_url"`);
    await queryRunner.query(`ALTER TABLE "stores" DROP COLUMN "launched_at"`);
  }
}
