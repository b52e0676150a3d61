import { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded product pictures' resized copies, stored in the database and served by their content hash. */
export class ProductImages1795590000000 implements MigrationInterface {
  name = 'ProductImages1795590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "product_images" ("key" text NOT NULL, "manufacturer_id" uuid NOT NULL, "width" integer NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b08b502dbe0fd71ff07290a3b9" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_93c0762fa726be45259711f770" ON "product_images" ("manufacturer_id")`);
    await queryRunner.query(`ALTER TABLE "product_images" ADD CONSTRAINT "FK_93c0762fa726be45259711f770e" FOREIGN KEY ("manufacturer_id") REFERENCES "manufacturers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "product_images"`);
  }
}
