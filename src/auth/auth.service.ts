import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { createHash } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { ApiKey } from './api-key.entity';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './passwords';
import { Principal, Role } from './role';
import { User } from './user.entity';

/** What an access token says: the user (a uuid) and their role, as issued by login. */
interface TokenClaims {
  sub: string;
  role: Role;
}

/**
 * The claims of a verified token if they are exactly what login issues: sub a uuid, role a known role,
 * integer iat and exp with a lifetime of at most `ttlSeconds`, nothing else. A token that passes the
 * signature but not this (hand-made with a leaked or test secret, or from an older format) is refused.
 */
function validClaims(payload: unknown, ttlSeconds: number): TokenClaims | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { sub, role, iat, exp, ...other } = payload as Record<string, unknown>;
  const lifetimeOk = Number.isInteger(iat) && Number.isInteger(exp) && (exp as number) > (iat as number) && (exp as number) - (iat as number) <= ttlSeconds;
  const valid = typeof sub === 'string' && isUUID(sub) && Object.values(Role).includes(role as Role) && lifetimeOk && !Object.keys(other).length;
  return valid ? { sub, role: role as Role } : undefined;
}

export const hashApiKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(ApiKey) private readonly apiKeys: Repository<ApiKey>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * A session for the right e-mail and password. `clientAddress` counts failed attempts with the account
   * (LoginThrottle): past either limit it throws LoginThrottled (429) without checking the password.
   */
  login(email: string, password: string, clientAddress: string): Promise<{ accessToken: string; expiresIn: number; user: User }> {
    return this.throttle.attempt(email, clientAddress, () => this.checkPassword(email, password));
  }

  private async checkPassword(email: string, password: string): Promise<{ accessToken: string; expiresIn: number; user: User }> {
    const found = await this.users.findOne({
      where: { email: email.trim().toLowerCase(), disabledAt: IsNull() },
      select: { id: true, email: true, name: true, role: true, manufacturerId: true, retailerId: true, isAdmin: true, passwordHash: true },
    });
    // Same message for an unknown e-mail and a wrong password: the answer must not reveal who has an account.
    if (!(await verifyPassword(found?.passwordHash, password)) || !found) {
      throw new DomainError(ErrorCode.Unauthenticated, 'E-mail or password is incorrect');
    }
    const { passwordHash: _, ...user } = found;
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role } satisfies TokenClaims);
    const { exp, iat } = this.jwt.decode<{ exp: number; iat: number }>(accessToken);
    return { accessToken, expiresIn: exp - iat, user: user as User };
  }

  async principalForToken(token: string): Promise<Principal | undefined> {
    let claims: TokenClaims | undefined;
    try {
      claims = validClaims(await this.jwt.verifyAsync<object>(token), this.config.JWT_TTL_SECONDS);
    } catch {
      return undefined;
    }
    if (!claims) return undefined;
    // Looked up on every request so a disabled user loses access at once, not when the token expires.
    const user = await this.users.findOneBy({ id: claims.sub, disabledAt: IsNull() });
    if (!user || user.role !== claims.role) return undefined;
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
    // A disabled creator's keys are revoked with them; the join keeps that so even for a user disabled another way.
    const key = await this.apiKeys
      .createQueryBuilder('k')
      .innerJoin('k.createdByUser', 'creator', 'creator.disabledAt IS NULL')
      .where('k.secretHash = :hash AND k.revokedAt IS NULL', { hash: hashApiKey(secret) })
      .getOne();
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
