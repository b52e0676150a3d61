import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1795433024585 implements MigrationInterface {
    name = 'Notifications1795433024585'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."notification_channel" AS ENUM('email', 'webhook')`);
        await queryRunner.query(`CREATE TYPE "public"."notification_state" AS ENUM('pending', 'delivered', 'failed', 'dropped')`);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel" "public"."notification_channel" NOT NULL, "event" text NOT NULL, "order_id" uuid, "retailer_id" uuid, "payload" jsonb NOT NULL DEFAULT '{}', "state" "public"."notification_state" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "relayed_at" TIMESTAMP WITH TIME ZONE, "lease_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5a4f82441ed359b5f135a10980" ON "notifications"  ("order_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_2212f43410771075728a302435" ON "notifications"  ("retailer_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "retailer_webhooks" ("retailer_id" uuid NOT NULL, "url" text NOT NULL, "secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e09a80c52178bac694628e70ee9" PRIMARY KEY ("retailer_id"))`);
        await queryRunner.query(`CREATE TYPE "public"."email_transport" AS ENUM('smtp', 'outbox')`);
        await queryRunner.query(`CREATE TABLE "sent_emails" ("notification_id" uuid NOT NULL, "order_id" uuid NOT NULL, "event" text NOT NULL, "to_address" text NOT NULL, "from_name" text NOT NULL, "reply_to" text, "subject" text NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "transport" "public"."email_transport" NOT NULL, "message_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f7d4afd842166d91b45d2a46c67" PRIMARY KEY ("notification_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1d852fbcfc0128b920d4ede964" ON "sent_emails"  ("order_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_25f6d011285f950ec2dbb5a87e" ON "sent_emails"  ("created_at") `);
        await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "retailer_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event" text NOT NULL, "attempt" integer NOT NULL, "url" text NOT NULL, "status_code" integer, "ok" boolean NOT NULL, "error" text, "duration_ms" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_27d1ee90033bdafe0ffe8f1be6" ON "webhook_deliveries"  ("event_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_cb7b1f34b41995f2c7fa381307" ON "webhook_deliveries"  ("retailer_id", "created_at") `);
        // The relay's work list: what has not reached the queue yet, oldest first (also the outbox lag).
        await queryRunner.query(`CREATE INDEX "notifications_unrelayed" ON "notifications" ("created_at") WHERE "relayed_at" IS NULL`);
        // The sweep for handed-over notifications whose job was lost (Redis restarted without persistence).
        await queryRunner.query(`CREATE INDEX "notifications_pending_relayed" ON "notifications" ("relayed_at") WHERE "state" = 'pending'`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_5a4f82441ed359b5f135a109804" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_bb847fea0ab8f5e1189b1876962" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "retailer_webhooks" ADD CONSTRAINT "FK_e09a80c52178bac694628e70ee9" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sent_emails" ADD CONSTRAINT "FK_f7d4afd842166d91b45d2a46c67" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_87b1fc86dca63b283a28f171bec" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "notifications_pending_relayed"`);
        await queryRunner.query(`DROP INDEX "notifications_unrelayed"`);
        await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_87b1fc86dca63b283a28f171bec"`);
        await queryRunner.query(`ALTER TABLE "sent_emails" DROP CONSTRAINT "FK_f7d4afd842166d91b45d2a46c67"`);
        await queryRunner.query(`ALTER TABLE "retailer_webhooks" DROP CONSTRAINT "FK_e09a80c52178bac694628e70ee9"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_bb847fea0ab8f5e1189b1876962"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5a4f82441ed359b5f135a109804"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cb7b1f34b41995f2c7fa381307"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_27d1ee90033bdafe0ffe8f1be6"`);
        await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_25f6d011285f950ec2dbb5a87e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1d852fbcfc0128b920d4ede964"`);
        await queryRunner.query(`DROP TABLE "sent_emails"`);
        await queryRunner.query(`DROP TYPE "public"."email_transport"`);
        await queryRunner.query(`DROP TABLE "retailer_webhooks"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2212f43410771075728a302435"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5a4f82441ed359b5f135a10980"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP TYPE "public"."notification_state"`);
        await queryRunner.query(`DROP TYPE "public"."notification_channel"`);
    }

}
