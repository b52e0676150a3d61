import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The test payment provider's own state (no money moves): its hosted sessions and the answers to its idempotent
 * calls, in PostgreSQL so a restart or a second instance sees the same payments. Stripe keeps this state itself.
 */
export class TestPayments1795700000001 implements MigrationInterface {
  name = 'TestPayments1795700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "test_payment_sessions" (
        "id" text PRIMARY KEY,
        "payment_id" text NOT NULL UNIQUE,
        "idempotency_key" text NOT NULL UNIQUE,
        "order_id" uuid NOT NULL,
        "order_number" text NOT NULL,
        "currency" character(3) NOT NULL,
        "amount_minor" bigint NOT NULL,
        "state" text NOT NULL DEFAULT 'open'
          CHECK ("state" IN ('open', 'authorised', 'expired', 'captured', 'cancelled')),
        "amount_capturable_minor" bigint NOT NULL DEFAULT 0,
        "amount_captured_minor" bigint NOT NULL DEFAULT 0,
        "amount_refunded_minor" bigint NOT NULL DEFAULT 0,
        "capture_before" TIMESTAMP WITH TIME ZONE,
        "card_brand" text,
        "card_last4" text,
        "decline_message" text,
        "success_url" text NOT NULL,
        "cancel_url" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "test_payment_requests" (
        "idempotency_key" text PRIMARY KEY,
        "response" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "test_payment_requests"`);
    await queryRunner.query(`DROP TABLE "test_payment_sessions"`);
  }
}
