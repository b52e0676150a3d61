import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit of bidding windows ops closed early: who, why, which manufacturer (null: all), how many orders. */
export class WindowClosures1795550000001 implements MigrationInterface {
  name = 'WindowClosures1795550000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "window_closures" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "manufacturer_id" uuid,
         "closed_by_user_id" uuid,
         "reason" text NOT NULL,
         "orders_closed" integer NOT NULL,
         "created_at" timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT "PK_window_closures" PRIMARY KEY ("id")
       )`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_497761c9a09d8b78deb705efdc" ON "window_closures" ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "window_closures"`);
  }
}
