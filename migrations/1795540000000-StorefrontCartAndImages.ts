import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The storefront's server-side cart (a cart per shopper and store, found by the random id in a cookie, one line
 * per product), a product's image alt text and resized copies, and a full-text index for the catalogue search.
 */
export class StorefrontCartAndImages1795540000000 implements MigrationInterface {
  name = 'StorefrontCartAndImages1795540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "carts" ("id" uuid NOT NULL, "store_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5f695a59f5ebb50af3c8160816" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "cart_lines" ("cart_id" uuid NOT NULL, "product_id" uuid NOT NULL, "quantity" integer NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cart_lines_quantity" CHECK (quantity >= 1 AND quantity <= 999), CONSTRAINT "PK_35e204ae5da022242487aa93142" PRIMARY KEY ("cart_id", "product_id"))`);
    await queryRunner.query(`ALTER TABLE "products" ADD "image_alt" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "products" ADD "image_variants" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "carts" ADD CONSTRAINT "FK_40adab2d2921a344e92a3db449d" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cart_lines" ADD CONSTRAINT "FK_41ddbb6bf3c82ea6ad0f9fe0353" FOREIGN KEY ("cart_id") REFERENCES "carts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cart_lines" ADD CONSTRAINT "FK_5c66a9dbf9b7661da7b6cde3a80" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The same expression as the catalogue query's (src/catalog/catalogue-search.ts), so the planner can use it.
    await queryRunner.query(`CREATE INDEX "products_search" ON "products" USING gin (to_tsvector('english'::regconfig, name || ' ' || description))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "products_search"`);
    await queryRunner.query(`DROP TABLE "cart_lines"`);
    await queryRunner.query(`DROP TABLE "carts"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "image_variants"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "image_alt"`);
  }
}
