import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Manufacturers are paid their share of the orders retailers ship: one shipment (or received return) now has two
 * payable parts, the retailer's net and the manufacturer's share, each paid to its own payee. `payout_lines` names
 * the payee (`payee_kind`) in its key, so each part belongs to at most one payout. Lines already paid keep the kind of
 * the payout that paid them (a manufacturer's own shipments were paid to it whole: its share and the net).
 */
export class ManufacturerSharePayouts1795880000000 implements MigrationInterface {
  name = 'ManufacturerSharePayouts1795880000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payout_lines" ADD "payee_kind" text`);
    await queryRunner.query(`UPDATE "payout_lines" pl SET "payee_kind" = p."fulfiller_kind" FROM "payouts" p WHERE p."id" = pl."payout_id"`);
    await queryRunner.query(`ALTER TABLE "payout_lines" ALTER COLUMN "payee_kind" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "payout_lines" ADD CONSTRAINT "CHK_payout_lines_payee_kind" CHECK ("payee_kind" IN ('retailer', 'manufacturer'))`,
    );
    await queryRunner.query(`ALTER TABLE "payout_lines" DROP CONSTRAINT "PK_payout_lines"`);
    await queryRunner.query(`ALTER TABLE "payout_lines" ADD CONSTRAINT "PK_payout_lines" PRIMARY KEY ("source_kind", "source_id", "payee_kind")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to one part per line, its fulfiller's: manufacturers' shares of lines a retailer shipped are forgotten.
    await queryRunner.query(
      `DELETE FROM "payout_lines" pl WHERE pl."payee_kind" = 'manufacturer'
          AND (pl."source_kind" = 'order' AND EXISTS (SELECT 1 FROM "shipments" s WHERE s."id" = pl."source_id" AND s."retailer_id" IS NOT NULL)
            OR pl."source_kind" = 'return' AND EXISTS (SELECT 1 FROM "returns" r WHERE r."id" = pl."source_id" AND r."retailer_id" IS NOT NULL))`,
    );
    await queryRunner.query(`ALTER TABLE "payout_lines" DROP CONSTRAINT "PK_payout_lines"`);
    await queryRunner.query(`ALTER TABLE "payout_lines" DROP CONSTRAINT "CHK_payout_lines_payee_kind"`);
    await queryRunner.query(`ALTER TABLE "payout_lines" DROP COLUMN "payee_kind"`);
    await queryRunner.query(`ALTER TABLE "payout_lines" ADD CONSTRAINT "PK_payout_lines" PRIMARY KEY ("source_kind", "source_id")`);
  }
}
