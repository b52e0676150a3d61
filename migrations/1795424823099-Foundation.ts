import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795424823099 implements MigrationInterface {
    name = 'Foundation1795424823099'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // cube + earthdistance give the board and the resolver indexed great-circle distances.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS cube`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
        await queryRunner.query(`CREATE TABLE "retailers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1228653999402b52e75d40b1c66" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "retailer_id" uuid NOT NULL, "name" text NOT NULL, "prefix" text NOT NULL, "secret_hash" text NOT NULL, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_118ff07b8dd5bd0e49fa02b025" ON "api_keys"  ("retailer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fef9aa4a1cf4f8c063ac5d75f2" ON "api_keys"  ("secret_hash") `);
        await queryRunner.query(`CREATE TABLE "manufacturers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_138520de32c379a48e703441975" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('ops', 'manufacturer', 'retailer')`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "role" "public"."user_role" NOT NULL, "manufacturer_id" uuid, "retailer_id" uuid, "is_admin" boolean NOT NULL DEFAULT false, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_role_tenant" CHECK ((role = 'ops' AND manufacturer_id IS NULL AND retailer_id IS NULL)
   OR (role = 'manufacturer' AND manufacturer_id IS NOT NULL AND retailer_id IS NULL)
   OR (role = 'retailer' AND retailer_id IS NOT NULL AND manufacturer_id IS NULL)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
        await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_118ff07b8dd5bd0e49fa02b025a" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_93676d287e1b1a51be505d820ca" FOREIGN KEY ("manufacturer_id") REFERENCES "manufacturers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_d84d52ad2febf33e79e40934b54" FOREIGN KEY ("retailer_id") REFERENCES "retailers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_d84d52ad2febf33e79e40934b54"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_93676d287e1b1a51be505d820ca"`);
        await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_118ff07b8dd5bd0e49fa02b025a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP TYPE "public"."user_role"`);
        await queryRunner.query(`DROP TABLE "manufacturers"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fef9aa4a1cf4f8c063ac5d75f2"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_118ff07b8dd5bd0e49fa02b025"`);
        await queryRunner.query(`DROP TABLE "api_keys"`);
        await queryRunner.query(`DROP TABLE "retailers"`);
    }

}
