import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { ApiKey } from './api-key.entity';
import { verifyPassword } from './passwords';
import { Principal, Role } from './role';
import { User } from './user.entity';

interface TokenClaims {
  sub: string;
}

export const hashApiKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(ApiKey) private readonly apiKeys: Repository<ApiKey>,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string): Promise<{ accessToken: string; expiresIn: number; user: User }> {
    const found = await this.users.findOne({
      where: { email: email.trim().toLowerCase(), disabledAt: IsNull() },
      select: { id: true, email: true, name: true, role: true, manufacturerId: true, retailerId: true, isAdmin: true, passwordHash: true },
    });
    // Same message for an unknown e-mail and a wrong password: the answer must not reveal who has an account.
    if (!(await verifyPassword(found?.passwordHash, password)) || !found) {
      throw new DomainError(ErrorCode.Unauthenticated, 'E-mail or password is incorrect');
    }
    const { passwordHash: _, ...user } = found;
    const accessToken = await this.jwt.signAsync({ sub: user.id } satisfies TokenClaims);
    const { exp, iat } = this.jwt.decode<{ exp: number; iat: number }>(accessToken);
    return { accessToken, expiresIn: exp - iat, user: user as User };
  }

  async principalForToken(token: string): Promise<Principal | undefined> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return undefined;
    }
    // Looked up on every request so a disabled user loses access at once, not when the token expires.
    const user = await this.users.findOneBy({ id: claims.sub, disabledAt: IsNull() });
    if (!user) return undefined;
    return {
      kind: 'user',
      userId: user.id,
      role: user.role,
      manufacturerId: user.manufacturerId ?? undefined,
      retailerId: user.retailerId ?? undefined,
      isAdmin: user.isAdmin,
    };
  }

  async principalForApiKey(secret: string): Promise<Principal | undefined> {
    const key = await this.apiKeys.findOneBy({ secretHash: hashApiKey(secret), revokedAt: IsNull() });
    if (!key) return undefined;
    // At most one write a minute per key, so busy integrations do not turn every read into a write; the row
    // just read says whether one is due, so most requests skip the round trip too.
    const due = !key.lastUsedAt || key.lastUsedAt.getTime() < Date.now() - 60_000;
    if (due) await this.apiKeys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where("id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')", { id: key.id })
      .execute();
    return { kind: 'api-key', apiKeyId: key.id, role: Role.Retailer, retailerId: key.retailerId, isAdmin: false };
  }
}
