import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The money the customer's card actually moved, one row per capture or refund at the provider: the ledger that
 * reconciliation sums (captured − refunded per currency and period) against the statements' customer totals.
 * `provider_ref` is the provider's capture (payment) or refund id, unique per kind, so recording one twice fails.
 */
export class PaymentMovements1795700000000 implements MigrationInterface {
  name = 'PaymentMovements1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "payment_movements" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "order_id" uuid NOT NULL REFERENCES "orders"("id") ON DELETE RESTRICT,
        "kind" text NOT NULL CHECK ("kind" IN ('capture', 'refund')),
        "currency" character(3) NOT NULL,
        "amount_minor" bigint NOT NULL CHECK ("amount_minor" > 0),
        "provider_ref" text NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_payment_movements" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_payment_movements_ref" UNIQUE ("kind", "provider_ref")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_payment_movements_order" ON "payment_movements" ("order_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_payment_movements_period" ON "payment_movements" ("occurred_at", "currency")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "payment_movements"`);
  }
}
