import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys belong to the retailer and name the people around them: who created each (now a foreign key) and
 * who revoked it and why (directly, or by disabling its creator, which revokes the creator's keys).
 */
export class ApiKeyOwnership1795520000001 implements MigrationInterface {
  name = 'ApiKeyOwnership1795520000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "revoked_by_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "revoked_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_522917da2d9d41d41f7a4e367f0" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_628f8ba406b2da95dc1b8147b16" FOREIGN KEY ("revoked_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // Keys made by people disabled before this rule: revoked now, as the rule would have.
    await queryRunner.query(
      `UPDATE api_keys k SET revoked_at = now(), revoked_reason = 'Its creator ' || u.name || ' was disabled'
         FROM users u WHERE u.id = k.created_by_user_id AND u.disabled_at IS NOT NULL AND k.revoked_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_628f8ba406b2da95dc1b8147b16"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_522917da2d9d41d41f7a4e367f0"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "revoked_reason"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "revoked_by_user_id"`);
  }
}
