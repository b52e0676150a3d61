import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A refund the provider accepted but has not finished (Stripe answers some refunds `pending`) is no longer recorded
 * as done: its operation waits in the new state `processing`, with the provider's refund id, until the refund's
 * webhook or a lookup says it succeeded (then it is recorded) or failed (then ops see it and retry it).
 */
export class PendingRefunds1795860000000 implements MigrationInterface {
  name = 'PendingRefunds1795860000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment_operations" DROP CONSTRAINT "payment_operations_state_check"`);
    await queryRunner.query(
      `ALTER TABLE "payment_operations" ADD CONSTRAINT "payment_operations_state_check" CHECK ("state" IN ('pending', 'processing', 'succeeded', 'failed'))`,
    );
    // The refund's webhook finds its operation by the provider's refund id.
    await queryRunner.query(`CREATE INDEX "IDX_payment_operations_processing" ON "payment_operations" ("provider_ref") WHERE "state" = 'processing'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_payment_operations_processing"`);
    await queryRunner.query(`UPDATE "payment_operations" SET "state" = 'pending' WHERE "state" = 'processing'`);
    await queryRunner.query(`ALTER TABLE "payment_operations" DROP CONSTRAINT "payment_operations_state_check"`);
    await queryRunner.query(
      `ALTER TABLE "payment_operations" ADD CONSTRAINT "payment_operations_state_check" CHECK ("state" IN ('pending', 'succeeded', 'failed'))`,
    );
  }
}
