import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fulfillers' payouts: the connected account each fulfiller is paid to, the scheduled runs, one payout per
 * fulfiller, currency and run, and the statement lines each transfer paid.
 * - `payout_lines` has the line (a shipment or a received return) as its key, so no line is ever paid twice;
 * - at most one payout per fulfiller and currency is open (pending or failed): a transfer whose outcome is not
 *   known yet blocks the next one, which would otherwise pay the same lines under another idempotency key;
 * - `test_payout_accounts` / `test_transfers` are the test provider's own books (no Stripe key configured); its
 *   idempotent answers are kept with its card payments' (`test_payment_requests`).
 */
export class Payouts1795710000000 implements MigrationInterface {
  name = 'Payouts1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "payout_accounts" (
        "fulfiller_kind" text NOT NULL CHECK ("fulfiller_kind" IN ('retailer', 'manufacturer')),
        "fulfiller_id" uuid NOT NULL,
        "provider" text NOT NULL,
        "provider_account_id" text NOT NULL,
        "payouts_enabled" boolean NOT NULL DEFAULT false,
        "requirements_due" text[] NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_payout_accounts" PRIMARY KEY ("fulfiller_kind", "fulfiller_id"),
        CONSTRAINT "UQ_payout_accounts_provider_account" UNIQUE ("provider", "provider_account_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "payout_runs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slot_key" text NOT NULL,
        "trigger" text NOT NULL CHECK ("trigger" IN ('schedule', 'ops')),
        "cutoff" TIMESTAMP WITH TIME ZONE NOT NULL,
        "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "finished_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_payout_runs" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_payout_runs_slot" UNIQUE ("slot_key")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_payout_runs_started" ON "payout_runs" ("started_at")`);
    await queryRunner.query(`
      CREATE TABLE "payouts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "run_id" uuid NOT NULL REFERENCES "payout_runs"("id") ON DELETE RESTRICT,
        "fulfiller_kind" text NOT NULL CHECK ("fulfiller_kind" IN ('retailer', 'manufacturer')),
        "fulfiller_id" uuid NOT NULL,
        "currency" character(3) NOT NULL,
        "period_start" TIMESTAMP WITH TIME ZONE,
        "period_end" TIMESTAMP WITH TIME ZONE NOT NULL,
        "amount_minor" bigint NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('held', 'carried', 'pending', 'paid', 'failed', 'superseded')),
        "hold_reason" text,
        "idempotency_key" text NOT NULL,
        "transfer_id" text,
        "attempts" integer NOT NULL DEFAULT 0,
        "job_round" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "paid_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_payouts" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_payouts_idempotency_key" UNIQUE ("idempotency_key"),
        CONSTRAINT "UQ_payouts_run_fulfiller_currency" UNIQUE ("run_id", "fulfiller_kind", "fulfiller_id", "currency"),
        CONSTRAINT "CHK_payouts_transfer_positive" CHECK ("status" NOT IN ('pending', 'paid', 'failed') OR "amount_minor" > 0),
        CONSTRAINT "CHK_payouts_paid_has_transfer" CHECK (("status" = 'paid') = ("transfer_id" IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_payouts_one_open" ON "payouts" ("fulfiller_kind", "fulfiller_id", "currency") WHERE "status" IN ('pending', 'failed')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_payouts_fulfiller" ON "payouts" ("fulfiller_kind", "fulfiller_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_payouts_status" ON "payouts" ("status") WHERE "status" IN ('held', 'pending', 'failed')`);
    await queryRunner.query(`CREATE INDEX "IDX_payouts_paid_at" ON "payouts" ("paid_at")`);
    await queryRunner.query(`
      CREATE TABLE "payout_lines" (
        "source_kind" text NOT NULL CHECK ("source_kind" IN ('order', 'return')),
        "source_id" uuid NOT NULL,
        "payout_id" uuid NOT NULL REFERENCES "payouts"("id") ON DELETE RESTRICT,
        "currency" character(3) NOT NULL,
        "dated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "net_minor" bigint NOT NULL,
        CONSTRAINT "PK_payout_lines" PRIMARY KEY ("source_kind", "source_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_payout_lines_payout" ON "payout_lines" ("payout_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_payout_lines_dated" ON "payout_lines" ("dated_at")`);
    await queryRunner.query(`
      CREATE TABLE "test_payout_accounts" (
        "id" text NOT NULL,
        "email" text NOT NULL,
        "country" character(2) NOT NULL,
        "onboarded_at" TIMESTAMP WITH TIME ZONE,
        "link_token" text UNIQUE,
        "link_expires_at" TIMESTAMP WITH TIME ZONE,
        "refresh_url" text,
        "return_url" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_test_payout_accounts" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "test_transfers" (
        "id" text NOT NULL,
        "account_id" text NOT NULL REFERENCES "test_payout_accounts"("id"),
        "currency" character(3) NOT NULL,
        "amount_minor" bigint NOT NULL CHECK ("amount_minor" > 0),
        "reversed_minor" bigint NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_test_transfers" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_test_transfers_reversed" CHECK ("reversed_minor" BETWEEN 0 AND "amount_minor")
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "test_transfers"`);
    await queryRunner.query(`DROP TABLE "test_payout_accounts"`);
    await queryRunner.query(`DROP TABLE "payout_lines"`);
    await queryRunner.query(`DROP TABLE "payouts"`);
    await queryRunner.query(`DROP TABLE "payout_runs"`);
    await queryRunner.query(`DROP TABLE "payout_accounts"`);
  }
}
