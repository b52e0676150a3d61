import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-out that ends the session on the server: a signed-out token's id (`jti`) is kept until the token would
 * have expired, and each user has a session version written into their tokens, which "sign out everywhere" and a
 * password change raise. The auth guard reads both with the user row it already reads (primary keys only).
 */
export class SessionRevocation1795630000027 implements MigrationInterface {
  name = 'SessionRevocation1795630000027';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "revoked_sessions" ("token_id" uuid NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2421a3db2c01e5da63d926104a7" PRIMARY KEY ("token_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4d1e5018637edc0231fa895bc5" ON "revoked_sessions" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_6bf41a31d81b443be5b6a3dfb4" ON "revoked_sessions" ("expires_at")`);
    await queryRunner.query(`ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "revoked_sessions" ADD CONSTRAINT "FK_4d1e5018637edc0231fa895bc53" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "revoked_sessions" DROP CONSTRAINT "FK_4d1e5018637edc0231fa895bc53"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "session_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bf41a31d81b443be5b6a3dfb4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d1e5018637edc0231fa895bc5"`);
    await queryRunner.query(`DROP TABLE "revoked_sessions"`);
  }
}
