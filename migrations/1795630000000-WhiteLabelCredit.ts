import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * White label: a store names the platform ("Order fulfilment by Nearfill") only when its manufacturer turns the
 * credit on; every store, existing ones included, starts without it.
 */
export class WhiteLabelCredit1795630000000 implements MigrationInterface {
  name = 'WhiteLabelCredit1795630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stores" ADD "platform_credit" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stores" DROP COLUMN "platform_credit"`);
  }
}
