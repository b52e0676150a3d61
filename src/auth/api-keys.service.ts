import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { access } from './access';
import { ApiKey } from './api-key.entity';
import { ApiKeyView, CreatedApiKey } from './auth.dto';
import { hashApiKey } from './auth.service';
import { Principal } from './role';

const person = (alias: string) => `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'email', ${alias}.email)`;

/** A retailer's keys as its people see them: who made each, when it was last used, who revoked it and why. */
const KEY_VIEW = `
  SELECT k.id, k.name, k.prefix, k.created_at AS "createdAt", ${person('creator')} AS "createdBy",
         k.last_used_at AS "lastUsedAt", k.revoked_at AS "revokedAt",
         CASE WHEN revoker.id IS NULL THEN NULL ELSE ${person('revoker')} END AS "revokedBy", k.revoked_reason AS "revokedReason"
    FROM api_keys k
    JOIN users creator ON creator.id = k.created_by_user_id
    LEFT JOIN users revoker ON revoker.id = k.revoked_by_user_id
   WHERE k.retailer_id = $1 AND ($2::uuid IS NULL OR k.id = $2)
   ORDER BY k.created_at DESC, k.id`;

/**
 * The organisation's API keys. The retailer owns them; only its admins create and revoke them, any of its
 * users may list them. The secret is shown once, at creation.
 */
@Injectable()
export class ApiKeysService {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  async create(principal: Principal, name: string): Promise<CreatedApiKey> {
    const retailerId = access.retailerOf(principal);
    access.requireTenantAdmin(principal, 'its API keys');
    const secret = `nf_${randomBytes(32).toString('base64url')}`;
    const { id } = await this.keys.save(
      this.keys.create({ retailerId, name, prefix: secret.slice(0, 10), secretHash: hashApiKey(secret), createdByUserId: principal.userId! }),
    );
    return { ...(await this.one(retailerId, id)), key: secret };
  }

  async list(principal: Principal): Promise<ApiKeyView[]> {
    return this.keys.query(KEY_VIEW, [access.retailerOf(principal), null]);
  }

  async revoke(principal: Principal, id: string): Promise<ApiKeyView> {
    const retailerId = access.retailerOf(principal);
    access.requireTenantAdmin(principal, 'its API keys');
    await this.one(retailerId, id);
    await this.keys.update({ id, retailerId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedByUserId: principal.userId! });
    return this.one(retailerId, id);
  }

  private async one(retailerId: string, id: string): Promise<ApiKeyView> {
    const [key] = await this.keys.query<(ApiKeyView | undefined)[]>(KEY_VIEW, [retailerId, id]);
    return access.found(key, 'API key');
  }
}

/**
 * The rule for a person who leaves: the keys they created are revoked with them, in the same transaction,
 * because they saw those secrets. `admin` is who disabled them.
 */
export async function revokeKeysCreatedBy(manager: EntityManager, creator: { id: string; name: string }, adminId: string): Promise<void> {
  await manager.update(
    ApiKey,
    { createdByUserId: creator.id, revokedAt: IsNull() },
    { revokedAt: new Date(), revokedByUserId: adminId, revokedReason: `Its creator, ${creator.name}, was disabled` },
  );
}
