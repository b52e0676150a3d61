import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer's card payment of an order. An order now starts `awaiting_payment` (off the board, holding no stock)
 * and becomes `placed` once the card is authorised, or `expired` when the hosted payment page lapses unpaid.
 * `order_payments`: one row per order, the provider's session and payment and what was authorised, captured and
 * refunded. `payment_operations`: each capture, cancel and refund asked of the provider, with the idempotency key
 * every retry reuses, so a retry never moves money twice and a failure stays visible until it succeeds.
 * `payment_events`: the provider's webhook events already handled, by id, so a duplicate changes nothing.
 */
export class OrderPayments1795700000002 implements MigrationInterface {
  name = 'OrderPayments1795700000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // New values only: nothing in this migration uses them (PostgreSQL 15 forbids that before the commit).
    for (const value of ['awaiting_payment', 'expired']) {
      await queryRunner.query(`ALTER TYPE "order_status" ADD VALUE IF NOT EXISTS '${value}'`);
    }
    // A pickup order's chosen store, kept until payment releases the order to it.
    await queryRunner.query(`ALTER TABLE "orders" ADD "pickup_location_id" uuid`);
    await queryRunner.query(`
      CREATE TABLE "order_payments" (
        "order_id" uuid PRIMARY KEY REFERENCES "orders"("id") ON DELETE CASCADE,
        "provider" text NOT NULL,
        "session_id" text NOT NULL UNIQUE,
        "checkout_url" text NOT NULL,
        "session_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "payment_id" text,
        "state" text NOT NULL DEFAULT 'open'
          CHECK ("state" IN ('open', 'authorised', 'expired', 'captured', 'cancelled')),
        "currency" character(3) NOT NULL,
        "amount_minor" bigint NOT NULL,
        "captured_minor" bigint NOT NULL DEFAULT 0,
        "refunded_minor" bigint NOT NULL DEFAULT 0,
        "capture_before" TIMESTAMP WITH TIME ZONE,
        "card_brand" text,
        "card_last4" text,
        "decline_message" text,
        "authorised_at" TIMESTAMP WITH TIME ZONE,
        "captured_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`);
    // The sweep looks for open sessions and authorisations about to lapse.
    await queryRunner.query(`CREATE INDEX "IDX_order_payments_open" ON "order_payments" ("session_expires_at") WHERE "state" = 'open'`);
    await queryRunner.query(`CREATE INDEX "IDX_order_payments_authorised" ON "order_payments" ("capture_before") WHERE "state" = 'authorised'`);
    await queryRunner.query(`
      CREATE TABLE "payment_operations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "order_id" uuid NOT NULL REFERENCES "orders"("id") ON DELETE RESTRICT,
        "return_id" uuid REFERENCES "returns"("id") ON DELETE RESTRICT,
        "kind" text NOT NULL CHECK ("kind" IN ('capture', 'cancel', 'refund')),
        "amount_minor" bigint NOT NULL CHECK ("amount_minor" >= 0),
        "idempotency_key" text NOT NULL UNIQUE,
        "state" text NOT NULL DEFAULT 'pending' CHECK ("state" IN ('pending', 'succeeded', 'failed')),
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "provider_ref" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "completed_at" TIMESTAMP WITH TIME ZONE
      )`);
    // Nothing is ever captured or cancelled twice: one of each per order.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_payment_operations_once" ON "payment_operations" ("order_id", "kind") WHERE "kind" IN ('capture', 'cancel')`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_payment_operations_return" ON "payment_operations" ("return_id") WHERE "return_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_payment_operations_open" ON "payment_operations" ("created_at") WHERE "state" <> 'succeeded'`);
    await queryRunner.query(`CREATE INDEX "IDX_payment_operations_order" ON "payment_operations" ("order_id")`);
    await queryRunner.query(`
      CREATE TABLE "payment_events" (
        "event_id" text PRIMARY KEY,
        "type" text NOT NULL,
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER TABLE "returns" ADD "provider_refund_id" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "returns" DROP COLUMN "provider_refund_id"`);
    await queryRunner.query(`DROP TABLE "payment_events"`);
    await queryRunner.query(`DROP TABLE "payment_operations"`);
    await queryRunner.query(`DROP TABLE "order_payments"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "pickup_location_id"`);
  }
}
