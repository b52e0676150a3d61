import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { access } from './access';
import { ApiKey } from './api-key.entity';
import { ApiKeyView, CreatedApiKey } from './auth.dto';
import { hashApiKey } from './auth.service';
import { Principal } from './role';

const view = ({ id, name, prefix, createdAt, lastUsedAt, revokedAt }: ApiKey): ApiKeyView => ({
  id,
  name,
  prefix,
  createdAt,
  lastUsedAt,
  revokedAt,
});

@Injectable()
export class ApiKeysService {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  async create(principal: Principal, name: string): Promise<CreatedApiKey> {
    const retailerId = access.retailerOf(principal);
    const secret = `nf_${randomBytes(32).toString('base64url')}`;
    const key = await this.keys.save(
      this.keys.create({
        retailerId,
        name,
        prefix: secret.slice(0, 10),
        secretHash: hashApiKey(secret),
        createdByUserId: principal.userId!,
      }),
    );
    return { ...view(key), key: secret };
  }

  async list(principal: Principal): Promise<ApiKeyView[]> {
    const retailerId = access.retailerOf(principal);
    const keys = await this.keys.find({ where: { retailerId }, order: { createdAt: 'DESC' } });
    return keys.map(view);
  }

  async revoke(principal: Principal, id: string): Promise<ApiKeyView> {
    const retailerId = access.retailerOf(principal);
    const key = access.found(await this.keys.findOneBy({ id, retailerId }), 'API key');
    if (!key.revokedAt) {
      await this.keys.update({ id, retailerId, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    return view(access.found(await this.keys.findOneBy({ id, retailerId }), 'API key'));
  }
}
