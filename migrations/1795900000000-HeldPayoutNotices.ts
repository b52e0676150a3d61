import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A payee without a usable payout account was e-mailed "payout held" on every run. A held payout now carries the
 * notice its admins were last sent for that payee and currency (the cutoff of the run that sent it and the amount
 * it named), handed on from held payout to held payout, so a run e-mails again only when the amount grows or the
 * notice is old (payouts/held-notice.ts). Payouts held now were told when they were made.
 */
export class HeldPayoutNotices1795900000000 implements MigrationInterface {
  name = 'HeldPayoutNotices1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payouts" ADD "held_notice_cutoff" TIMESTAMP WITH TIME ZONE, ADD "held_notice_minor" bigint`);
    await queryRunner.query(`UPDATE "payouts" SET "held_notice_cutoff" = "period_end", "held_notice_minor" = "amount_minor" WHERE "status" = 'held'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payouts" DROP COLUMN "held_notice_cutoff", DROP COLUMN "held_notice_minor"`);
  }
}
